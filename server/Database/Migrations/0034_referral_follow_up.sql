-- An officer at the door has no NRM reference yet (the Single Competent Authority gives it later): the reference
-- becomes optional, shown as pending until a planner adds it. A Duty to Notify (and any referral) gets the date
-- someone must chase it by.
ALTER TABLE visit_referrals DROP CONSTRAINT visit_referrals_check;
ALTER TABLE visit_referrals ADD COLUMN follow_up_on date;
