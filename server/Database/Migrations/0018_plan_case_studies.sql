-- What a closed plan teaches: the fields that make it findable as a case study ("what worked").
ALTER TABLE plans
    ADD COLUMN sector text,
    ADD COLUMN exploitation_type text,
    ADD COLUMN triangle_side text CHECK (triangle_side IN ('offender', 'victim', 'place')),
    ADD COLUMN outcome text CHECK (outcome IN ('eliminated', 'reduced', 'harm_reduced', 'handled_more_efficiently', 'handed_over', 'no_change', 'worse'));
CREATE INDEX plans_closed ON plans (status) WHERE status = 'closed';
