-- The risk score's linked-addresses term: places share a postcode with a place whose last visit found concerns
-- or made referrals (the data holds no links between people, so the address is the link the partnership has).
INSERT INTO visit_risk_weights (term, code, weight, description) VALUES
    ('linked_address', 'per_place_with_concerns', 3, 'Points per other place at the same postcode whose last visit found concerns or made referrals, up to three');
