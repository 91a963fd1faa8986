-- GET /api/production/tasks filters over every status (V13's stage and booked indexes cover open tasks only).
CREATE INDEX production_tasks_stage_all ON production_tasks (stage, id);
CREATE INDEX production_tasks_manufacturer ON production_tasks (manufacturer_id, id) WHERE manufacturer_id IS NOT NULL;

-- Deleting or repositioning a stage checks it is not in use: these find a referring row without a scan.
CREATE INDEX production_task_materials_stage ON production_task_materials (stage);
CREATE INDEX production_bom_lines_stage ON production_bom_lines (stage);
CREATE INDEX production_bom_lines_item ON production_bom_lines (item_id);

-- A production task's history reads its own changes and those of its transitions, QC checks, materials and costs
-- in one query (HistorySource.PRODUCTION_TASKS).
CREATE INDEX change_log_production_task_children
    ON change_log (((coalesce(new_row, old_row) ->> 'task_id')::uuid), id)
    WHERE topic IN ('production_transitions', 'production_qc_checks', 'production_task_materials', 'production_costs');
