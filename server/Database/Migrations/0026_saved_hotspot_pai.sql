-- A saved hotspot keeps its PAI beside its incidents, so an analyst who reshapes it sees the figure move with it.
-- Hotspots saved before this have none until they are saved or reshaped again.
ALTER TABLE areas ADD COLUMN hotspot_pai double precision;
