-- What risk-scoring said of each signal (signals.assessed): ids, codes, score and factors; never text or location.
CREATE TABLE assessed_signal (
    signal_id        uuid PRIMARY KEY,
    defender_id      text        NOT NULL,
    signal_type      text        NOT NULL,
    received_at      timestamptz NOT NULL,
    score            int         NOT NULL,
    grade            text,
    model_version    bigint      NOT NULL,
    factors          jsonb       NOT NULL,
    triage           boolean     NOT NULL,
    violence_type    text,
    perpetrator_type text
);

-- Which signals opened or joined which alert (alerts.lifecycle OPENED and SIGNAL_JOINED).
CREATE TABLE alert_signal (
    alert_id   uuid        NOT NULL,
    signal_id  uuid        NOT NULL,
    joined_at  timestamptz NOT NULL,
    PRIMARY KEY (alert_id, signal_id)
);
