-- Wards, LSOAs and the district are the partnership's shared boundaries, which signposts are narrowed to, so from now
-- on only administrators import them (the command line runs as the server's operator). Those someone else imported over
-- the API before this rule were theirs alone: they become custom areas, which signposts refuse. A code another area
-- also has is dropped (custom areas need none), so no two custom areas clash.
UPDATE areas a SET kind = 'custom',
    code = CASE WHEN EXISTS (SELECT 1 FROM areas c WHERE c.code = a.code AND c.id <> a.id) THEN NULL ELSE a.code END
WHERE a.kind IN ('district', 'ward', 'lsoa')
  AND EXISTS (SELECT 1 FROM import_jobs j WHERE j.import_id = a.import_id
      AND NOT EXISTS (SELECT 1 FROM accounts u WHERE u.username = j.started_by AND u.role = 'administrator'));
