-- GET /api/production/queue orders open tasks by (priority_rank, due date with no due date last, id) and pages by
-- a row comparison on exactly those three values. A NULL due date cannot take part in a row comparison, so the
-- queue sorts and compares coalesce(due_date, 'infinity') and these indexes carry that expression: the default
-- order, the stage filter and the manufacturer filter each read their index in queue order and stop at the limit.
-- The priority filter fixes priority_rank (the default index's first column); dueBefore is an index condition on
-- the default index's second column.
CREATE INDEX production_tasks_queue_order
    ON production_tasks (priority_rank, (coalesce(due_date, 'infinity'::date)), id)
    WHERE status = 'open';
CREATE INDEX production_tasks_queue_stage
    ON production_tasks (stage, priority_rank, (coalesce(due_date, 'infinity'::date)), id)
    WHERE status = 'open';
CREATE INDEX production_tasks_queue_manufacturer
    ON production_tasks (manufacturer_id, priority_rank, (coalesce(due_date, 'infinity'::date)), id)
    WHERE status = 'open';
