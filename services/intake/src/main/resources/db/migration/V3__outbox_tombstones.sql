-- The shared outbox (services/outbox) also writes tombstones: a key with neither type nor payload.
ALTER TABLE outbox_event ALTER COLUMN event_type DROP NOT NULL;
ALTER TABLE outbox_event ALTER COLUMN payload DROP NOT NULL;
