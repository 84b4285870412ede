-- Reports linked across agencies (incident_links, 0003) form groups: every record joined to another through any chain
-- of links carries the same linked_group (the smallest id in the group); a record never linked keeps NULL, so the
-- need-to-know view (IncidentAccess.Seen) tests one column and no index for the great majority of rows and only
-- compares the members of a group with each other.
ALTER TABLE incidents ADD COLUMN linked_group bigint;
CREATE INDEX incidents_linked_group ON incidents (linked_group) WHERE linked_group IS NOT NULL;
CREATE INDEX incident_links_linked ON incident_links (linked_incident_id);

-- Labels the groups that hold the given records, walking the links both ways; returns how many records changed label.
CREATE FUNCTION relabel_linked_groups(seeds bigint[]) RETURNS integer
LANGUAGE sql AS $$
    WITH RECURSIVE reached(seed, id) AS (
        SELECT s, s FROM unnest(seeds) s
        UNION
        SELECT r.seed, n.id FROM reached r CROSS JOIN LATERAL (
            SELECT l.linked_incident_id AS id FROM incident_links l WHERE l.incident_id = r.id
            UNION ALL
            SELECT l.incident_id FROM incident_links l WHERE l.linked_incident_id = r.id) n
    ),
    groups AS (SELECT seed, min(id) AS label FROM reached GROUP BY seed HAVING count(*) > 1),
    labels AS (SELECT r.id, min(g.label) AS label FROM reached r JOIN groups g USING (seed) GROUP BY r.id),
    changed AS (
        UPDATE incidents i SET linked_group = labels.label FROM labels
        WHERE i.id = labels.id AND i.linked_group IS DISTINCT FROM labels.label RETURNING 1)
    SELECT count(*)::integer FROM changed
$$;

SELECT relabel_linked_groups(array(SELECT incident_id FROM incident_links));
