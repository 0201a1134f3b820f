-- How an operator verified the defender when she resolved an alert through the API (required after a duress
-- signal), by the id of her response: the API keeps it in the transaction that puts the response on
-- alerts.responses, whose contract has no place for it, and the engine reads it when it applies that response.
-- An operator's note, never logged; kept, like the audit log, never edited or deleted by the application.
CREATE TABLE resolve_verification (
    response_id  UUID         PRIMARY KEY,
    alert_id     UUID         NOT NULL,
    operator     VARCHAR(255) NOT NULL,
    verification TEXT         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
