-- Which brief a delivery needs: the disclosure rule of her policy level and the least version of the alert's
-- brief (0 when it carries none). Rows of earlier versions carry none.
ALTER TABLE notification_delivery
    ADD COLUMN brief          VARCHAR(16) NOT NULL DEFAULT 'NEVER',
    ADD COLUMN brief_version  BIGINT      NOT NULL DEFAULT 0;

-- Deliveries waiting for their brief (error_code 'awaiting-brief'), made due at once when it arrives.
CREATE INDEX notification_delivery_awaiting_brief ON notification_delivery (alert_id)
    WHERE status = 'WAITING' AND error_code = 'awaiting-brief';

-- The latest brief of each alert read from alerts.briefs (personal data: her name, phone, words and places).
-- A tombstone erases it (brief NULL) and records that the alert is over (over_at): from then on nothing of it
-- is sent and every brief link answers 410.
CREATE TABLE alert_brief (
    alert_id    UUID         PRIMARY KEY,
    version     BIGINT       NOT NULL,
    brief       JSONB,
    over_at     TIMESTAMPTZ,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CHECK (over_at IS NULL OR brief IS NULL)
);

-- Brief links, by the SHA-256 of their token (never the token itself), with the delivery that carried each
-- and whom it discloses what to: ids only.
CREATE TABLE brief_link (
    token_hash       CHAR(64)      PRIMARY KEY,
    idempotency_key  VARCHAR(255)  NOT NULL,
    delivery_id      UUID          NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    alert_id         UUID          NOT NULL,
    person_id        VARCHAR(64)   NOT NULL,
    expires_at       TIMESTAMPTZ   NOT NULL,
    issued_at        TIMESTAMPTZ   NOT NULL,
    -- when her "I'm on it" button was pressed; the acknowledgement is published once
    acknowledged_at  TIMESTAMPTZ
);

CREATE INDEX brief_link_delivery ON brief_link (delivery_id);
