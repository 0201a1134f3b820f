-- One row per notification request, keyed by its idempotency key and written before the provider
-- is called, so that a redelivered request is never sent twice.
CREATE TABLE notification_delivery (
    idempotency_key  VARCHAR(255) PRIMARY KEY,
    alert_id         UUID         NOT NULL,
    person_id        VARCHAR(64)  NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    provider_id      VARCHAR(64),
    attempts         INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
