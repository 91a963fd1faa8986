// Low-stock alerts, raised and resolved by the database; live through stock_alerts. The alerts API has no
// GET by id, so a changed row is drawn from the event's row (it carries every column the list shows).

import { LiveList } from '../list.js';
import { startLive } from '../live.js';
import { badge, dateTime, fromTemplate } from '../ui.js';
import { fillLocationSelects, showLocation } from './common.js';

const live = startLive(['stock_alerts']);
await live.ready;
await fillLocationSelects();

const template = document.getElementById('alert-row');
const linksToOrders = document.querySelector('script[data-purchase-orders]')?.dataset.purchaseOrders === 'true';

function render(alert) {
  const row = fromTemplate(template, alert, {
    locationId: () => '',
    status: (status) => badge(status),
    raisedAt: dateTime,
    resolvedAt: dateTime,
    purchaseOrderId: (id) => {
      if (!id) return 'none';
      if (!linksToOrders) return 'on order';
      const link = document.createElement('a');
      link.href = `/admin/inventory/purchase-orders/${encodeURIComponent(id)}`;
      link.textContent = 'Open purchase order';
      return link;
    },
  });
  showLocation(row.querySelector('[data-field="locationId"]'), alert.locationId);
  const level = new URLSearchParams({ sku: alert.sku, locationId: alert.locationId });
  row.querySelector('a[data-field="sku"]').href = `/admin/inventory?${level}`;
  return row;
}

const latest = new Map(); // alert id -> its row from the last event
live.on('stock_alerts', (event) => {
  if (event.data) latest.set(event.id, { ...event.data, id: event.id });
});

const list = new LiveList(document.getElementById('alerts'), {
  endpoint: '/api/inventory/alerts',
  render,
  fetchOne: async (id) => latest.get(id) ?? null,
}).follow(live, 'stock_alerts');
await list.load();
