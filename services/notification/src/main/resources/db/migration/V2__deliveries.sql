-- Everything a delivery needs to be sent, retried, reconciled and reported without the request that
-- asked for it. The table has never held rows (V1 came with the skeleton), hence the NOT NULL columns.
ALTER TABLE notification_delivery
    ADD COLUMN delivery_id         UUID         NOT NULL,
    ADD COLUMN alert_code          VARCHAR(16)  NOT NULL,
    ADD COLUMN purpose             VARCHAR(24)  NOT NULL,
    ADD COLUMN grade               VARCHAR(16)  NOT NULL,
    ADD COLUMN level               INT          NOT NULL,
    ADD COLUMN round               INT          NOT NULL,
    -- The send queue's order: higher first (CRITICAL alerts before all others), then oldest first.
    ADD COLUMN priority            INT          NOT NULL,
    ADD COLUMN sequence            BIGSERIAL,
    -- WAITING deliveries are due at next_attempt_at; SENDING ones were taken at attempt_started_at.
    ADD COLUMN next_attempt_at     TIMESTAMPTZ,
    ADD COLUMN attempt_started_at  TIMESTAMPTZ,
    -- An attempt that may have reached the provider (timeout, crash): it is asked before sending again.
    ADD COLUMN uncertain_since     TIMESTAMPTZ,
    ADD COLUMN error_code          VARCHAR(64);

ALTER TABLE notification_delivery ALTER COLUMN provider_id TYPE VARCHAR(128);

CREATE UNIQUE INDEX notification_delivery_id ON notification_delivery (delivery_id);
CREATE UNIQUE INDEX notification_delivery_provider ON notification_delivery (provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX notification_delivery_queue ON notification_delivery (priority DESC, sequence) WHERE status = 'WAITING';
CREATE INDEX notification_delivery_sending ON notification_delivery (attempt_started_at) WHERE status = 'SENDING';

-- Acknowledgement links, by the SHA-256 of their token (never the token itself): each works once.
CREATE TABLE ack_link (
    token_hash   CHAR(64)     PRIMARY KEY,
    delivery_id  UUID         NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    issued_at    TIMESTAMPTZ  NOT NULL,
    used_at      TIMESTAMPTZ
);

-- Keypresses on calls, so that a webhook Twilio retries publishes its response once.
CREATE TABLE call_keypress (
    call_sid     VARCHAR(64)  NOT NULL,
    digits       VARCHAR(16)  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (call_sid, digits)
);
