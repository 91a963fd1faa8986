// One purchase order: its lines, receiving (everything or what was entered per line) and, for managers, the
// status moves a person may make. Live through purchase_orders: a change saved anywhere redraws it with a flash.

import { post, request } from '../api.js';
import { clearErrors, showErrors } from '../forms.js';
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
  const actions = form.querySelector('[data-receive-actions]');
  if (actions) actions.hidden = !canReceive;
  for (const button of document.querySelectorAll('button[data-status]')) {
    button.hidden = !(nextByPerson[order.status] ?? []).includes(button.dataset.status);
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

for (const button of document.querySelectorAll('button[data-status]')) {
  button.addEventListener('click', async () => {
    const status = button.dataset.status;
    if (status === 'cancelled' && !confirm(`Cancel ${order.number}? This cannot be undone.`)) return;
    button.disabled = true;
    try {
      const { body } = await request('PUT', `${path}/status`, { body: { status, version: order.version } });
      show(body, false);
      toast(`${body.number} is now ${status}`, 'success');
    } catch (error) {
      if (error.isConflict) {
        toast('Someone else changed this order first; it now shows their version. Check it and try again.', 'error');
        await load({ highlight: true });
      } else showFailure(error);
    } finally {
      button.disabled = false;
    }
  });
}

live.on('purchase_orders', (event) => {
  if (event.id !== id) return;
  if (order && event.version !== null && event.version <= order.version) return;
  load({ highlight: true });
});
live.onResync(() => load());
await load();
