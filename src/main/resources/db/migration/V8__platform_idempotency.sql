-- Platform: the responses of requests sent with an Idempotency-Key (docs/api.md "Idempotent requests", D17).
-- Not synced and not in the change log: it is request bookkeeping, not data anyone reads as a resource.
-- A row is inserted at the start of the keyed request's transaction and completed with the response in the
-- same transaction, so a committed row always carries its response; a concurrent duplicate blocks on the
-- primary key until the first request commits or rolls back.
CREATE TABLE idempotency_keys (
    scope         text        NOT NULL,
    key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    method        text        NOT NULL,
    path          text        NOT NULL,
    request_hash  bytea       NOT NULL,
    status        integer,
    headers       jsonb,
    body          bytea,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);

-- The purge job deletes by age.
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
