-- Alerts: one row per alert with the columns the read side filters on, and everything the engine
-- knows about it as a JSON snapshot (levels started, people contacted, requests and their status,
-- acknowledgements). Ids, codes and states only: no phone number, name or message text.
CREATE TABLE alert (
    id              UUID         PRIMARY KEY,
    code            VARCHAR(16)  NOT NULL,
    defender_id     VARCHAR(255) NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    grade           VARCHAR(16)  NOT NULL,
    score           INT          NOT NULL,
    level           INT          NOT NULL,
    verified_sender BOOLEAN      NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    snapshot        JSONB        NOT NULL
);

-- A short code is unique among the alerts that are not over (responders type it); so is a defender's alert.
CREATE UNIQUE INDEX alert_code_not_over ON alert (code) WHERE state IN ('OPEN', 'ESCALATING', 'ACKNOWLEDGED');
CREATE UNIQUE INDEX alert_defender_not_over ON alert (defender_id)
    WHERE state IN ('OPEN', 'ESCALATING', 'ACKNOWLEDGED');
CREATE INDEX alert_newest ON alert (opened_at DESC, id);
CREATE INDEX alert_code ON alert (code, opened_at DESC);

-- Durable timers: every step an alert must take at a given time is a row until it fires. Due rows are
-- claimed with FOR UPDATE SKIP LOCKED, so two instances never fire the same step.
CREATE TABLE alert_step (
    alert_id UUID        NOT NULL REFERENCES alert (id),
    kind     VARCHAR(16) NOT NULL,
    level    INT         NOT NULL,
    round    INT         NOT NULL,
    due_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alert_id, kind, level, round)
);
CREATE INDEX alert_step_due ON alert_step (due_at);

-- What happened to an alert, in order; details name people by id only.
CREATE TABLE alert_timeline (
    id       BIGSERIAL    PRIMARY KEY,
    alert_id UUID         NOT NULL REFERENCES alert (id),
    at       TIMESTAMPTZ  NOT NULL,
    type     VARCHAR(32)  NOT NULL,
    detail   VARCHAR(1000) NOT NULL
);
CREATE INDEX alert_timeline_by_alert ON alert_timeline (alert_id, id);

-- Who was contacted about which alert, and when last: a responder sees and answers only these alerts,
-- and an SMS reply without a code means her latest one.
CREATE TABLE alert_recipient (
    alert_id          UUID         NOT NULL REFERENCES alert (id),
    person_id         VARCHAR(255) NOT NULL,
    last_contacted_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (alert_id, person_id)
);
CREATE INDEX alert_recipient_latest ON alert_recipient (person_id, last_contacted_at DESC);

-- Signals, responses and statuses already applied: a redelivery changes nothing.
CREATE TABLE handled_message (
    id         UUID        PRIMARY KEY,
    handled_at TIMESTAMPTZ NOT NULL
);

-- Inputs that belong to no alert (a CANCEL with nothing open, a reply naming no known alert): recorded,
-- so that every accepted signal ends in an alert or in an explicit decision.
CREATE TABLE unmatched_input (
    id          UUID         PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    reason      VARCHAR(300) NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL
);
