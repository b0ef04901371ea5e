-- Maintenance reminders: the rule each cadence follows (and since when), every occurrence claimed for
-- posting, and its tasks with who ticked them when. Portable SQL, like V1: the same statements are meant to
-- run on PostgreSQL. Instants are ISO-8601 UTC text with nine fraction digits, exact and sortable.

CREATE TABLE reminder_schedules (
    cadence     VARCHAR(20)  NOT NULL PRIMARY KEY,
    definition  VARCHAR(500) NOT NULL,
    since       VARCHAR(40)  NOT NULL
);

-- One row per occurrence. The row is inserted in the transaction that claims the occurrence, before it is
-- posted: UNIQUE (cadence, due_at) is what makes several bot instances post each occurrence exactly once.
CREATE TABLE reminders (
    id              BIGINT        NOT NULL PRIMARY KEY,
    cadence         VARCHAR(20)   NOT NULL,
    due_at          VARCHAR(40)   NOT NULL,
    origin          VARCHAR(20)   NOT NULL,
    request_id      VARCHAR(200),
    channel         VARCHAR(200)  NOT NULL,
    zone            VARCHAR(60)   NOT NULL,
    claimed_by      VARCHAR(200)  NOT NULL,
    claimed_at      VARCHAR(40)   NOT NULL,
    posted_at       VARCHAR(40),
    message_ref     VARCHAR(200),
    deadline_at     VARCHAR(40)   NOT NULL,
    period_ends_at  VARCHAR(40),
    nudges          INTEGER       NOT NULL,
    next_nudge_at   VARCHAR(40),
    skipped_by      VARCHAR(200),
    skipped_at      VARCHAR(40),
    skip_reason     VARCHAR(1000),
    CONSTRAINT reminders_one_per_due_time UNIQUE (cadence, due_at),
    CONSTRAINT reminders_one_per_request UNIQUE (request_id)
);

CREATE INDEX reminders_by_due ON reminders (due_at);
CREATE INDEX reminders_unposted ON reminders (posted_at, claimed_at);
CREATE INDEX reminders_by_next_nudge ON reminders (next_nudge_at);

CREATE TABLE reminder_tasks (
    reminder_id  BIGINT         NOT NULL REFERENCES reminders (id),
    number       INTEGER        NOT NULL,
    text         VARCHAR(1000)  NOT NULL,
    done_by      VARCHAR(200),
    done_at      VARCHAR(40),
    CONSTRAINT reminder_tasks_key PRIMARY KEY (reminder_id, number)
);
