-- Fix: for a table tracked without secret columns the trigger has no arguments, TG_ARGV is then NULL, and
-- `row - NULL::text[]` is NULL, so the log lost the old and new rows of every such table (audit and sync
-- showed no values). The function is patched in place rather than restated, so that any other change an
-- earlier migration made to it is kept; only the argument list gets an empty-array default.
DO $$
DECLARE
    definition text := pg_get_functiondef('shopfloor_log_change()'::regprocedure);
BEGIN
    IF position('coalesce(TG_ARGV::text[]' IN definition) = 0 THEN
        EXECUTE replace(definition, 'TG_ARGV::text[]', 'coalesce(TG_ARGV::text[], ''{}'')');
    END IF;
END $$;
