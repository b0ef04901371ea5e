-- The append-only log of deployment events, the request ids already handled, and a projection of each
-- deployment's current name, channel, thread and status for lookups. Written in portable SQL: the same
-- statements are meant to run on PostgreSQL (db/migration/postgres).

CREATE TABLE deployments (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    channel     VARCHAR(200) NOT NULL,
    thread_ref  VARCHAR(200),
    status      VARCHAR(20)  NOT NULL,
    started_at  VARCHAR(40)  NOT NULL
);

CREATE INDEX deployments_by_channel ON deployments (channel, status);
CREATE INDEX deployments_by_thread ON deployments (channel, thread_ref);

-- Instants are ISO-8601 UTC with nine fraction digits (2024-05-01T09:30:00.000000000Z): exact and sortable.
CREATE TABLE events (
    deployment_id  BIGINT       NOT NULL REFERENCES deployments (id),
    sequence       BIGINT       NOT NULL,
    at             VARCHAR(40)  NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    request_id     VARCHAR(200) NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    payload        TEXT         NOT NULL,
    CONSTRAINT events_one_per_position UNIQUE (deployment_id, sequence)
);

CREATE TABLE requests (
    request_id     VARCHAR(200) NOT NULL PRIMARY KEY,
    deployment_id  BIGINT       NOT NULL REFERENCES deployments (id)
);
