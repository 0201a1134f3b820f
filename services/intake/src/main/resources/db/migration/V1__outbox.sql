-- Transactional outbox: an accepted signal is written here in the same transaction that accepts it,
-- then relayed to Kafka, so that a 2xx answer never loses a signal even while the broker is down.
CREATE TABLE outbox_event (
    id            UUID         PRIMARY KEY,
    topic         VARCHAR(249) NOT NULL,
    event_key     VARCHAR(255) NOT NULL,
    event_type    VARCHAR(255) NOT NULL,
    payload       JSONB        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ
);

CREATE INDEX outbox_event_unpublished ON outbox_event (created_at) WHERE published_at IS NULL;
