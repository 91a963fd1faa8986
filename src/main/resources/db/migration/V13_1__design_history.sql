-- A design task's history reads its own changes and those of its files in one query
-- (GET /api/design/tasks/{id}/history, HistorySource.DESIGN_TASKS); this serves the files' half.
CREATE INDEX change_log_design_children ON change_log (((coalesce(new_row, old_row) ->> 'design_task_id')::uuid), id)
    WHERE topic IN ('design_files');
