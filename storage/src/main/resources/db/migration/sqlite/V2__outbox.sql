-- Messages on their way to the chat platform, and the platform's references of the messages the bot keeps up to
-- date. A channel's waiting letters are delivered one at a time in id order; a letter key is recorded once, so a
-- request handled twice sends nothing twice. Moments here are epoch milliseconds: they are only compared and
-- added to, never shown.

CREATE TABLE outbox (
    id           INTEGER       NOT NULL PRIMARY KEY,
    letter_key   VARCHAR(300)  NOT NULL,
    channel      VARCHAR(200)  NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    payload      TEXT          NOT NULL,
    message_key  VARCHAR(300),
    replaceable  BOOLEAN       NOT NULL,
    state        VARCHAR(20)   NOT NULL CHECK (state IN ('waiting', 'delivered', 'replaced', 'given_up')),
    attempts     INTEGER       NOT NULL DEFAULT 0,
    not_before   BIGINT        NOT NULL,
    last_error   VARCHAR(1000),
    enqueued_at  BIGINT        NOT NULL,
    finished_at  BIGINT,
    CONSTRAINT outbox_one_per_key UNIQUE (letter_key)
);

CREATE INDEX outbox_waiting ON outbox (state, channel, id);
CREATE INDEX outbox_by_message ON outbox (message_key, state);

CREATE TABLE message_refs (
    message_key  VARCHAR(300)  NOT NULL PRIMARY KEY,
    channel      VARCHAR(200)  NOT NULL,
    ref          VARCHAR(200)  NOT NULL
);
