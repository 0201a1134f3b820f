-- "Phone seized" mode: her phone may be in other hands, so nothing from it cancels her alerts and her devices are
-- revoked. One row per time the mode was set: who set it (an operator's user name, or her code word), and who
-- cleared it and how she verified the defender (an operator's note, never logged). The mode is on while her latest
-- row is not cleared; a defender has at most one such row. Numbered per defender, so that a later seizure tells her
-- network again.
CREATE TABLE phone_seizure (
    defender_id  VARCHAR(64)  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    number       INT          NOT NULL,
    seized_at    TIMESTAMPTZ  NOT NULL,
    seized_by    VARCHAR(255) NOT NULL,
    cleared_at   TIMESTAMPTZ,
    cleared_by   VARCHAR(255),
    verification TEXT,
    PRIMARY KEY (defender_id, number),
    CONSTRAINT phone_seizure_cleared CHECK ((cleared_at IS NULL) = (cleared_by IS NULL)
        AND (cleared_at IS NULL) = (verification IS NULL))
);
CREATE UNIQUE INDEX phone_seizure_on ON phone_seizure (defender_id) WHERE cleared_at IS NULL;

-- The keyed fingerprint of the code word a defender texts, from any phone, to say that hers was seized: intake
-- knows her by it, so no two defenders have the same.
ALTER TABLE person ADD COLUMN seized_code_word_hash VARCHAR(512);
CREATE UNIQUE INDEX person_seized_code_word ON person (seized_code_word_hash) WHERE seized_code_word_hash IS NOT NULL;
