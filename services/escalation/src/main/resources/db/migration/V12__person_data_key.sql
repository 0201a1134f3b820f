-- Her personal fields are sealed at rest with her own data key (services/personal-data): each person has an AES-256
-- key, kept here only wrapped under a master key that lives in configuration, never in this database. Deleting her
-- deletes her key, and with it what is left of her fields in backups. One version per person for now; a later
-- rotation of her data key adds a version (her sealed fields say which one sealed them).
CREATE TABLE person_data_key (
    person_id      VARCHAR(64)  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    version        INT          NOT NULL,
    master_key_id  VARCHAR(64)  NOT NULL,
    wrapped        BYTEA        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (person_id, version)
);
-- A master key rotation rewraps the keys that are not under the current master key.
CREATE INDEX person_data_key_by_master_key ON person_data_key (master_key_id);

-- Name, phone, e-mail, alias and organisation become sealed text (pd1.<version>.<base64url>), longer than the
-- plaintext; their lengths are checked by the application before they are sealed.
ALTER TABLE person ALTER COLUMN name TYPE TEXT, ALTER COLUMN phone TYPE TEXT, ALTER COLUMN email TYPE TEXT,
    ALTER COLUMN alias TYPE TEXT, ALTER COLUMN organisation TYPE TEXT;
-- A person is found by her phone through its keyed fingerprint (HMAC-SHA256 with the pepper, as intake's devices and
-- code words): a sealed phone cannot be searched. Null only on a row written before this version, until the start
-- that seals it (escalation seals plaintext rows at start).
ALTER TABLE person ADD COLUMN phone_hash VARCHAR(512);
DROP INDEX person_phone;
CREATE UNIQUE INDEX person_phone ON person (phone_hash);
-- Names are sealed: the directory's pages are sorted and searched by name in the service.
DROP INDEX person_by_name;
