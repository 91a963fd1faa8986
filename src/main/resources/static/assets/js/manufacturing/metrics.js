// Production metrics (GET /api/production/metrics) for a range of UTC days, and the head of the queue
// (GET /api/production/queue). Live: production_tasks, transitions, QC checks and costs refresh both, debounced
// (a burst of changes costs one reload).

import { get, withQuery } from '../api.js';
import { startLive } from '../live.js';
import { date, debounce, flash, money, number, toast } from '../ui.js';
import { loadManufacturers, priorityBadge } from './common.js';

const live = startLive(['production_tasks', 'production_transitions', 'production_qc_checks', 'production_costs',
  'manufacturers']);
const form = document.getElementById('metrics-filters');
const errorBox = document.getElementById('metrics-error');
const $ = (id) => document.getElementById(id);
const QUEUE_SHOWN = 10;
let stageNames = new Map();

const refreshSoon = debounce(() => load(true), 400);
for (const topic of ['production_tasks', 'production_transitions', 'production_qc_checks', 'production_costs']) {
  live.on(topic, refreshSoon);
}
live.on('manufacturers', debounce(() => fillManufacturers(), 300));
live.onResync(() => load(false));

const query = new URLSearchParams(location.search);
const today = new Date();
form.elements.to.value = query.get('to') ?? today.toISOString().slice(0, 10);
form.elements.from.value = query.get('from')
  ?? new Date(today.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('input', debounce(() => {
  const params = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
  history.replaceState(null, '', withQuery(location.pathname, params));
  load(false);
}, 250));

await live.ready;
await fillManufacturers();
await load(false);

async function fillManufacturers() {
  const select = form.elements.manufacturerId;
  const chosen = select.value || query.get('manufacturerId') || '';
  const makers = await loadManufacturers();
  select.replaceChildren(new Option('All manufacturers', ''), ...[...makers.values()]
    .sort((a, b) => a.name.localeCompare(b.name)).map((m) => new Option(m.name, m.id)));
  select.value = chosen;
}

async function load(highlight) {
  const { from, to, manufacturerId } = Object.fromEntries(new FormData(form));
  try {
    const [report, queue] = await Promise.all([
      get(withQuery('/api/production/metrics', { from, to, manufacturerId })),
      get(withQuery('/api/production/queue', { manufacturerId, limit: QUEUE_SHOWN })),
    ]);
    errorBox.hidden = true;
    render(report, queue, highlight);
  } catch (error) {
    errorBox.textContent = error.message;
    errorBox.hidden = false;
    if (error.status >= 500) toast(error.message, 'error');
  }
}

function render(report, queue, highlight) {
  stageNames = new Map(report.workInProgress.map((s) => [s.stage, s.name]));
  const stats = {
    'stat-wip': number(report.workInProgress.reduce((sum, s) => sum + s.tasks, 0)),
    'stat-throughput': number(report.throughput.reduce((sum, d) => sum + d.units, 0)),
    'stat-ontime': rate(report.onTime.rate),
    'stat-ontime-detail': `(${report.onTime.onTime} of ${report.onTime.due} with a due date)`,
    'stat-fpy': rate(report.qcFirstPassYield.rate),
    'stat-fpy-detail': `(${report.qcFirstPassYield.passedFirst} of ${report.qcFirstPassYield.firstChecks} first checks)`,
    'stat-cost': report.costPerUnit.length
      ? report.costPerUnit.map((c) => money(c.perUnit, c.currency)).join(' · ')
      : '—',
  };
  for (const [id, text] of Object.entries(stats)) {
    const el = $(id);
    if (el.textContent !== text) {
      el.textContent = text;
      if (highlight) flash(el.closest('.card'));
    }
  }
  replaceRows('wip-rows', report.workInProgress.map((s) => [s.name, num(s.tasks), num(s.units)]), highlight);
  replaceRows('cycle-rows', report.cycleTime.map((s) => [s.name, num(s.visits),
    num(s.averageHours === null ? '—' : Number(s.averageHours).toFixed(2))]), highlight);
  const most = Math.max(1, ...report.throughput.map((d) => d.units));
  const finished = [...report.throughput].reverse().filter((d) => d.tasks > 0);
  replaceRows('throughput-rows', finished.map((d) => [date(d.date), num(d.tasks),
    num(d.units), { node: bar(d.units / most), className: 'hide-phone' }]), highlight);
  $('throughput-empty').hidden = finished.length > 0;
  replaceRows('queue-rows', queue.items.map((t) => [
    { node: link(t) }, { node: priorityBadge(t.priority) },
    { text: t.dueDate ? date(t.dueDate) : '—', className: t.overdue ? 'low' : '' },
    stageNames.get(t.stage) ?? t.stage, { text: t.manufacturerName ?? 'not assigned', className: 'hide-phone' },
  ]), highlight);
}

function rate(value) {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`;
}

function num(value) {
  return { text: typeof value === 'number' ? number(value) : String(value), className: 'num' };
}

function bar(share) {
  const div = document.createElement('div');
  div.className = 'bar';
  div.style.width = `${Math.round(share * 100)}%`;
  div.setAttribute('aria-hidden', 'true');
  return div;
}

function link(task) {
  const a = document.createElement('a');
  a.href = `/admin/manufacturing/tasks/${task.id}`;
  a.textContent = `${task.number} ${task.name}`;
  return a;
}

/** Replaces a table's rows; with highlight, the rows whose text changed flash. */
function replaceRows(id, rows, highlight) {
  const tbody = $(id);
  const before = [...tbody.rows].map((tr) => tr.textContent);
  tbody.replaceChildren(...rows.map((cells) => {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      if (typeof cell === 'string') td.textContent = cell;
      else {
        if (cell.node) td.append(cell.node);
        else td.textContent = cell.text;
        if (cell.className) td.className = cell.className;
      }
      tr.append(td);
    }
    return tr;
  }));
  if (highlight) [...tbody.rows].forEach((tr, i) => tr.textContent !== before[i] && flash(tr));
}
