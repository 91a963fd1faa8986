-- Capacity overrides (docs/modules/manufacturing.md, "Assignment and capacity"): true while the task's current
-- assignment was let through by a MANAGER/ADMIN although it exceeds its manufacturer's capacity on some day.
-- A column, not a note, so the change log (with the actor and time) and the live sync carry the decision; an
-- assignment within capacity sets it back to false.
ALTER TABLE production_tasks ADD COLUMN capacity_overridden boolean NOT NULL DEFAULT false;
