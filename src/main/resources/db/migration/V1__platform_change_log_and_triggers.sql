-- Platform: privileges of the application roles, the triggers every synced table uses, and the change log.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ${app_role} is what the application connects as; VENDOR transactions SET LOCAL ROLE ${vendor_role}
-- (a NOLOGIN role the app role is a member of WITHOUT inheriting it). Both get the same table privileges,
-- so a REVOKE in a later migration names both. Row-level security tells them apart (docs/decisions.md D4):
-- a table with vendor rows gets two policies,
--   CREATE POLICY all_rows    ON t TO ${app_role}    USING (true) WITH CHECK (true);
--   CREATE POLICY vendor_rows ON t TO ${vendor_role} USING (vendor_id = shopfloor_vendor_id())
--                                                    WITH CHECK (vendor_id = shopfloor_vendor_id());
-- so non-vendor queries carry no policy condition and keep every index, leakproof operator or not.
-- A table with RLS enabled and no policy for a role shows that role no rows.
GRANT USAGE ON SCHEMA public TO ${app_role}, ${vendor_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role}, ${vendor_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role}, ${vendor_role};

-- The acting VENDOR's vendor id (NULL when none, which matches no row). An inlinable SQL function: the planner
-- sees the expression, so `vendor_id = shopfloor_vendor_id()` uses a vendor_id index.
CREATE FUNCTION shopfloor_vendor_id() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT nullif(current_setting('app.vendor_id', true), '')::uuid
$$;

-- version (1, then +1 per real change), created_at and updated_at belong to the database, not to callers.
-- An update that changes nothing keeps the version, so idempotent upserts make no churn.
CREATE FUNCTION shopfloor_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.created_at := now();
        NEW.updated_at := NEW.created_at;
    ELSIF (to_jsonb(NEW) - 'version' - 'updated_at' - 'created_at')
          IS NOT DISTINCT FROM (to_jsonb(OLD) - 'version' - 'updated_at' - 'created_at') THEN
        NEW.version := OLD.version;
        NEW.created_at := OLD.created_at;
        NEW.updated_at := OLD.updated_at;
    ELSE
        NEW.version := OLD.version + 1;
        NEW.created_at := OLD.created_at;
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END $$;

-- One row per committed change of a synced table, written in the changing transaction.
-- id is drawn when the row is written, which is NOT commit order; seq is assigned after commit by the
-- changefeed stamper, densely and in commit order, and is what readers page by (see docs/sync-protocol.md).
CREATE TABLE change_log (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seq         bigint      UNIQUE,
    tx_id       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    topic       text        NOT NULL,
    op          text        NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    entity_id   uuid        NOT NULL,
    version     integer,
    old_row     jsonb,
    new_row     jsonb,
    changed     text[],
    actor_id    text,
    store_id    uuid,
    vendor_id   uuid,
    request_id  text,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX change_log_unstamped ON change_log (id) WHERE seq IS NULL;
CREATE INDEX change_log_entity ON change_log (entity_id, id);

-- Secret columns (named as trigger arguments) never enter the log; that they changed is still recorded.
CREATE FUNCTION shopfloor_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_now jsonb := coalesce(new_row, old_row);
    -- TG_ARGV is NULL, not empty, for a table tracked without secret columns.
    secrets text[] := coalesce(TG_ARGV::text[], '{}');
    changed_columns text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}')
          INTO changed_columns
          FROM jsonb_each(new_row) n
         WHERE n.value IS DISTINCT FROM old_row -> n.key
           AND n.key NOT IN ('version', 'updated_at');
        IF cardinality(changed_columns) = 0 THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO change_log (topic, op, entity_id, version, old_row, new_row, changed,
                            actor_id, store_id, vendor_id, request_id)
    VALUES (TG_TABLE_NAME,
            lower(TG_OP),
            (row_now ->> 'id')::uuid,
            (row_now ->> 'version')::integer,
            old_row - secrets,
            new_row - secrets,
            changed_columns,
            nullif(current_setting('app.user_id', true), ''),
            (row_now ->> 'store_id')::uuid,
            (row_now ->> 'vendor_id')::uuid,
            nullif(current_setting('app.request_id', true), ''));
    PERFORM pg_notify('shopfloor_changes', '');
    RETURN NULL;
END $$;

-- Making a table synced is one line in its migration: SELECT shopfloor_track('table', 'secret_column', ...);
-- Tables with a version column also get the touch trigger.
CREATE FUNCTION shopfloor_track(tbl regclass, VARIADIC secret_columns text[] DEFAULT '{}') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = 'version' AND NOT attisdropped) THEN
        EXECUTE format('CREATE TRIGGER touch BEFORE INSERT OR UPDATE ON %s'
                       ' FOR EACH ROW EXECUTE FUNCTION shopfloor_touch()', tbl);
    END IF;
    EXECUTE format('CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON %s'
                   ' FOR EACH ROW EXECUTE FUNCTION shopfloor_log_change(%s)',
                   tbl, coalesce((SELECT string_agg(quote_literal(c), ', ') FROM unnest(secret_columns) c), ''));
END $$;

-- The application reads the log; only the trigger (as owner) and the stamper write it.
REVOKE INSERT, UPDATE, DELETE ON change_log FROM ${app_role}, ${vendor_role};
