// /admin/orders: the live order list (filters in the address bar, keyset pages, rows changed elsewhere update in
// place, new orders wait behind "N new — show"). A VENDOR sees its own order lines instead (GET /api/orders/items).

import { get, withQuery } from '../api.js';
import { startLive } from '../live.js';
import { LiveList } from '../list.js';
import { badge, dateTime, flash, fromTemplate, money, number } from '../ui.js';
import { customerCells, customerPicker, followRenames, showCustomer } from './customers.js';

const orders = document.getElementById('orders');
const vendorLines = document.getElementById('vendor-lines');

if (orders) await ordersList(orders);
else if (vendorLines) await linesList(vendorLines);

async function ordersList(root) {
  const template = document.getElementById('order-row');
  const render = (order) => {
    const row = fromTemplate(template, order, {
      status: (status) => badge(status),
      paymentStatus: (status) => badge(status),
      total: (total, o) => money(total, o.currency),
      createdAt: dateTime,
      customerId: () => '',
    });
    const link = row.querySelector('a.order-link');
    link.href = `/admin/orders/${order.id}`;
    showCustomer(row.querySelector('[data-field=customerId]'), order.customerId);
    showCustomer(row.querySelector('[data-phone-customer]'), order.customerId); // under the number on phones
    return row;
  };

  await loadStores(root.querySelector('#filter-store'));
  const live = startLive(['orders', 'customers']);
  const list = new LiveList(root, {
    endpoint: '/api/orders',
    render,
    params: () => ({
      from: startOfDay(root.querySelector('#filter-from').value, 0),
      to: startOfDay(root.querySelector('#filter-to').value, 1),
    }),
  });
  const picker = customerPicker(root.querySelector('[data-customer-picker]'), { onPick: () => list.reload() });
  picker.restore();
  // A renamed customer: the rows showing the name change in place with a highlight, and so does the filter.
  followRenames(live, (id, name) => {
    for (const cell of customerCells(root.querySelector('[data-rows]'), id)) {
      cell.textContent = name;
      flash(cell.closest('tr'));
    }
    if (picker.value() === id) picker.restore();
  });
  // New orders the filters would hide are not announced (q, a name search, cannot be checked here: counted).
  live.on('orders', (event) => {
    if (event.op === 'insert' && !matchesFilters(root.querySelector('form[data-filters]'), event.data)) return;
    list.changed(event);
  });
  live.onResync(() => list.reload());
  await live.ready;
  await list.load();
}

/** Whether a new order's row (the change event's data) passes the status, customer, store and date filters. */
function matchesFilters(form, row) {
  if (!row) return true;
  const value = (name) => form.elements[name]?.value ?? '';
  if (value('status') && row.status !== value('status')) return false;
  if (value('customerId') && row.customerId !== value('customerId')) return false;
  if (value('storeId') && row.storeId !== value('storeId')) return false;
  const created = row.createdAt ? new Date(row.createdAt) : null;
  const from = startOfDay(value('from'), 0);
  const to = startOfDay(value('to'), 1);
  if (created && from && created < new Date(from)) return false;
  if (created && to && created >= new Date(to)) return false;
  return true;
}

async function linesList(root) {
  // A vendor's lines have no single-line endpoint: an update is shown from the change event's row itself.
  const latest = new Map();
  const template = document.getElementById('line-row');
  const render = (line) => fromTemplate(template, line, {
    quantity: number,
    shippedQuantity: number,
    lineTotal: (value) => (value == null ? '' : Number(value).toFixed(2)),
    createdAt: dateTime,
  });
  const live = startLive(['order_items']);
  const list = new LiveList(root, {
    endpoint: '/api/orders/items',
    render,
    fetchOne: async (id) => latest.get(id) ?? null,
  });
  live.on('order_items', (event) => {
    if (event.data) latest.set(event.id, event.data);
  });
  list.follow(live, 'order_items');
  await live.ready;
  await list.load();
}

async function loadStores(select) {
  try {
    const page = await get(withQuery('/api/stores', { limit: 200 }));
    for (const store of page.items) {
      const option = document.createElement('option');
      option.value = store.id;
      option.textContent = store.name;
      select.append(option);
    }
  } catch {
    select.closest('.field').hidden = true; // the list works without the store filter
  }
}

/** '2026-12-04' -> that day's start in local time as an ISO instant, plus `days`; undefined when empty. */
function startOfDay(value, days) {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d + days).toISOString();
}
