-- The outbox relays in the order signals were accepted.
ALTER TABLE outbox_event ADD COLUMN sequence BIGSERIAL;
DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;

-- Every Twilio MessageSid seen, with the TwiML answered, so that a retry is answered alike and changes nothing.
CREATE TABLE inbound_sms (
    message_sid  VARCHAR(64)  PRIMARY KEY,
    received_at  TIMESTAMPTZ  NOT NULL,
    reply_twiml  TEXT
);

-- Requests of the panic app, by the client's idempotency id: a retried request returns the first answer.
CREATE TABLE app_request (
    defender_id  VARCHAR(64)  NOT NULL,
    client_id    UUID         NOT NULL,
    result_id    UUID         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (defender_id, client_id)
);

-- Check-in timers: a defender expects to be safe by due_at; an OPEN one past due raises a signal.
CREATE TABLE checkin (
    id           UUID         PRIMARY KEY,
    defender_id  VARCHAR(64)  NOT NULL,
    due_at       TIMESTAMPTZ  NOT NULL,
    note         TEXT,
    state        VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    closed_at    TIMESTAMPTZ
);
CREATE INDEX checkin_open_due ON checkin (due_at) WHERE state = 'OPEN';
CREATE INDEX checkin_defender_open ON checkin (defender_id, created_at) WHERE state = 'OPEN';

-- Wrong PINs, to lock PIN actions after too many in a window (no guessing oracle).
CREATE TABLE pin_failure (
    person_id  VARCHAR(64)  NOT NULL,
    failed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX pin_failure_person ON pin_failure (person_id, failed_at);
