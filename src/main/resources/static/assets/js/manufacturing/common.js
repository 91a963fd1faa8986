// What the manufacturing pages share: the stages (data, read from the API: no stage name is hard-coded),
// manufacturer names, the queue's priority order, and where a task may be moved by hand.

import { get, withQuery } from '../api.js';
import { badge } from '../ui.js';

export const PRIORITY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 };

/** Stages by position (GET /api/production/stages answers them in that order). */
export async function loadStages() {
  const stages = await get('/api/production/stages');
  const list = Array.isArray(stages) ? stages : stages.items;
  return [...list].sort((a, b) => a.position - b.position);
}

/** Every manufacturer (active or not) as id -> manufacturer, following nextCursor. */
export async function loadManufacturers() {
  const byId = new Map();
  let cursor = null;
  do {
    const page = await get(withQuery('/api/manufacturers', { limit: 200, cursor }));
    page.items.forEach((m) => byId.set(m.id, m));
    cursor = page.nextCursor;
  } while (cursor);
  return byId;
}

/**
 * The stages a task can be moved to by hand: later ones, up to and including the first qc stage (a qc stage is
 * left only by a QC check, and never skipped). The API checks this again, with the design and assignment rules.
 */
export function moveTargets(stages, task) {
  if (task.status !== 'open') return [];
  const current = stages.find((s) => s.code === task.stage);
  if (!current || current.kind === 'qc' || current.kind === 'done') return [];
  const targets = [];
  for (const stage of stages) {
    if (stage.position <= current.position) continue;
    targets.push(stage);
    if (stage.kind === 'qc') break;
  }
  return targets;
}

/** Queue order: priority, due date (none last), then id (UUIDv7: older first). */
export function queueOrder(a, b) {
  return (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9)
    || (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99')
    || a.id.localeCompare(b.id);
}

export function priorityBadge(priority) {
  const span = badge(priority);
  span.classList.add(`priority-${priority}`);
  return span;
}

export function stageName(stages, code) {
  return stages.find((s) => s.code === code)?.name ?? code;
}

/** today (UTC) as YYYY-MM-DD, the API's notion of "overdue". */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

/** A problem+json refusal in words a person can act on. */
export function refusal(error) {
  const hints = {
    design_not_approved: 'the design is not approved yet',
    not_assigned: 'no manufacturer is assigned yet',
    qc_required: 'a QC stage is left only by a QC check (record it on the task page)',
    insufficient_stock: 'not enough material in stock',
    location_required: 'the task needs a location to draw materials from',
    invalid_stage_move: 'tasks move forward only',
    task_closed: 'the task is done or cancelled',
  };
  const hint = hints[error.code];
  return hint ? `${hint} — ${error.message}` : error.message;
}
