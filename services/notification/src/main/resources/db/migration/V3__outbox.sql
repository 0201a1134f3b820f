-- The shared transactional outbox (services/outbox): a status or a response is written here in the
-- transaction that records what it reports, then relayed to Kafka in order, so that it is neither lost
-- while the broker is down nor published for something that did not happen.
CREATE TABLE outbox_event (
    id            UUID         PRIMARY KEY,
    topic         VARCHAR(249) NOT NULL,
    event_key     VARCHAR(255) NOT NULL,
    event_type    VARCHAR(255),          -- null for a tombstone
    payload       JSONB,                 -- null for a tombstone
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ,
    sequence      BIGSERIAL
);

CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;
