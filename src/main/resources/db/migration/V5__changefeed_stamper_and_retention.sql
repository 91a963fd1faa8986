-- Changefeed: the stamper that numbers committed change_log rows densely in commit order, and retention.
-- Why this is correct and what it costs: docs/sync-protocol.md.

-- One row: the last seq handed out, and the seq through which the log has been pruned.
CREATE TABLE change_log_head (
    only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    head            bigint  NOT NULL,
    pruned_through  bigint  NOT NULL DEFAULT 0
);
INSERT INTO change_log_head (head) SELECT coalesce(max(seq), 0) FROM change_log;

-- Readers page by seq, optionally by topic.
CREATE INDEX change_log_topic_seq ON change_log (topic, seq) WHERE seq IS NOT NULL;

-- Serialized by a blocking transaction-level advisory lock, so stampers on several nodes take turns and none
-- can miss a commit: each statement below runs with a fresh snapshot taken after the lock was granted, so
-- it sees the previous stamper's head and every row committed before it. Rows of transactions still open
-- are invisible and get a higher seq once they commit: nothing is skipped, nothing waits for them.
CREATE FUNCTION shopfloor_stamp_changes(batch integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    last_seq bigint;
    stamped  integer;
BEGIN
    PERFORM pg_advisory_xact_lock(7391001);
    SELECT head INTO last_seq FROM change_log_head FOR UPDATE;
    WITH pending AS (
        SELECT id, last_seq + row_number() OVER (ORDER BY id) AS next_seq
          FROM (SELECT id FROM change_log WHERE seq IS NULL ORDER BY id LIMIT batch) p
    )
    UPDATE change_log c
       SET seq = pending.next_seq
      FROM pending
     WHERE c.id = pending.id;
    GET DIAGNOSTICS stamped = ROW_COUNT;
    IF stamped > 0 THEN
        UPDATE change_log_head SET head = last_seq + stamped;
        PERFORM pg_notify('shopfloor_stamped', (last_seq + stamped)::text);
    END IF;
    RETURN stamped;
END $$;

-- Deletes up to `batch` of the oldest stamped rows written before `cutoff`, always a prefix in seq order
-- (it stops at the first younger row), and records the seq through which the log is now gone, so readers
-- asking for older changes are told to resync. One node prunes at a time; the others skip.
CREATE FUNCTION shopfloor_prune_changes(cutoff timestamptz, batch integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    pruned     bigint;
    through    bigint;
    deleted    integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(7391002) THEN
        RETURN 0;
    END IF;
    SELECT pruned_through INTO pruned FROM change_log_head;
    WITH candidates AS (
        SELECT seq, at FROM change_log WHERE seq > pruned ORDER BY seq LIMIT batch
    ), first_young AS (
        SELECT min(seq) AS seq FROM candidates WHERE at >= cutoff
    )
    SELECT coalesce((SELECT seq - 1 FROM first_young), (SELECT max(seq) FROM candidates), pruned)
      INTO through;
    IF through <= pruned THEN
        RETURN 0;
    END IF;
    DELETE FROM change_log WHERE seq > pruned AND seq <= through;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    UPDATE change_log_head SET pruned_through = through;
    RETURN deleted;
END $$;

-- The synced tables: those carrying the log_change trigger (shopfloor_track). Topics are derived from this.
CREATE VIEW synced_topics AS
SELECT c.relname::text AS topic
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE t.tgname = 'log_change'
   AND NOT t.tgisinternal
   AND n.nspname = current_schema();

REVOKE ALL ON FUNCTION shopfloor_stamp_changes(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION shopfloor_prune_changes(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor_stamp_changes(integer) TO ${app_role};
GRANT EXECUTE ON FUNCTION shopfloor_prune_changes(timestamptz, integer) TO ${app_role};
REVOKE INSERT, UPDATE, DELETE ON change_log_head FROM ${app_role}, ${vendor_role};
GRANT SELECT ON change_log_head, synced_topics TO ${app_role};

