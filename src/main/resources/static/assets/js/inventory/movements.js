// The movements ledger: append-only, newest first; movements written anywhere show as "N new — show".

import { LiveList } from '../list.js';
import { startLive } from '../live.js';
import { badge, dateTime, fromTemplate } from '../ui.js';
import { fillLocationSelects, showLocation } from './common.js';

const live = startLive(['stock_movements']);
await live.ready;
await fillLocationSelects();

const template = document.getElementById('movement-row');
const linksToOrders = document.querySelector('script[data-purchase-orders]')?.dataset.purchaseOrders === 'true';
const from = document.getElementById('filter-from');
const to = document.getElementById('filter-to');

function render(movement) {
  const row = fromTemplate(template, movement, {
    createdAt: dateTime,
    locationId: () => '',
    kind: (kind) => badge(kind),
    quantity: (q) => (q > 0 ? `+${q}` : String(q)),
    reference: (reference, m) => {
      const text = reference ?? m.referenceType ?? '';
      if (m.referenceType !== 'purchase_order' || !linksToOrders || !m.referenceId) return text;
      const link = document.createElement('a');
      link.href = `/admin/inventory/purchase-orders/${encodeURIComponent(m.referenceId)}`;
      link.textContent = text;
      return link;
    },
  });
  showLocation(row.querySelector('[data-field="locationId"]'), movement.locationId);
  return row;
}

/** Local calendar days to the API's instants: from the start of "from" to the end of "until". */
function dateRange() {
  const params = {};
  if (from.value) params.from = new Date(`${from.value}T00:00`).toISOString();
  if (to.value) {
    const end = new Date(`${to.value}T00:00`);
    end.setDate(end.getDate() + 1);
    params.to = end.toISOString();
  }
  return params;
}

const list = new LiveList(document.getElementById('movements'), {
  endpoint: '/api/inventory/movements',
  render,
  params: dateRange,
}).follow(live, 'stock_movements');
await list.load();
