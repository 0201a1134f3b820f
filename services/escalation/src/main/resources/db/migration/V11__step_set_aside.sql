-- A step that keeps failing is set aside instead of blocking the others. Each step gets an id an operator can name,
-- how many times it failed in a row, the class of its last failure (the exception's class only: never a message,
-- which could quote personal data), when it may be tried again (a short backoff after each failure), and when it was
-- set aside. A step set aside does not fire until an operator puts it back.
ALTER TABLE alert_step
    ADD COLUMN id           UUID         NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN attempts     INT          NOT NULL DEFAULT 0,
    ADD COLUMN last_failure VARCHAR(255),
    ADD COLUMN retry_at     TIMESTAMPTZ,
    ADD COLUMN set_aside_at TIMESTAMPTZ;
CREATE UNIQUE INDEX alert_step_id ON alert_step (id);
CREATE INDEX alert_step_set_aside ON alert_step (set_aside_at) WHERE set_aside_at IS NOT NULL;
