-- The alert brief: who is in danger, where and what she said, for the people a policy discloses it to.

-- The name her network knows her by (the brief says it instead of her name when she has one) and her organisation.
ALTER TABLE person ADD COLUMN alias VARCHAR(100);
ALTER TABLE person ADD COLUMN organisation VARCHAR(200);

-- What each signal of signals.received carried (personal data: her words, places, report, an unknown sender's
-- number), kept for the briefs of the alerts it belongs to. A CANCEL is never part of a brief and is not kept.
CREATE TABLE signal_detail (
    signal_id        UUID          PRIMARY KEY,
    defender_id      VARCHAR(255)  NOT NULL,
    type             VARCHAR(32)   NOT NULL,
    source           VARCHAR(32)   NOT NULL,
    received_at      TIMESTAMPTZ   NOT NULL,
    text             VARCHAR(1600),
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    accuracy_m       DOUBLE PRECISION,
    violence_type    VARCHAR(64),
    perpetrator_type VARCHAR(64),
    place            VARCHAR(500),
    occurred_on      DATE,
    narrative        VARCHAR(20000),
    sender_phone     VARCHAR(16),
    kept_at          TIMESTAMPTZ   NOT NULL,
    CONSTRAINT signal_detail_location CHECK ((lat IS NULL) = (lon IS NULL))
);

-- Which signals make each alert, with the risk factors signals.assessed gave each (ids and codes only). Its type,
-- source and time come from the assessment too, so that a signal whose details have not arrived yet still has its
-- place in the brief. A signal belongs to one alert. Written before the alert's row when a signal opens it, in
-- the same transaction: the reference is checked at commit.
CREATE TABLE alert_signal (
    signal_id   UUID         PRIMARY KEY,
    alert_id    UUID         NOT NULL REFERENCES alert (id) DEFERRABLE INITIALLY DEFERRED,
    type        VARCHAR(32)  NOT NULL,
    source      VARCHAR(32)  NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    factors     JSONB        NOT NULL,
    joined_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX alert_signal_by_alert ON alert_signal (alert_id, received_at);

-- A timeline line's typed fields (whom a brief was disclosed to, on which channel, who read it or triaged the
-- alert), so that readers never parse them out of the English detail.
ALTER TABLE alert_timeline ADD COLUMN person_id VARCHAR(255);
ALTER TABLE alert_timeline ADD COLUMN channel VARCHAR(16);
ALTER TABLE alert_timeline ADD COLUMN actor_id VARCHAR(255);

-- The channel of an audited disclosure (SMS, VOICE, EMAIL, API, CONSOLE); null for every other entry.
ALTER TABLE audit_entry ADD COLUMN channel VARCHAR(16);
