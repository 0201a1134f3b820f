-- The network directory. Defenders and responders share one table: a person's id is her key on the
-- compacted directory.people topic, so ids are unique across roles, and so are phone numbers (intake
-- identifies a sender by her number). PINs and code words are stored only as keyed hashes.
CREATE TABLE person (
    id               VARCHAR(64)  PRIMARY KEY,
    role             VARCHAR(16)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    phone            VARCHAR(16)  NOT NULL,
    email            VARCHAR(320),
    language         VARCHAR(16)  NOT NULL,
    country          VARCHAR(2),
    channels         VARCHAR(64)  NOT NULL,
    username         VARCHAR(200),
    baseline_risk    INT          NOT NULL,
    sms_replies      BOOLEAN      NOT NULL,
    policy_id        VARCHAR(64),
    pin_hash         VARCHAR(512),
    duress_pin_hash  VARCHAR(512),
    code_word_hash   VARCHAR(512),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT person_role CHECK (role IN ('DEFENDER', 'RESPONDER')),
    CONSTRAINT person_defender_has_pins CHECK (role <> 'DEFENDER'
        OR (pin_hash IS NOT NULL AND duress_pin_hash IS NOT NULL AND policy_id IS NOT NULL))
);
CREATE UNIQUE INDEX person_phone ON person (phone);
CREATE UNIQUE INDEX person_username ON person (username) WHERE username IS NOT NULL;
CREATE INDEX person_by_name ON person (role, lower(name), id);
CREATE INDEX person_by_policy ON person (policy_id) WHERE policy_id IS NOT NULL;

-- The panic app's devices: only the keyed fingerprint of each token, which intake compares.
CREATE TABLE device (
    token_hash   VARCHAR(512) PRIMARY KEY,
    defender_id  VARCHAR(64)  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX device_by_defender ON device (defender_id, created_at);

-- Groups of responders that policies name as targets (group:<id>); a responder in a group cannot be deleted.
CREATE TABLE responder_group (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX responder_group_by_name ON responder_group (lower(name), id);

CREATE TABLE group_member (
    group_id      VARCHAR(64) NOT NULL REFERENCES responder_group (id) ON DELETE CASCADE,
    responder_id  VARCHAR(64) NOT NULL REFERENCES person (id),
    position      INT         NOT NULL,
    PRIMARY KEY (group_id, responder_id)
);
CREATE INDEX group_member_by_responder ON group_member (responder_id);
