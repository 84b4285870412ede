-- A run is marked with the highest classification of the incidents that went into it exactly (cell centres carry
-- no victim detail). Runs made before this was recorded are marked OFFICIAL-SENSITIVE, the safe side.
ALTER TABLE analysis_runs ADD COLUMN classification text NOT NULL DEFAULT 'official_sensitive'
    CHECK (classification IN ('official', 'official_sensitive'));
