// The production board: a column per stage (from /api/production/stages), a card per task. Moving a card (drag
// and drop, or the card's "Move to" control) is a stage move through the API; a refusal is shown and the card
// stays where it was. Live: production_tasks events re-fetch that task and put its card where it now belongs
// (with a flash); design_tasks events refresh the cards of that design; stages and manufacturers reload.

import { get, request, withQuery } from '../api.js';
import { readFiltersFromAddress, writeFiltersToAddress } from '../list.js';
import { startLive } from '../live.js';
import { badge, date, debounce, flash, fromTemplate, toast } from '../ui.js';
import {
  loadManufacturers, loadStages, moveTargets, priorityBadge, queueOrder, refusal, stageName, todayUtc,
} from './common.js';

const live = startLive(['production_tasks', 'design_tasks', 'production_stages', 'manufacturers']);
const board = document.getElementById('board');
const filters = document.getElementById('board-filters');
const message = document.getElementById('board-message');
const columnTemplate = document.getElementById('column-template');
const cardTemplate = document.getElementById('card-template');
const canEdit = document.body.classList.contains('can-edit');
const PER_COLUMN = 100;
const DONE_SHOWN = 25;

let stages = [];
let makers = new Map();
const tasks = new Map(); // id -> the task as last fetched, for the cards on the board
const pending = new Set();
const refreshSoon = debounce(() => refreshPending(), 50);

live.on('production_tasks', (event) => {
  pending.add(event.id);
  refreshSoon();
});
live.on('design_tasks', (event) => {
  for (const task of tasks.values()) if (task.designTaskId === event.id) pending.add(task.id);
  refreshSoon();
});
live.on('production_stages', debounce(() => start(), 200));
live.on('manufacturers', debounce(async () => {
  makers = await loadManufacturers();
  fillManufacturerFilter();
  for (const task of tasks.values()) place(task, false);
}, 200));
live.onResync(() => loadAll());

readFiltersFromAddress(filters);
filters.addEventListener('submit', (e) => e.preventDefault());
filters.addEventListener('input', debounce(() => {
  writeFiltersToAddress(filters);
  loadAll();
}, 250));

await live.ready;
await start();

async function start() {
  try {
    [stages, makers] = await Promise.all([loadStages(), loadManufacturers()]);
  } catch (error) {
    toast(error.message, 'error');
    return;
  }
  fillManufacturerFilter();
  board.replaceChildren(...stages.map(columnFor));
  await loadAll();
}

function columnFor(stage) {
  const column = fromTemplate(columnTemplate, stage);
  delete column.dataset.id;
  column.dataset.stage = stage.code;
  column.dataset.kind = stage.kind;
  column.setAttribute('aria-label', `${stage.name} stage`);
  column.querySelector('.cards').setAttribute('aria-label', `Tasks in ${stage.name}`);
  if (canEdit) acceptDrops(column, stage);
  return column;
}

function statusFor(stage) {
  const chosen = filters.elements.status.value;
  if (chosen === 'all') return undefined;
  if (chosen) return chosen;
  return stage.kind === 'done' ? 'done' : 'open';
}

/** Every column's tasks (one request per stage, in parallel); replaces what the board showed. */
async function loadAll() {
  board.setAttribute('aria-busy', 'true');
  const manufacturerId = filters.elements.manufacturerId.value || undefined;
  const q = filters.elements.q.value.trim() || undefined;
  try {
    const pages = await Promise.all(stages.map((stage) => get(withQuery('/api/production/tasks', {
      stage: stage.code,
      status: statusFor(stage),
      manufacturerId,
      q,
      limit: stage.kind === 'done' && !filters.elements.status.value ? DONE_SHOWN : PER_COLUMN,
    }))));
    tasks.clear();
    stages.forEach((stage, i) => {
      const list = columnOf(stage.code).querySelector('.cards');
      const items = [...pages[i].items].sort(queueOrder);
      items.forEach((task) => tasks.set(task.id, task));
      list.replaceChildren(...items.map(cardFor));
    });
    updateCounts();
  } catch (error) {
    toast(error.message, 'error');
  } finally {
    board.removeAttribute('aria-busy');
  }
}

function columnOf(code) {
  return board.querySelector(`.column[data-stage="${CSS.escape(code)}"]`);
}

function cardOf(id) {
  return board.querySelector(`.task-card[data-id="${CSS.escape(id)}"]`);
}

function matches(task) {
  const stage = stages.find((s) => s.code === task.stage);
  if (!stage) return false;
  const status = statusFor(stage);
  if (status && task.status !== status) return false;
  const manufacturerId = filters.elements.manufacturerId.value;
  if (manufacturerId && task.manufacturerId !== manufacturerId) return false;
  const q = filters.elements.q.value.trim().toLowerCase();
  return !q || [task.number, task.name, task.sku].some((v) => v?.toLowerCase().includes(q));
}

async function refreshPending() {
  const ids = [...pending];
  pending.clear();
  await Promise.all(ids.map(async (id) => {
    let task;
    try {
      task = await get(`/api/production/tasks/${id}`);
    } catch (error) {
      if (error.status === 404) remove(id);
      return;
    }
    const shown = tasks.get(id);
    if (shown && shown.version > task.version) return; // an older answer overtaken by a newer one
    if (matches(task)) place(task, true);
    else remove(id);
  }));
}

/** Puts the task's card in its stage's column at its queue position (a new card is inserted in place). */
function place(task, highlight) {
  tasks.set(task.id, task);
  const old = cardOf(task.id);
  const hadFocus = old?.contains(document.activeElement);
  const card = cardFor(task);
  old?.remove();
  const list = columnOf(task.stage)?.querySelector('.cards');
  if (!list) return;
  const before = [...list.children].find((other) => queueOrder(task, tasks.get(other.dataset.id) ?? task) < 0);
  list.insertBefore(card, before ?? null);
  updateCounts();
  if (highlight) flash(card);
  if (hadFocus) card.querySelector('.task-link').focus();
  return card;
}

function remove(id) {
  tasks.delete(id);
  cardOf(id)?.remove();
  updateCounts();
}

function cardFor(task) {
  const card = fromTemplate(cardTemplate, task, {
    priority: (value) => priorityBadge(value),
    dueDate: (value) => (value ? date(value) : '—'),
    manufacturerId: (value) => (value ? makers.get(value)?.name ?? '…' : 'not assigned'),
    orderId: (value) => orderLink(value),
    marks: (_, item) => marks(item),
  });
  card.dataset.id = task.id;
  card.dataset.stage = task.stage;
  const link = card.querySelector('.task-link');
  link.href = `/admin/manufacturing/tasks/${task.id}`;
  link.setAttribute('aria-label', `${task.number}: ${task.name}`);
  if (task.dueDate && task.dueDate < todayUtc() && task.status === 'open') card.classList.add('overdue');
  const move = card.querySelector('.move');
  if (move) setUpMove(card, move, task);
  return card;
}

function orderLink(orderId) {
  if (!orderId) return 'stock run';
  const a = document.createElement('a');
  a.href = `/admin/orders/${orderId}`;
  a.textContent = 'order';
  return a;
}

function marks(task) {
  const box = document.createDocumentFragment();
  if (task.status !== 'open') box.append(badge(task.status));
  if (task.designStatus && task.designStatus !== 'approved') {
    const design = badge(task.designStatus);
    design.textContent = `design ${design.textContent}`;
    box.append(design);
  }
  if (stages.find((s) => s.code === task.stage)?.kind === 'qc' && task.status === 'open') {
    const qc = badge('qc');
    qc.textContent = 'QC check due';
    qc.classList.add('mark-qc');
    box.append(qc);
  }
  if (task.reworkCount > 0) {
    const rework = badge('rework');
    rework.textContent = `rework ×${task.reworkCount}`;
    rework.classList.add('mark-rework');
    box.append(rework);
  }
  if (task.dueDate && task.dueDate < todayUtc() && task.status === 'open') {
    const late = badge('overdue');
    late.textContent = 'overdue';
    late.classList.add('mark-overdue');
    box.append(late);
  }
  const wrap = document.createElement('span');
  wrap.append(box);
  return wrap;
}

/** The keyboard way to move: a labelled select of the stages a move may go to, and a Move button. */
function setUpMove(card, move, task) {
  const targets = moveTargets(stages, task);
  if (!targets.length) {
    move.remove();
    return;
  }
  card.draggable = true;
  card.addEventListener('dragstart', (e) => {
    e.dataTransfer.setData('text/x-task-id', task.id);
    e.dataTransfer.effectAllowed = 'move';
    card.classList.add('dragging');
  });
  card.addEventListener('dragend', () => card.classList.remove('dragging'));
  const select = move.querySelector('select');
  const label = move.querySelector('label');
  select.id = `move-${task.id}`;
  label.htmlFor = select.id;
  label.textContent = `Move ${task.number} to`;
  label.classList.add('visually-hidden');
  for (const stage of targets) select.append(new Option(stage.name, stage.code));
  move.querySelector('button').addEventListener('click', () => moveTask(task.id, select.value));
}

function acceptDrops(column, stage) {
  column.addEventListener('dragover', (e) => {
    if (!e.dataTransfer.types.includes('text/x-task-id')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    column.classList.add('drop-target');
  });
  column.addEventListener('dragleave', (e) => {
    if (!column.contains(e.relatedTarget)) column.classList.remove('drop-target');
  });
  column.addEventListener('drop', (e) => {
    e.preventDefault();
    column.classList.remove('drop-target');
    const id = e.dataTransfer.getData('text/x-task-id');
    if (id && tasks.get(id)?.stage !== stage.code) moveTask(id, stage.code);
  });
}

/** PUT {stage} with the card's version; on success the card moves, on a refusal it stays and says why. */
async function moveTask(id, stageCode) {
  const task = tasks.get(id);
  if (!task) return;
  const card = cardOf(id);
  card?.setAttribute('aria-busy', 'true');
  try {
    const { body } = await request('PUT', `/api/production/tasks/${id}`, {
      body: { stage: stageCode, version: task.version },
      ifMatch: task.version,
    });
    showMessage('');
    if (matches(body)) place(body, true);
    else remove(id);
    toast(`${body.number} moved to ${stageName(stages, body.stage)}`, 'success');
  } catch (error) {
    if (error.isConflict) {
      showMessage(`${task.number} was changed by someone else meanwhile; its card now shows the latest. Try again.`);
      pending.add(id);
      refreshSoon();
    } else {
      showMessage(`${task.number} was not moved to ${stageName(stages, stageCode)}: ${refusal(error)}`);
    }
    card?.removeAttribute('aria-busy');
  }
}

function showMessage(text) {
  message.textContent = text;
  message.hidden = !text;
}

function updateCounts() {
  for (const column of board.querySelectorAll('.column')) {
    const cards = column.querySelectorAll('.task-card').length;
    column.querySelector('.column-count').textContent = String(cards);
    column.querySelector('.column-empty').hidden = cards > 0;
  }
}

function fillManufacturerFilter() {
  const select = filters.elements.manufacturerId;
  const chosen = select.value || new URLSearchParams(location.search).get('manufacturerId') || '';
  const options = [...makers.values()].sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => new Option(m.active ? m.name : `${m.name} (inactive)`, m.id));
  select.replaceChildren(new Option('All manufacturers', ''), ...options);
  select.value = chosen;
}
