// Purchase orders: the list (live through purchase_orders) and the form that creates a draft with lines.

import { post } from '../api.js';
import { clearErrors, showErrors } from '../forms.js';
import { LiveList } from '../list.js';
import { startLive } from '../live.js';
import { badge, date, dateTime, fromTemplate } from '../ui.js';
import { fillLocationSelects, fillVendorSelects, showLocation, vendorName, wireDialogClose } from './common.js';

const live = startLive(['purchase_orders']);
const selectsReady = Promise.all([fillLocationSelects(), fillVendorSelects()]);

const template = document.getElementById('po-row');

function render(order) {
  const row = fromTemplate(template, order, {
    automatic: (automatic) => (automatic ? 'automatic' : ''),
    status: (status) => badge(status),
    vendorId: () => '',
    locationId: () => '',
    lines: (lines) => lines.map((l) => `${l.sku} × ${l.quantity}`
      + (l.receivedQuantity ? ` (${l.receivedQuantity} received)` : '')).join(', '),
    expectedAt: (day) => (day ? date(`${day}T00:00`) : ''), // a calendar day, not an instant
    createdAt: dateTime,
  });
  row.querySelector('a[data-field="number"]').href = `/admin/inventory/purchase-orders/${encodeURIComponent(order.id)}`;
  showLocation(row.querySelector('[data-field="locationId"]'), order.locationId);
  vendorName(order.vendorId).then((name) => (row.querySelector('[data-field="vendorId"]').textContent = name));
  return row;
}


// ---- create ----
const dialog = document.getElementById('po-dialog');
const form = document.getElementById('po-form');
const lines = document.getElementById('po-lines');
const lineTemplate = document.getElementById('po-line-inputs');
let lineSeq = 0;

/** Renames the line inputs lines[i].field so the API's field errors (lines[0].quantity) land under them. */
function renumber() {
  [...lines.children].forEach((line, i) => {
    for (const input of line.querySelectorAll('[data-name]')) {
      input.name = `lines[${i}].${input.dataset.name}`;
    }
    line.querySelector('[data-remove]').setAttribute('aria-label', `Remove line ${i + 1}`);
  });
}

function addLine() {
  const line = lineTemplate.content.firstElementChild.cloneNode(true);
  const n = ++lineSeq;
  for (const input of line.querySelectorAll('[data-name]')) input.id = `po-line-${n}-${input.dataset.name}`;
  for (const label of line.querySelectorAll('[data-for]')) label.htmlFor = `po-line-${n}-${label.dataset.for}`;
  line.querySelector('[data-remove]').addEventListener('click', () => {
    line.remove();
    renumber();
  });
  lines.append(line);
  renumber();
  return line;
}

function body() {
  const f = form.elements;
  return {
    locationId: f.locationId.value || null,
    vendorId: f.vendorId.value || null,
    currency: f.currency.value.trim().toUpperCase() || null,
    expectedAt: f.expectedAt.value || null,
    notes: f.notes.value.trim() || null,
    lines: [...lines.children].map((line) => {
      const value = (name) => line.querySelector(`[data-name="${name}"]`).value.trim();
      return {
        sku: value('sku') || null,
        quantity: value('quantity') === '' ? null : Number(value('quantity')),
        unitCost: value('unitCost') === '' ? null : Number(value('unitCost')),
      };
    }),
  };
}

document.getElementById('new-po')?.addEventListener('click', async () => {
  await selectsReady;
  form.reset();
  clearErrors(form);
  lines.replaceChildren();
  addLine();
  dialog.showModal();
  form.elements.locationId.focus();
});
document.getElementById('po-add-line')?.addEventListener('click', () => addLine().querySelector('input').focus());
form?.addEventListener('submit', async (e) => {
  e.preventDefault();
  const submit = form.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    const created = await post('/api/inventory/purchase-orders', body(), { idempotent: true });
    dialog.close();
    location.assign(`/admin/inventory/purchase-orders/${encodeURIComponent(created.id)}`);
  } catch (error) {
    showErrors(form, error);
  } finally {
    submit.disabled = false;
  }
});
if (dialog) wireDialogClose(dialog);

await live.ready;
await selectsReady;
const list = new LiveList(document.getElementById('purchase-orders'), {
  endpoint: '/api/inventory/purchase-orders',
  render,
}).follow(live, 'purchase_orders');
await list.load();
