-- Every version of the risk model an operator saved: weights, lexicons, hot zones and thresholds.
-- The newest version scores new signals; older ones stay so that every grade can be explained.
CREATE TABLE risk_model_version (
    version     BIGINT       PRIMARY KEY,
    model       JSONB        NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL
);
