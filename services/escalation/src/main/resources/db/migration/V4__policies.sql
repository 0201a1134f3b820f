-- Escalation policies, every version kept (an alert keeps the version it started with, also after the
-- policy changed or was deleted). policy points at the current version; a deleted policy has no row
-- there, and one saved again under the same id goes on counting its versions.
CREATE TABLE policy_version (
    policy_id   VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    body        JSONB        NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (policy_id, version)
);

CREATE TABLE policy (
    id               VARCHAR(64) PRIMARY KEY,
    current_version  BIGINT      NOT NULL,
    FOREIGN KEY (id, current_version) REFERENCES policy_version (policy_id, version)
);

-- The groups and responders the current version of each policy names, to refuse deleting them.
CREATE TABLE policy_target (
    policy_id  VARCHAR(64) NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    kind       VARCHAR(16) NOT NULL,
    target_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (policy_id, kind, target_id),
    CONSTRAINT policy_target_kind CHECK (kind IN ('GROUP', 'RESPONDER'))
);
CREATE INDEX policy_target_by_target ON policy_target (kind, target_id);

-- A defender's policy must exist, and a policy a defender uses cannot be deleted.
ALTER TABLE person ADD CONSTRAINT person_policy FOREIGN KEY (policy_id) REFERENCES policy (id);
