-- One assessment per signal: a redelivered signal is answered with the stored assessment, never a second one.
CREATE TABLE assessment (
    signal_id    UUID         PRIMARY KEY,
    defender_id  VARCHAR(255) NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    payload      JSONB        NOT NULL,
    assessed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX assessment_defender_received ON assessment (defender_id, received_at);

-- The alerts opened for each defender (from alerts.lifecycle), for her recent history.
CREATE TABLE defender_alert (
    alert_id     UUID         PRIMARY KEY,
    defender_id  VARCHAR(255) NOT NULL,
    opened_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX defender_alert_opened ON defender_alert (defender_id, opened_at);
