-- The full output of rollback steps and monitoring commands, already redacted. Events of the deployment log refer
-- to a row by its ref; the output itself is too long for an event. Rows are written once and never changed.

CREATE TABLE step_outputs (
    ref            VARCHAR(64)  NOT NULL PRIMARY KEY,
    deployment_id  BIGINT       NOT NULL REFERENCES deployments (id),
    output         TEXT         NOT NULL
);

CREATE INDEX step_outputs_by_deployment ON step_outputs (deployment_id);
