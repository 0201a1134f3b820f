-- Who read or changed what: kept for auditors, never edited or deleted by the application.
CREATE TABLE audit_entry (
    sequence    BIGSERIAL    PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    subject     VARCHAR(255) NOT NULL
);
