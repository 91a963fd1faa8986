// Dashboard: /api/dashboard/summary, /sales and /products, read again (debounced) whenever a change that moves
// them is committed anywhere: orders, their lines and payments, stock levels, production tasks.

import { get, withQuery } from './api.js';
import { startLive } from './live.js';
import { debounce, flash, fromTemplate, money, number, showFailure } from './ui.js';

const filters = document.getElementById('dashboard-filters');
const today = new Date().toISOString().slice(0, 10);
const monthAgo = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
filters.from.value = new URLSearchParams(location.search).get('from') ?? monthAgo;
filters.to.value = new URLSearchParams(location.search).get('to') ?? today;

let chart; // the sales chart, drawn on first load and updated in place after

const live = startLive(['orders', 'order_items', 'payments', 'stock_levels', 'production_tasks']);
const refresh = debounce(() => load(), 200);
['orders', 'order_items', 'payments', 'stock_levels', 'production_tasks'].forEach((topic) => live.on(topic, refresh));
live.onResync(refresh);
const reload = debounce(() => load(), 250);
filters.addEventListener('input', reload);
filters.sort.addEventListener('input', reload); // the sort select sits by its table, outside the form

const stores = await get(withQuery('/api/stores', { limit: 200 })).catch(() => ({ items: [] }));
for (const store of stores.items) filters.storeId.add(new Option(store.name, store.id));
await live.ready;
await load();

async function load() {
  const storeId = filters.storeId.value;
  const range = { from: filters.from.value, to: filters.to.value, storeId };
  try {
    const [summary, sales, products] = await Promise.all([
      get(withQuery('/api/dashboard/summary', { storeId })),
      get(withQuery('/api/dashboard/sales', { ...range, granularity: filters.granularity.value })),
      get(withQuery('/api/dashboard/products', { ...range, sort: filters.sort.value, limit: 20 })),
    ]);
    showSummary(summary);
    showSales(sales.buckets);
    showProducts(products.items);
  } catch (error) {
    showFailure(error);
  }
}

function showSummary(summary) {
  setStat('sales-today', summary.salesToday.map((m) => money(m.amount, m.currency)).join(' + ') || money(0));
  setStat('orders-today', number(summary.ordersToday));
  setStat('low-stock', number(summary.lowStock));
  setStat('production-tasks', number(summary.productionInProgress.tasks));
  setStat('production-units', number(summary.productionInProgress.units));
  const open = document.getElementById('open-orders');
  open.replaceChildren(...Object.entries(summary.openOrders).map(([status, count]) => {
    const row = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    const link = document.createElement('a');
    link.href = `/admin/orders?status=${status}`;
    link.textContent = status.replaceAll('_', ' ');
    name.append(link);
    const value = document.createElement('td');
    value.className = 'num';
    value.id = `open-${status}`;
    value.textContent = number(count);
    row.append(name, value);
    return row;
  }));
  const stages = document.getElementById('production-stages');
  stages.replaceChildren(...summary.productionInProgress.byStage.map((stage) => {
    const row = document.createElement('tr');
    for (const text of [stage.name, number(stage.tasks), number(stage.units)]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    row.cells[1].className = row.cells[2].className = 'num';
    return row;
  }));
}

function setStat(id, text) {
  const el = document.getElementById(id);
  if (el.textContent === text) return;
  const changed = el.textContent !== '…';
  el.textContent = text;
  if (changed) flash(el.closest('.card') ?? el);
}

function showSales(buckets) {
  const currency = buckets.flatMap((b) => b.revenue)[0]?.currency;
  const revenue = buckets.map((b) => Number(b.revenue.find((m) => m.currency === currency)?.amount ?? 0));
  const labels = buckets.map((b) => b.start);
  if (window.Chart) {
    const data = {
      labels,
      datasets: [
        { type: 'bar', label: `Revenue${currency ? ` (${currency})` : ''}`, data: revenue, yAxisID: 'revenue', backgroundColor: '#1f5fbf' },
        { type: 'line', label: 'Orders', data: buckets.map((b) => b.orders), yAxisID: 'orders', borderColor: '#17723b' },
      ],
    };
    if (chart) {
      chart.data = data;
      chart.update('none');
    } else {
      chart = new window.Chart(document.getElementById('sales-chart'), {
        data,
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { revenue: { position: 'left', beginAtZero: true }, orders: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } } },
        },
      });
    }
  }
  document.getElementById('sales-rows').replaceChildren(...buckets.map((b) => {
    const row = document.createElement('tr');
    const cells = [b.start, number(b.orders), number(b.units), b.revenue.map((m) => money(m.amount, m.currency)).join(' + ')];
    cells.forEach((text, i) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      if (i > 0) cell.className = 'num';
      row.append(cell);
    });
    return row;
  }));
}

function showProducts(items) {
  const template = document.getElementById('product-row');
  document.getElementById('product-rows').replaceChildren(...items.map((item) => fromTemplate(template, item, {
    units: number,
    revenue: (revenue) => revenue.map((m) => money(m.amount, m.currency)).join(' + '),
    onHand: number,
    available: number,
    sellThrough: (value) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`),
  })));
  document.getElementById('products-empty').hidden = items.length > 0;
}
