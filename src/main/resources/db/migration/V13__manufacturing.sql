-- Manufacturing: manufacturers, design tasks with their files, production tasks moving through data-defined
-- stages, QC checks, costs and materials (docs/modules/manufacturing.md). Staff-only: no vendor rows, no RLS.

CREATE TABLE manufacturers (
    id               uuid        PRIMARY KEY,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind             text        NOT NULL CHECK (kind IN ('in_house', 'outside')),
    -- Units it can make per day; assignments beyond it are refused unless a MANAGER/ADMIN overrides.
    capacity_per_day integer     NOT NULL CHECK (capacity_per_day > 0),
    lead_time_days   integer     NOT NULL DEFAULT 0 CHECK (lead_time_days BETWEEN 0 AND 365),
    contact_name     text        CHECK (length(contact_name) <= 200),
    email            text        CHECK (length(email) <= 320),
    phone            text        CHECK (length(phone) <= 50),
    -- Where its materials are drawn from and its output received, unless a task names another location.
    location_id      uuid        REFERENCES locations (id),
    notes            text        CHECK (length(notes) <= 10000),
    active           boolean     NOT NULL DEFAULT true,
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX manufacturers_name_key ON manufacturers (lower(name));
CREATE INDEX manufacturers_list ON manufacturers (active, kind, id);
CREATE INDEX manufacturers_search ON manufacturers USING gin (name gin_trgm_ops);
SELECT shopfloor_track('manufacturers');

-- Design: an artwork brief worked on by a designer until the customer approves it.
-- draft -> in_progress -> in_review -> approved | changes_requested; changes_requested -> in_progress.
CREATE SEQUENCE design_task_numbers START 1001;
CREATE TABLE design_tasks (
    id               uuid        PRIMARY KEY,
    number           text        NOT NULL DEFAULT 'DT-' || nextval('design_task_numbers'),
    title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    brief            text        CHECK (length(brief) <= 20000),
    order_id         uuid        REFERENCES orders (id),
    order_item_id    uuid        REFERENCES order_items (id) ON DELETE SET NULL,
    customer_id      uuid        REFERENCES customers (id),
    designer_id      uuid        REFERENCES users (id),
    due_date         date,
    status           text        NOT NULL DEFAULT 'draft'
                                 CHECK (status IN ('draft', 'in_progress', 'in_review', 'approved',
                                                   'changes_requested')),
    -- The note of the last status change (what the customer asked to change, ...).
    status_note      text        CHECK (length(status_note) <= 2000),
    -- The customer's approval: who at the customer approved, when, and which staff member recorded it.
    approved_by      text        CHECK (length(approved_by) <= 200),
    approved_at      timestamptz,
    approval_recorded_by uuid    REFERENCES users (id),
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT design_tasks_approval CHECK ((status = 'approved') = (approved_at IS NOT NULL AND approved_by IS NOT NULL))
);
CREATE UNIQUE INDEX design_tasks_number_key ON design_tasks (number);
CREATE UNIQUE INDEX design_tasks_order_item_key ON design_tasks (order_item_id);
CREATE INDEX design_tasks_status ON design_tasks (status, id);
CREATE INDEX design_tasks_designer ON design_tasks (designer_id, id);
CREATE INDEX design_tasks_order ON design_tasks (order_id);
CREATE INDEX design_tasks_due ON design_tasks (due_date, id);
SELECT shopfloor_track('design_tasks');

-- Artwork files. Uploading a file under a name already used by the task adds its next version; rows never change.
CREATE TABLE design_files (
    id               uuid        PRIMARY KEY,
    design_task_id   uuid        NOT NULL REFERENCES design_tasks (id) ON DELETE CASCADE,
    file_name        text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    file_version     integer     NOT NULL CHECK (file_version > 0),
    content_type     text        NOT NULL CHECK (length(content_type) <= 200),
    size_bytes       bigint      NOT NULL CHECK (size_bytes >= 0),
    sha256           text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    note             text        CHECK (length(note) <= 2000),
    uploaded_by      uuid        REFERENCES users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (design_task_id, file_name, file_version)
);
REVOKE UPDATE ON design_files FROM ${app_role}, ${vendor_role};
SELECT shopfloor_track('design_files');
-- The bytes, apart: out of the change log and of every list query. Blob storage, not an entity: not synced.
CREATE TABLE design_file_contents (
    file_id          uuid        PRIMARY KEY REFERENCES design_files (id) ON DELETE CASCADE,
    content          bytea       NOT NULL
);
REVOKE UPDATE ON design_file_contents FROM ${app_role}, ${vendor_role};

-- The production stages, in order. Data, not code: exactly one 'queue' stage (where tasks wait and from which
-- starting production needs an approved design) and one 'done' stage; a 'qc' stage is left only by a QC check.
CREATE TABLE production_stages (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    -- Tasks and materials refer to a stage by its code, which never changes once in use.
    code             text        NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    position         integer     NOT NULL UNIQUE,
    kind             text        NOT NULL CHECK (kind IN ('queue', 'work', 'qc', 'done')),
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX production_stages_one_queue ON production_stages (kind) WHERE kind IN ('queue', 'done');
INSERT INTO production_stages (code, name, position, kind) VALUES
    ('queued',   'Queued',   0,  'queue'),
    ('cutting',  'Cutting',  10, 'work'),
    ('printing', 'Printing', 20, 'work'),
    ('sewing',   'Sewing',   30, 'work'),
    ('qc',       'Quality control', 40, 'qc'),
    ('packing',  'Packing',  50, 'work'),
    ('done',     'Done',     60, 'done');
SELECT shopfloor_track('production_stages');

-- Bills of materials: what one unit of a made-to-order item (or variant) consumes, at which stage. Copied onto
-- each production task made for it.
CREATE TABLE production_bom_lines (
    id                uuid          PRIMARY KEY,
    item_id           uuid          NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
    material_sku      text          NOT NULL CHECK (length(material_sku) BETWEEN 1 AND 64),
    quantity_per_unit numeric(12,3) NOT NULL CHECK (quantity_per_unit > 0),
    stage             text          NOT NULL REFERENCES production_stages (code),
    version           integer       NOT NULL DEFAULT 1,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (item_id, material_sku, stage)
);
SELECT shopfloor_track('production_bom_lines');

-- A production task: one made-to-order order line, or a replenishment run that makes stock (order_id NULL).
CREATE SEQUENCE production_task_numbers START 1001;
CREATE TABLE production_tasks (
    id               uuid        PRIMARY KEY,
    number           text        NOT NULL DEFAULT 'PT-' || nextval('production_task_numbers'),
    order_id         uuid        REFERENCES orders (id),
    order_item_id    uuid        REFERENCES order_items (id),
    design_task_id   uuid        REFERENCES design_tasks (id),
    sku              text        NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    item_id          uuid        NOT NULL REFERENCES catalog_items (id),
    variant_id       uuid        REFERENCES catalog_variants (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    quantity         integer     NOT NULL CHECK (quantity > 0),
    priority         text        NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    -- Queue order: urgent first.
    priority_rank    smallint    GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1
                                                                    WHEN 'normal' THEN 2 ELSE 3 END) STORED,
    due_date         date,
    planned_start    date,
    planned_end      date,
    manufacturer_id  uuid        REFERENCES manufacturers (id),
    -- Where materials are consumed and a replenishment run's output is received.
    location_id      uuid        REFERENCES locations (id),
    stage            text        NOT NULL REFERENCES production_stages (code),
    stage_entered_at timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    rework_count     integer     NOT NULL DEFAULT 0 CHECK (rework_count >= 0),
    started_at       timestamptz,
    finished_at      timestamptz,
    notes            text        CHECK (length(notes) <= 10000),
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT production_tasks_order_line CHECK ((order_id IS NULL) = (order_item_id IS NULL)),
    CONSTRAINT production_tasks_plan CHECK (planned_end >= planned_start),
    CONSTRAINT production_tasks_finished CHECK ((status = 'done') = (finished_at IS NOT NULL))
);
CREATE UNIQUE INDEX production_tasks_number_key ON production_tasks (number);
CREATE UNIQUE INDEX production_tasks_order_item_key ON production_tasks (order_item_id);
CREATE INDEX production_tasks_order ON production_tasks (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX production_tasks_design ON production_tasks (design_task_id) WHERE design_task_id IS NOT NULL;
-- The queue's indexes (priority, due date with none last, id) are V13_4's.
-- Capacity: the open tasks booked on a manufacturer over a date range.
CREATE INDEX production_tasks_booked ON production_tasks (manufacturer_id, planned_start, planned_end)
    WHERE status = 'open';
CREATE INDEX production_tasks_finished ON production_tasks (finished_at) WHERE status = 'done';
CREATE INDEX production_tasks_list ON production_tasks (status, id);
SELECT shopfloor_track('production_tasks');

-- Materials a task consumes, each when the task first enters its stage (production_consumption movements).
CREATE TABLE production_task_materials (
    id               uuid        PRIMARY KEY,
    task_id          uuid        NOT NULL REFERENCES production_tasks (id) ON DELETE CASCADE,
    material_sku     text        NOT NULL CHECK (length(material_sku) BETWEEN 1 AND 64),
    quantity         integer     NOT NULL CHECK (quantity > 0),
    stage            text        NOT NULL REFERENCES production_stages (code),
    consumed_at      timestamptz,
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (task_id, material_sku, stage)
);
SELECT shopfloor_track('production_task_materials');

-- Every stage change of a task, timestamped: the task's timeline and the source of cycle-time metrics.
CREATE TABLE production_transitions (
    id               uuid        PRIMARY KEY,
    task_id          uuid        NOT NULL REFERENCES production_tasks (id) ON DELETE CASCADE,
    from_stage       text        REFERENCES production_stages (code),
    to_stage         text        NOT NULL REFERENCES production_stages (code),
    reason           text        NOT NULL CHECK (reason IN ('created', 'advance', 'qc_pass', 'rework', 'cancel')),
    -- When the task entered from_stage: to_stage's start is at, from_stage lasted at - from_entered_at.
    from_entered_at  timestamptz,
    actor_id         text        NOT NULL DEFAULT coalesce(nullif(current_setting('app.user_id', true), ''), 'unknown'),
    at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX production_transitions_task ON production_transitions (task_id, at);
CREATE INDEX production_transitions_at ON production_transitions (at);
REVOKE UPDATE ON production_transitions FROM ${app_role}, ${vendor_role};
SELECT shopfloor_track('production_transitions');

-- QC checkpoints. A failed check sends the task back to rework_stage.
CREATE TABLE production_qc_checks (
    id               uuid        PRIMARY KEY,
    task_id          uuid        NOT NULL REFERENCES production_tasks (id) ON DELETE CASCADE,
    stage            text        NOT NULL REFERENCES production_stages (code),
    passed           boolean     NOT NULL,
    inspected        integer     NOT NULL CHECK (inspected > 0),
    failed           integer     NOT NULL CHECK (failed >= 0 AND failed <= inspected),
    notes            text        CHECK (length(notes) <= 5000),
    rework_stage     text        REFERENCES production_stages (code),
    actor_id         text        NOT NULL DEFAULT coalesce(nullif(current_setting('app.user_id', true), ''), 'unknown'),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT production_qc_checks_rework CHECK (passed = (rework_stage IS NULL))
);
CREATE INDEX production_qc_checks_task ON production_qc_checks (task_id, created_at);
CREATE INDEX production_qc_checks_at ON production_qc_checks (created_at);
REVOKE UPDATE ON production_qc_checks FROM ${app_role}, ${vendor_role};
SELECT shopfloor_track('production_qc_checks');

-- Cost lines of a task; cost per unit and per order are sums of these, per currency.
CREATE TABLE production_costs (
    id               uuid          PRIMARY KEY,
    task_id          uuid          NOT NULL REFERENCES production_tasks (id) ON DELETE CASCADE,
    kind             text          NOT NULL CHECK (kind IN ('material', 'labour', 'outside', 'overhead')),
    description      text          CHECK (length(description) <= 500),
    amount           numeric(12,2) NOT NULL CHECK (amount >= 0),
    currency         char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    actor_id         text          NOT NULL DEFAULT coalesce(nullif(current_setting('app.user_id', true), ''), 'unknown'),
    version          integer       NOT NULL DEFAULT 1,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX production_costs_task ON production_costs (task_id);
SELECT shopfloor_track('production_costs');
