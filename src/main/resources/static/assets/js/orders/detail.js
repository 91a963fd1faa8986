// /admin/orders/{id}: one order, live. Status moves offered are exactly the order's allowedTransitions (the
// server's workflow); payments and shipments forms show the API's field errors; the history lists every change
// of the order, its lines, payments and shipments. Changes made anywhere else re-render the parts they touch.

import { get, post, request, withQuery } from '../api.js';
import { clearErrors, formValues, showErrors } from '../forms.js';
import { startLive } from '../live.js';
import { badge, dateTime, debounce, flash, fromTemplate, money, number, toast } from '../ui.js';
import { customerName, followRenames } from './customers.js';
import { available, itemPicker } from './items.js';

const main = document.getElementById('main');
const orderId = main.dataset.orderId;
const alertBox = document.getElementById('order-alert');
const transitions = document.querySelector('[data-transitions]');
const paymentForm = document.getElementById('payment-form');
const shipmentForm = document.getElementById('shipment-form');
const addForm = document.getElementById('add-line-form');
const drafts = new Map(); // order line id -> quantity typed into its field and not saved yet
const lineErrors = new Map(); // order line id -> the refusal shown under it

let order = null;
let shipLinesKey = null; // the open lines the shipment form was built for

const word = (status) => String(status ?? '').replaceAll('_', ' ');

// ---- rendering --------------------------------------------------------------------------------------------

function render(next, { highlight = false } = {}) {
  const before = order;
  order = next;
  document.title = `Order ${next.number} · Shopfloor`;
  const m = (value) => money(value, next.currency);
  const formats = {
    status: (status) => badge(status),
    paymentStatus: (status) => badge(status),
    createdAt: dateTime,
    holdExpiresAt: (value) => (value ? dateTime(value) : '—'),
    statusNote: (value) => value || '—',
    notes: (value) => value || '—',
    subtotal: m,
    shippingAmount: m,
    total: m,
    paidAmount: m,
    customerId: () => '…',
  };
  for (const el of main.querySelectorAll('header [data-field], #summary [data-field]')) {
    const old = el.textContent;
    const value = next[el.dataset.field];
    const shown = formats[el.dataset.field] ? formats[el.dataset.field](value, next) : value;
    if (shown instanceof Node) el.replaceChildren(shown);
    else el.textContent = shown ?? '';
    if (highlight && before && old !== el.textContent && el.dataset.field !== 'customerId') flash(el);
  }
  const customer = document.getElementById('customer-link');
  customer.href = `/admin/customers/${next.customerId}`;
  customerName(next.customerId).then((name) => (customer.textContent = name || next.customerId));

  renderItems(next, before, highlight);
  renderTransitions(next);
  prepareForms(next);
}

function renderItems(next, before, highlight) {
  const template = document.getElementById('item-row');
  const old = new Map((before?.items ?? []).map((item) => [item.id, item.version]));
  const rows = next.items.map((item) => {
    const row = fromTemplate(template, item, {
      quantity: number,
      shippedQuantity: number,
      unitPrice: (value) => money(value, next.currency),
      lineTotal: (value) => money(value, next.currency),
    });
    if (highlight && before && old.get(item.id) !== item.version) flash(row);
    prepareLineEditor(row, item, next);
    return row;
  });
  document.getElementById('items').replaceChildren(...rows);
  document.querySelectorAll('th.line-edit').forEach((th) => (th.hidden = !next.linesEditable));
  if (addForm) addForm.hidden = !next.linesEditable;
}

/** The quantity field of a line, while the order's lines may change (the order says so: linesEditable). */
function prepareLineEditor(row, item, next) {
  const cell = row.querySelector('td.line-edit');
  if (!cell) return;
  cell.hidden = !next.linesEditable;
  const input = cell.querySelector('.qty-input');
  const label = cell.querySelector('[data-qty-label]');
  input.id = `qty-${item.id}`;
  label.htmlFor = input.id;
  label.textContent = `New quantity of ${item.sku}`;
  input.min = String(Math.max(1, item.shippedQuantity));
  input.value = drafts.get(item.id) ?? String(item.quantity);
  input.addEventListener('input', () => drafts.set(item.id, input.value));
  cell.querySelector('[type=submit]').setAttribute('aria-label', `Save quantity of ${item.sku}`);
  const remove = cell.querySelector('[data-remove]');
  remove.setAttribute('aria-label', `Remove ${item.sku}`);
  remove.hidden = item.shippedQuantity > 0; // the API keeps shipped lines (409 line_shipped)
  remove.addEventListener('click', () => removeLine(item.id));
  cell.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    changeQuantity(item.id);
  });
  showLineError(cell, lineErrors.get(item.id));
}

function showLineError(cell, text) {
  const note = cell.querySelector('.line-error');
  const input = cell.querySelector('.qty-input');
  note.id = `${input.id}-error`;
  note.textContent = text ?? '';
  note.hidden = !text;
  cell.closest('tr').classList.toggle('short', Boolean(text));
  if (text) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', note.id);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

function renderTransitions(next) {
  if (!transitions) return;
  const buttons = next.allowedTransitions.map((status) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.status = status;
    button.textContent = `Move to ${word(status)}`;
    if (status === 'cancelled' || status === 'refunded') button.classList.add('danger');
    button.addEventListener('click', () => changeStatus(status, button));
    return button;
  });
  transitions.replaceChildren(...buttons);
  document.querySelector('[data-final]').hidden = buttons.length > 0;
}

function prepareForms(next) {
  if (paymentForm) {
    paymentForm.elements.currency.value = next.currency;
    const open = Math.max(0, Number(next.total) - Number(next.paidAmount));
    paymentForm.elements.amount.placeholder = open.toFixed(2);
  }
  if (shipmentForm) {
    const open = next.items.filter((item) => item.quantity > item.shippedQuantity);
    const key = open.map((item) => `${item.id}:${item.quantity - item.shippedQuantity}`).join(',');
    if (key === shipLinesKey) return; // keep what the user typed
    shipLinesKey = key;
    const fields = open.map((item) => {
      const field = document.createElement('div');
      field.className = 'field';
      const label = document.createElement('label');
      label.htmlFor = `ship-${item.id}`;
      label.textContent = `${item.sku} (open ${item.quantity - item.shippedQuantity})`;
      const input = document.createElement('input');
      input.id = `ship-${item.id}`;
      input.type = 'number';
      input.min = '1';
      input.max = String(item.quantity - item.shippedQuantity);
      input.dataset.itemId = item.id;
      field.append(label, input);
      return field;
    });
    shipmentForm.querySelector('[data-ship-lines]').replaceChildren(...fields);
    shipmentForm.hidden = fields.length === 0; // nothing left to ship
  }
}

function renderPayments(page) {
  const rows = page.items.map((payment) => row([
    [money(payment.amount, payment.currency), 'num'],
    [word(payment.method)],
    [badge(payment.refundedAt ? 'refunded' : payment.status)],
    [payment.reference ?? '', 'hide-phone'],
    [dateTime(payment.createdAt), 'hide-phone'],
  ]));
  document.getElementById('payments').replaceChildren(...rows);
  document.getElementById('payments-empty').hidden = rows.length > 0;
}

function renderShipments(page) {
  const skus = new Map((order?.items ?? []).map((item) => [item.id, item.sku]));
  const rows = page.items.map((shipment) => row([
    [shipment.carrier],
    [shipment.trackingNumber ?? '—'],
    [shipment.lines.map((l) => `${skus.get(l.orderItemId) ?? 'line'} × ${l.quantity}`).join(', ')],
    [dateTime(shipment.createdAt), 'hide-phone'],
  ]));
  document.getElementById('shipments').replaceChildren(...rows);
  document.getElementById('shipments-empty').hidden = rows.length > 0;
}

function renderHistory(page) {
  const items = page.items.map((entry) => {
    const li = document.createElement('li');
    const when = document.createElement('time');
    when.dateTime = entry.at;
    when.textContent = dateTime(entry.at);
    const what = document.createElement('span');
    what.className = 'what';
    const done = { insert: 'added', update: 'changed', delete: 'removed' }[entry.op] ?? entry.op;
    const whose = { orders: 'order', order_items: 'line', payments: 'payment', shipments: 'shipment' }[entry.topic] ?? entry.topic;
    what.textContent = ` ${whose} ${done}`;
    const changes = document.createElement('span');
    changes.className = 'changes';
    changes.textContent = describe(entry);
    li.append(when, what, changes);
    return li;
  });
  document.getElementById('history').replaceChildren(...items);
}

function describe(entry) {
  const shown = (value) => (value === null || value === undefined ? '—'
    : typeof value === 'object' ? JSON.stringify(value) : String(value));
  const interesting = entry.op === 'insert'
    ? entry.changes.filter((c) => ['status', 'number', 'sku', 'quantity', 'amount', 'method', 'carrier'].includes(c.field))
    : entry.changes;
  return interesting.length
    ? ': ' + interesting.map((c) => (entry.op === 'insert' ? `${c.field} ${shown(c.newValue)}`
      : `${c.field} ${shown(c.oldValue)} → ${shown(c.newValue)}`)).join(', ')
    : '';
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const [content, className] of cells) {
    const td = document.createElement('td');
    if (className) td.className = className;
    if (content instanceof Node) td.append(content);
    else td.textContent = content;
    tr.append(td);
  }
  return tr;
}

// ---- loading ----------------------------------------------------------------------------------------------

async function loadOrder(options) {
  try {
    render(await get(`/api/orders/${orderId}`), options);
  } catch (error) {
    showAlert(error.status === 404 ? 'This order does not exist (any more).' : error.message);
  }
}
const loadPayments = async () => renderPayments(await get(`/api/orders/${orderId}/payments`));
const loadShipments = async () => renderShipments(await get(`/api/orders/${orderId}/shipments`));
const loadHistory = async () => renderHistory(await get(withQuery(`/api/orders/${orderId}/history`, { limit: 100 })));

const loaders = { order: () => loadOrder({ highlight: true }), payments: loadPayments, shipments: loadShipments, history: loadHistory };
const stale = new Set();
const reloadStale = debounce(async () => {
  const parts = [...stale];
  stale.clear();
  // the order first: shipments show its lines' SKUs
  if (parts.includes('order')) await loaders.order();
  await Promise.all(parts.filter((p) => p !== 'order').map((p) => loaders[p]().catch(() => {})));
}, 60);

function reload(...parts) {
  parts.forEach((p) => stale.add(p));
  reloadStale();
}

// ---- writes -----------------------------------------------------------------------------------------------

async function changeStatus(status, button) {
  hideAlert();
  const base = order;
  const note = document.getElementById('status-note');
  transitions.querySelectorAll('button').forEach((b) => (b.disabled = true));
  try {
    const { body } = await request('PUT', `/api/orders/${orderId}/status`, {
      body: { status, note: note.value.trim() || null, version: base.version },
      ifMatch: base.version,
    });
    note.value = '';
    render(body);
    toast(`${body.number} is now ${word(body.status)}`, 'success');
    reload('history');
  } catch (error) {
    if (error.isConflict) await statusConflict(status, base);
    else showAlert(refusal(error));
  } finally {
    transitions.querySelectorAll('button').forEach((b) => (b.disabled = false));
  }
  if (button?.isConnected) button.focus();
}

/** Someone changed the order first: say what changed, and let the user take theirs or try the move again. */
async function statusConflict(status, base) {
  const theirs = await get(`/api/orders/${orderId}`);
  const changed = ['status', 'paymentStatus', 'total', 'paidAmount', 'statusNote']
    .filter((field) => JSON.stringify(base[field]) !== JSON.stringify(theirs[field]))
    .map((field) => `${field}: ${word(base[field]) || '—'} → ${word(theirs[field]) || '—'}`);
  render(theirs, { highlight: true });
  const text = `Someone else changed this order first (now version ${theirs.version}). `
    + (changed.length ? `Changed: ${changed.join('; ')}.` : 'Its lines or details changed.');
  const actions = [];
  if (theirs.allowedTransitions.includes(status)) {
    actions.push(['Move to ' + word(status) + ' anyway', () => changeStatus(status, null)]);
  }
  actions.push(['Keep their version', hideAlert]);
  showAlert(text, actions);
}

function refusal(error) {
  const p = error.problem ?? {};
  const codes = {
    invalid_transition: `Not allowed from here. Allowed: ${(p.allowed ?? []).map(word).join(', ') || 'none'}.`,
    production_open: 'Production is still open for this order: it can be ready or shipped once its tasks are done.',
    insufficient_stock: `Not enough stock: ${(p.lines ?? []).map((l) => `${l.sku} needs ${l.requested}, ${l.available} available`).join('; ')}.`,
  };
  return [error.message, codes[error.code]].filter(Boolean).join(' ');
}

function showAlert(text, actions = []) {
  alertBox.replaceChildren();
  const p = document.createElement('p');
  p.textContent = text;
  alertBox.append(p);
  if (actions.length) {
    const box = document.createElement('div');
    box.className = 'actions';
    for (const [label, act] of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => {
        hideAlert();
        act();
      });
      box.append(button);
    }
    alertBox.append(box);
  }
  alertBox.hidden = false;
}

function hideAlert() {
  alertBox.hidden = true;
  alertBox.replaceChildren();
}

paymentForm?.addEventListener('submit', async (e) => {
  e.preventDefault();
  clearErrors(paymentForm);
  const values = formValues(paymentForm);
  const submit = paymentForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    await post(`/api/orders/${orderId}/payments`, values, { idempotent: true });
    paymentForm.reset();
    toast('Payment recorded', 'success');
    reload('order', 'payments', 'history');
  } catch (error) {
    showErrors(paymentForm, error);
  } finally {
    submit.disabled = false;
    prepareForms(order);
  }
});

shipmentForm?.addEventListener('submit', async (e) => {
  e.preventDefault();
  clearErrors(shipmentForm);
  const { carrier, trackingNumber } = formValues(shipmentForm);
  const lines = [...shipmentForm.querySelectorAll('input[data-item-id]')]
    .filter((input) => input.value.trim() !== '')
    .map((input) => ({ orderItemId: input.dataset.itemId, quantity: Number(input.value) }));
  const body = { carrier, trackingNumber };
  if (lines.length) body.lines = lines;
  const submit = shipmentForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    await post(`/api/orders/${orderId}/shipments`, body, { idempotent: true });
    shipmentForm.reset();
    shipLinesKey = null;
    toast('Shipment recorded', 'success');
    reload('order', 'shipments', 'history');
  } catch (error) {
    showErrors(shipmentForm, error);
  } finally {
    submit.disabled = false;
  }
});

// ---- line edits ------------------------------------------------------------------------------------------

async function changeQuantity(itemId) {
  hideAlert();
  const base = order;
  const item = base.items.find((i) => i.id === itemId);
  const cell = document.querySelector(`#items tr[data-id="${itemId}"] td.line-edit`);
  if (!item || !cell) return;
  const input = cell.querySelector('.qty-input');
  const quantity = Number(input.value);
  lineErrors.delete(itemId);
  showLineError(cell, null);
  if (!Number.isInteger(quantity) || quantity < 1) {
    lineErrors.set(itemId, 'Enter a whole number, at least 1.');
    showLineError(cell, lineErrors.get(itemId));
    input.focus();
    return;
  }
  const button = cell.querySelector('[type=submit]');
  button.disabled = true;
  try {
    const { body } = await request('PUT', `/api/orders/${orderId}/items/${itemId}`, {
      body: { quantity, version: base.version },
      ifMatch: base.version,
    });
    drafts.delete(itemId);
    render(body);
    toast(`${item.sku}: quantity ${quantity} saved`, 'success');
    reload('history');
  } catch (error) {
    if (error.isConflict) {
      await lineConflict(base, `Your quantity ${quantity} for ${item.sku}`, () => changeQuantity(itemId));
      return;
    }
    lineErrors.set(itemId, lineRefusal(error, item.sku));
    const now = document.querySelector(`#items tr[data-id="${itemId}"] td.line-edit`);
    if (now) {
      showLineError(now, lineErrors.get(itemId));
      now.querySelector('.qty-input').focus();
    }
  } finally {
    if (button.isConnected) button.disabled = false;
  }
}

async function removeLine(itemId) {
  hideAlert();
  const base = order;
  const item = base.items.find((i) => i.id === itemId);
  if (!item) return;
  lineErrors.delete(itemId);
  try {
    const { body } = await request('DELETE', `/api/orders/${orderId}/items/${itemId}`, { ifMatch: base.version });
    drafts.delete(itemId);
    render(body);
    toast(`${item.sku} removed`, 'success');
    reload('history');
    document.getElementById('add-item-search')?.focus();
  } catch (error) {
    if (error.isConflict) {
      await lineConflict(base, `Removing ${item.sku}`, () => removeLine(itemId));
      return;
    }
    const refusals = { order_needs_lines: 'An order needs at least one line: cancel the order instead.' };
    lineErrors.set(itemId, refusals[error.code] ?? lineRefusal(error, item.sku));
    const now = document.querySelector(`#items tr[data-id="${itemId}"] td.line-edit`);
    if (now) showLineError(now, lineErrors.get(itemId));
  }
}

/** A refusal of a line change in words; insufficient_stock names what this SKU lacks. */
function lineRefusal(error, sku) {
  const p = error.problem ?? {};
  if (error.code === 'insufficient_stock') {
    const short = (p.lines ?? []).find((l) => String(l.sku).toUpperCase() === String(sku).toUpperCase());
    if (short) return `Not enough stock: ${short.requested} requested, only ${short.available} available.`;
  }
  const fields = (p.errors ?? []).map((e) => e.message);
  return [error.message, ...fields].filter(Boolean).join(' — ');
}

/** Someone changed the order first: say what, show theirs, keep what the user typed, retry only when asked. */
async function lineConflict(base, mine, retry) {
  const theirs = await get(`/api/orders/${orderId}`);
  const changes = whatChanged(base, theirs);
  render(theirs, { highlight: true });
  const text = `Someone else changed this order first (now version ${theirs.version}). ${mine} was not saved. `
    + (changes.length ? `Changed: ${changes.join('; ')}.` : 'Its details changed.');
  const actions = [];
  if (theirs.linesEditable) actions.push(['Save mine again', retry]);
  actions.push(['Keep their version', () => {
    drafts.clear();
    render(order);
  }]);
  showAlert(text, actions);
}

function whatChanged(base, theirs) {
  const out = ['status', 'total']
    .filter((f) => JSON.stringify(base[f]) !== JSON.stringify(theirs[f]))
    .map((f) => `${f}: ${word(base[f])} → ${word(theirs[f])}`);
  const old = new Map(base.items.map((i) => [i.id, i]));
  for (const item of theirs.items) {
    const was = old.get(item.id);
    if (!was) out.push(`${item.sku} added (${item.quantity})`);
    else if (was.quantity !== item.quantity) out.push(`${item.sku} quantity ${was.quantity} → ${item.quantity}`);
    old.delete(item.id);
  }
  old.forEach((item) => out.push(`${item.sku} removed`));
  return out;
}

let chosen = null; // the item picked for the add form: {sku, name, price, currency, fulfillment, available}

if (addForm) {
  itemPicker(document.getElementById('add-item-search'), document.getElementById('add-item-results'), (option) => {
    chosen = { ...option, available: null };
    addForm.elements.sku.value = option.sku;
    document.getElementById('add-chosen').textContent =
      `Chosen: ${option.sku} — ${option.name} — ${money(option.price, option.currency)}`;
    hideAddError();
    showAddAvailability();
    refreshChosen();
    addForm.elements.quantity.focus();
  });
  addForm.elements.quantity.addEventListener('input', () => {
    hideAddError();
    showAddAvailability();
  });
  addForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    await addItem();
  });
}

async function refreshChosen() {
  if (!chosen) return;
  const sku = chosen.sku;
  let now;
  try {
    now = await available(sku, chosen.fulfillment);
  } catch {
    return;
  }
  if (chosen?.sku !== sku) return; // another item was picked meanwhile
  const changed = chosen.available !== null && chosen.available !== now;
  chosen.available = now;
  showAddAvailability();
  if (changed) flash(document.getElementById('add-available'));
}

function showAddAvailability() {
  const box = document.getElementById('add-available');
  if (!chosen) {
    box.textContent = '';
    return;
  }
  if (chosen.fulfillment !== 'stock') box.textContent = 'made to order';
  else box.textContent = chosen.available === null ? '…' : `${chosen.available} available`;
  const wanted = Number(addForm.elements.quantity.value || 0);
  box.classList.toggle('low', chosen.available !== null && wanted > chosen.available);
}

function showAddError(text) {
  const note = document.getElementById('add-error');
  note.textContent = text;
  note.hidden = false;
  addForm.elements.quantity.setAttribute('aria-invalid', 'true');
}

function hideAddError() {
  const note = document.getElementById('add-error');
  note.hidden = true;
  note.textContent = '';
  addForm.elements.quantity.removeAttribute('aria-invalid');
}

async function addItem() {
  hideAlert();
  clearErrors(addForm);
  hideAddError();
  if (!chosen) {
    showAddError('Pick an item first.');
    document.getElementById('add-item-search').focus();
    return;
  }
  const base = order;
  const quantity = Number(addForm.elements.quantity.value);
  const submit = addForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    const { body } = await request('POST', `/api/orders/${orderId}/items`, {
      body: { sku: chosen.sku, quantity, version: base.version },
      ifMatch: base.version,
    });
    toast(`${chosen.sku} × ${quantity} added`, 'success');
    chosen = null;
    addForm.reset();
    addForm.elements.sku.value = '';
    document.getElementById('add-chosen').textContent = 'No item chosen yet: search above and pick one.';
    showAddAvailability();
    render(body);
    reload('history');
    document.getElementById('add-item-search').focus();
  } catch (error) {
    if (error.isConflict) {
      await lineConflict(base, `Adding ${chosen.sku} × ${quantity}`, addItem);
    } else if (error.code === 'insufficient_stock') {
      showAddError(lineRefusal(error, chosen.sku));
      refreshChosen();
      addForm.elements.quantity.focus();
    } else {
      showErrors(addForm, error);
    }
  } finally {
    submit.disabled = false;
  }
}

// ---- live -------------------------------------------------------------------------------------------------

const live = startLive(['orders', 'order_items', 'payments', 'shipments', 'customers',
  ...(addForm ? ['stock_levels', 'stock_reservations'] : [])]);
const mine = (event) => event.data?.orderId === orderId;
live.on('orders', (event) => {
  if (event.id !== orderId) return;
  if (event.op === 'delete') showAlert('This order was deleted.');
  else if (!order || event.version === null || event.version > order.version) reload('order', 'history');
});
live.on('order_items', (event) => mine(event) && reload('order', 'history'));
live.on('payments', (event) => mine(event) && reload('payments', 'history'));
live.on('shipments', (event) => mine(event) && reload('shipments', 'history'));
live.onResync(() => reload('order', 'payments', 'shipments', 'history'));
// the chosen item's availability follows stock changes anywhere
const stockChanged = (event) => chosen && String(event.data?.sku ?? '').toUpperCase() === chosen.sku.toUpperCase()
  && refreshChosen();
live.on('stock_levels', stockChanged);
live.on('stock_reservations', stockChanged);
followRenames(live, (id, name) => {
  if (id !== order?.customerId) return;
  const link = document.getElementById('customer-link');
  link.textContent = name;
  flash(link);
});

await live.ready;
await loadOrder();
if (order) await Promise.all([loadPayments(), loadShipments(), loadHistory()]).catch((error) => toast(error.message, 'error'));
