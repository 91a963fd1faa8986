// /admin/orders/new: pick a customer, add items by SKU or name with their available stock (kept live from
// stock_levels), and place the order (or save a draft). 409 insufficient_stock is shown on the short lines.

import { ApiError, get, post, withQuery } from '../api.js';
import { clearErrors, showErrors } from '../forms.js';
import { startLive } from '../live.js';
import { flash, fromTemplate, money, toast } from '../ui.js';
import { customerPicker } from './customers.js';
import { available as availableOf, itemPicker } from './items.js';

const form = document.getElementById('order-form');
const linesBody = document.getElementById('lines');
const lineTemplate = document.getElementById('line-row');
const itemSearch = document.getElementById('item-search');
const itemResults = document.getElementById('item-results');
const lines = new Map(); // SKU (upper case) -> {sku, name, price, currency, fulfillment, row, available}

customerPicker(document.getElementById('customer-picker'));
loadStores(form.elements.storeId);

// ---- item search ------------------------------------------------------------------------------------------

itemPicker(itemSearch, itemResults, (option) => {
  addLine(option);
  itemSearch.focus();
});

// ---- lines ------------------------------------------------------------------------------------------------

function addLine(option) {
  const key = option.sku.toUpperCase();
  const existing = lines.get(key);
  if (existing) {
    const qty = existing.row.querySelector('.qty-input');
    qty.value = String(Number(qty.value || 0) + 1);
    showAvailability(existing);
    flash(existing.row);
    return;
  }
  const row = fromTemplate(lineTemplate, option, { price: (price) => money(price, option.currency), available: () => '…' });
  row.dataset.sku = option.sku;
  const line = { ...option, row, available: null };
  const qty = row.querySelector('.qty-input');
  const label = row.querySelector('[data-qty-label]');
  qty.id = `qty-${key}`;
  label.htmlFor = qty.id;
  label.textContent = `Quantity of ${option.sku}`;
  qty.addEventListener('input', () => {
    clearLineError(line);
    showAvailability(line);
    showSubtotal();
  });
  row.querySelector('.remove').setAttribute('aria-label', `Remove ${option.sku}`);
  row.querySelector('.remove').addEventListener('click', () => {
    lines.delete(key);
    row.remove();
    renumber();
    itemSearch.focus();
  });
  lines.set(key, line);
  linesBody.append(row);
  renumber();
  refreshAvailability(line);
}

/** Field names follow the request body, so the API's errors (items[1].quantity) land on the right input. */
function renumber() {
  [...lines.values()].forEach((line, i) => (line.row.querySelector('.qty-input').name = `items[${i}].quantity`));
  document.getElementById('lines-empty').hidden = lines.size > 0;
  showSubtotal();
}

function showSubtotal() {
  const all = [...lines.values()];
  const sum = all.reduce((total, line) => total + Number(line.price) * Number(line.row.querySelector('.qty-input').value || 0), 0);
  document.getElementById('subtotal').textContent = all.length ? money(sum, all[0].currency) : '—';
}

async function refreshAvailability(line) {
  if (line.fulfillment !== 'stock') {
    line.available = null;
    showAvailability(line);
    return;
  }
  try {
    const available = await availableOf(line.sku, line.fulfillment);
    const changed = line.available !== null && line.available !== available;
    line.available = available;
    showAvailability(line);
    if (changed) flash(line.row.querySelector('.available'));
  } catch {
    line.row.querySelector('.available').textContent = '?';
  }
}

function showAvailability(line) {
  const cell = line.row.querySelector('.available');
  if (line.fulfillment !== 'stock') {
    cell.textContent = 'made to order';
    cell.classList.remove('low');
    return;
  }
  if (line.available === null) return;
  cell.textContent = `${line.available} available`;
  const wanted = Number(line.row.querySelector('.qty-input').value || 0);
  cell.classList.toggle('low', wanted > line.available);
}

function showLineError(line, text) {
  const note = line.row.querySelector('.line-error');
  note.textContent = text;
  note.hidden = false;
  line.row.classList.add('short');
  const qty = line.row.querySelector('.qty-input');
  qty.setAttribute('aria-invalid', 'true');
  note.id = `${qty.id}-short`;
  qty.setAttribute('aria-describedby', note.id);
}

function clearLineError(line) {
  const note = line.row.querySelector('.line-error');
  note.hidden = true;
  note.textContent = '';
  line.row.classList.remove('short');
}

// ---- submit -----------------------------------------------------------------------------------------------

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  clearErrors(form);
  lines.forEach(clearLineError);
  const draft = e.submitter?.value === 'draft';
  const shipping = form.elements.shippingAmount.value.trim();
  const body = {
    customerId: form.elements.customerId.value || null,
    storeId: form.elements.storeId.value || null,
    items: [...lines.values()].map((line) => ({
      sku: line.sku,
      quantity: Number(line.row.querySelector('.qty-input').value),
    })),
    notes: form.elements.notes.value.trim() || null,
    shippingAmount: shipping === '' ? null : Number(shipping),
  };
  if (draft) body.status = 'draft';
  const buttons = form.querySelectorAll('[type=submit]');
  buttons.forEach((b) => (b.disabled = true));
  try {
    const order = await post('/api/orders', body, { idempotent: true });
    toast(`${order.number} ${draft ? 'saved as draft' : 'placed'}`, 'success');
    location.assign(`/admin/orders/${order.id}`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showErrors(form, error);
    if (error.code === 'insufficient_stock') showShortLines(error.problem.lines ?? []);
    if (error.code === 'unknown_sku') {
      for (const sku of error.problem.skus ?? []) {
        const line = lines.get(String(sku).toUpperCase());
        if (line) showLineError(line, 'Unknown SKU');
      }
    }
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
});

function showShortLines(short) {
  for (const { sku, requested, available } of short) {
    const line = lines.get(String(sku).toUpperCase());
    if (!line) continue;
    showLineError(line, `Not enough stock: ${requested} requested, only ${available} available.`);
    line.available = available;
    showAvailability(line);
  }
  const first = short.map((s) => lines.get(String(s.sku).toUpperCase())).find(Boolean);
  first?.row.querySelector('.qty-input').focus();
}

async function loadStores(select) {
  try {
    const page = await get(withQuery('/api/stores', { limit: 200 }));
    for (const store of page.items.filter((s) => s.active !== false)) {
      const option = document.createElement('option');
      option.value = store.id;
      option.textContent = store.name;
      select.append(option);
    }
  } catch {
    select.closest('.field').hidden = true;
  }
}

// ---- live availability ------------------------------------------------------------------------------------

const live = startLive(['stock_levels', 'stock_reservations']);
const refreshSku = (event) => {
  const sku = event.data?.sku;
  const line = sku && lines.get(String(sku).toUpperCase());
  if (line) refreshAvailability(line);
};
live.on('stock_levels', refreshSku);
live.on('stock_reservations', refreshSku);
await live.ready;
lines.forEach(refreshAvailability);
