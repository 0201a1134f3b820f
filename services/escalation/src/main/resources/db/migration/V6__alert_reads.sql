-- The alerts API lists alerts newest first, filtered by defender or by state (a responder's own list
-- goes through alert_recipient's index on person_id).
CREATE INDEX alert_by_defender ON alert (defender_id, opened_at DESC);
CREATE INDEX alert_by_state ON alert (state, opened_at DESC);
