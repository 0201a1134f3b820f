-- Transactional outbox (services/outbox): directory snapshots, tombstones, notification requests and
-- alert lifecycle events are written here in the transaction that decided them, then relayed to Kafka.
CREATE TABLE outbox_event (
    id            UUID         PRIMARY KEY,
    topic         VARCHAR(249) NOT NULL,
    event_key     VARCHAR(255) NOT NULL,
    event_type    VARCHAR(255),
    payload       JSONB,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ,
    sequence      BIGSERIAL
);

CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;
