-- A person's wrong PINs in one row, which every PIN attempt reads and writes alike, locked or not, right or wrong:
-- the work a PIN takes tells nothing. Only the latest few are kept (as many as lock her PIN). The row is also
-- locked while an attempt is judged, so that attempts arriving together are judged one after the other.
CREATE TABLE pin_failures (
    person_id  VARCHAR(64)    PRIMARY KEY,
    wrong_at   TIMESTAMPTZ[]  NOT NULL
);

INSERT INTO pin_failures (person_id, wrong_at)
    SELECT person_id, array_agg(failed_at ORDER BY failed_at) FROM pin_failure GROUP BY person_id;

DROP TABLE pin_failure;
