// One purchase order: its lines, receiving (everything or what was entered per line) and, for managers, the
// status moves a person may make, and editing a draft (dates, notes, lines) with the shared EditForm (If-Match,
// conflict dialog). Live through purchase_orders: a change saved anywhere redraws it with a flash; an open edit
// keeps the user's typing and notes that the order changed.

import { post, request } from '../api.js';
import { clearErrors, EditForm, showErrors } from '../forms.js';
import { startLive } from '../live.js';
import { badge, date, dateTime, fill, flash, fromTemplate, money, showFailure, toast } from '../ui.js';
import { locationName, vendorName } from './common.js';

const section = document.getElementById('po');
const id = section.dataset.id;
const path = `/api/inventory/purchase-orders/${id}`;
const form = document.getElementById('receive-form');
const lineTemplate = document.getElementById('po-line-row');
const receivable = new Set(['ordered', 'partially_received']);
const nextByPerson = { draft: ['ordered', 'cancelled'], ordered: ['cancelled'], partially_received: ['cancelled'] };
let order;

/** The draft's edit form: its line inputs are drawn for the resource before the shared fillForm fills them. */
class DraftForm extends EditForm {
  show(resource) {
    editLines.replaceChildren();
    resource.lines.forEach(() => addEditLine());
    super.show(resource);
  }
}

const editSection = document.getElementById('po-edit-section');
const editLines = document.getElementById('po-edit-lines');
const lineInputs = document.getElementById('po-line-inputs');
let lineSeq = 0;

/** Names the line inputs lines[i].field, so the API's field errors (lines[1].quantity) land under them. */
function renumberEditLines() {
  [...editLines.children].forEach((line, i) => {
    for (const input of line.querySelectorAll('[data-name]')) input.name = `lines[${i}].${input.dataset.name}`;
    line.querySelector('[data-remove]').setAttribute('aria-label', `Remove line ${i + 1}`);
  });
}

function addEditLine() {
  const line = lineInputs.content.firstElementChild.cloneNode(true);
  const n = ++lineSeq;
  for (const input of line.querySelectorAll('[data-name]')) input.id = `po-edit-line-${n}-${input.dataset.name}`;
  for (const label of line.querySelectorAll('[data-for]')) label.htmlFor = `po-edit-line-${n}-${label.dataset.for}`;
  line.querySelector('[data-remove]').addEventListener('click', () => {
    line.remove();
    renumberEditLines();
  });
  editLines.append(line);
  renumberEditLines();
  return line;
}

const draftForm = editSection && new DraftForm(document.getElementById('po-edit'), {
  path,
  fields: ['expectedAt', 'currency', 'notes', 'lines'],
  toBody: (values) => ({
    expectedAt: values.expectedAt,
    currency: values.currency?.toUpperCase() ?? null,
    notes: values.notes,
    lines: (values.lines ?? []).map((l) => ({ sku: l.sku, quantity: l.quantity, unitCost: l.unitCost })),
  }),
  onSaved: (saved) => show(saved, true),
});
document.getElementById('po-edit-add-line')?.addEventListener('click', () => addEditLine().querySelector('input').focus());

const live = startLive(['purchase_orders']);
await live.ready;

async function load({ highlight = false } = {}) {
  try {
    show((await request('GET', path)).body, highlight);
  } catch (error) {
    showFailure(error);
  }
}

function show(fresh, highlight) {
  order = fresh;
  document.title = `${order.number} · Shopfloor`;
  document.getElementById('po-number').textContent = `Purchase order ${order.number}`;
  document.getElementById('po-status').replaceChildren(badge(order.status));
  fill(section, order, {
    vendorId: () => '',
    locationId: () => '',
    expectedAt: (day) => (day ? date(`${day}T00:00`) : '—'), // a calendar day, not an instant
    createdAt: dateTime,
    notes: (notes) => notes ?? '—',
    currency: (currency) => currency ?? '—',
  });
  vendorName(order.vendorId).then((name) => (section.querySelector('[data-field="vendorId"]').textContent = name || '—'));
  locationName(order.locationId).then((name) => (section.querySelector('[data-field="locationId"]').textContent = name));

  const canReceive = receivable.has(order.status);
  const rows = order.lines.map((line) => {
    const row = fromTemplate(lineTemplate, line, { unitCost: (cost) => (cost == null ? '' : money(cost, order.currency)) });
    const input = row.querySelector('[data-receive]');
    if (input) {
      input.id = `receive-${line.id}`;
      input.name = `line-${line.id}`;
      input.max = line.outstandingQuantity;
      input.value = canReceive ? line.outstandingQuantity : '';
      input.disabled = !canReceive || line.outstandingQuantity === 0;
      const label = row.querySelector('[data-label]');
      label.htmlFor = input.id;
      label.textContent = `Receive now: ${line.sku}`;
      input.dataset.lineId = line.id;
    }
    return row;
  });
  document.getElementById('po-lines').replaceChildren(...rows);
  // the "Receive now" column only while the order can be received (not for drafts, received or cancelled orders)
  form.querySelectorAll('[data-receive-column], [data-receive-cell]').forEach((el) => (el.hidden = !canReceive));
  const actions = form.querySelector('[data-receive-actions]');
  if (actions) actions.hidden = !canReceive;
  for (const button of document.querySelectorAll('button[data-status]')) {
    button.hidden = !(nextByPerson[order.status] ?? []).includes(button.dataset.status);
  }
  if (draftForm) {
    editSection.hidden = order.status !== 'draft';
    // the form is filled once; later changes made elsewhere show its stale notice instead of replacing the typing
    if (order.status === 'draft' && !draftForm.loaded) draftForm.show(order);
  }
  if (highlight) {
    flash(section);
    rows.forEach(flash);
  }
}

async function receive(all) {
  clearErrors(form);
  const lines = all ? [] : [...form.querySelectorAll('input[data-receive]:not(:disabled)')]
    .filter((input) => input.value.trim() !== '' && Number(input.value) !== 0)
    .map((input) => ({ lineId: input.dataset.lineId, quantity: Number(input.value) }));
  if (!all && lines.length === 0) {
    showErrors(form, { message: 'Enter a quantity to receive on at least one line.', problem: {} });
    return;
  }
  const buttons = form.querySelectorAll('button');
  buttons.forEach((b) => (b.disabled = true));
  try {
    const saved = await post(`${path}/receive`, all ? {} : { lines }, { idempotent: true });
    show(saved, false);
    toast(`Received on ${saved.number}: now ${saved.status.replaceAll('_', ' ')}`, 'success');
  } catch (error) {
    showErrors(form, error);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  receive(false);
});
document.getElementById('receive-all')?.addEventListener('click', () => receive(true));

const statusLabels = { ordered: 'Mark as ordered', cancelled: 'Cancel order' };
const alertBox = document.getElementById('po-alert');

async function changeStatus(status, button) {
  if (status === 'cancelled' && !confirm(`Cancel ${order.number}? This cannot be undone.`)) return;
  hideAlert();
  const base = order;
  const buttons = document.querySelectorAll('button[data-status]');
  buttons.forEach((b) => (b.disabled = true));
  try {
    const { body } = await request('PUT', `${path}/status`, {
      body: { status, version: base.version },
      ifMatch: base.version,
    });
    show(body, false);
    toast(`${body.number} is now ${status}`, 'success');
  } catch (error) {
    if (error.isConflict) await statusConflict(status, base);
    else showFailure(error);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
  if (button?.isConnected && !button.hidden) button.focus();
}

/** Someone changed the order first: say what changed, show theirs, and let the user repeat the move or reload. */
async function statusConflict(status, base) {
  const theirs = (await request('GET', path)).body;
  const lines = (o) => o.lines.map((l) => `${l.sku} × ${l.quantity} (${l.receivedQuantity} received)`).join(', ');
  const changed = ['status', 'expectedAt', 'notes', 'currency']
    .filter((field) => JSON.stringify(base[field]) !== JSON.stringify(theirs[field]))
    .map((field) => `${field}: ${word(base[field])} → ${word(theirs[field])}`);
  if (lines(base) !== lines(theirs)) changed.push(`lines: ${lines(base)} → ${lines(theirs)}`);
  show(theirs, true);
  const text = `Someone else changed this order first (now ${word(theirs.status)}, version ${theirs.version}; `
    + `you saw version ${base.version}). `
    + (changed.length ? `Changed: ${changed.join('; ')}.` : 'Its details changed.')
    + ' Your change was not saved.';
  const actions = [];
  if ((nextByPerson[theirs.status] ?? []).includes(status)) {
    actions.push([`${statusLabels[status]} again`, () => changeStatus(status, null), 'primary']);
  }
  actions.push(['Reload', () => load({ highlight: true })]);
  showAlert(text, actions);
}

function word(value) {
  return value === null || value === undefined || value === '' ? '—' : String(value).replaceAll('_', ' ');
}

function showAlert(text, actions) {
  const p = document.createElement('p');
  p.textContent = text;
  const box = document.createElement('div');
  box.className = 'actions';
  for (const [label, act, style] of actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    if (style) button.className = style;
    button.addEventListener('click', () => {
      hideAlert();
      act();
    });
    box.append(button);
  }
  alertBox.replaceChildren(p, box);
  alertBox.hidden = false;
  box.querySelector('button')?.focus();
}

function hideAlert() {
  alertBox.hidden = true;
  alertBox.replaceChildren();
}

for (const button of document.querySelectorAll('button[data-status]')) {
  button.addEventListener('click', () => changeStatus(button.dataset.status, button));
}

live.on('purchase_orders', (event) => {
  if (event.id !== id) return;
  if (order && event.version !== null && event.version <= order.version) return;
  load({ highlight: true });
});
draftForm?.watch(live, 'purchase_orders');
live.onResync(() => load());
await load();
