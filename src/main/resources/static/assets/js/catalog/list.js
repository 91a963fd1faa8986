// The catalog list (docs/pages/catalog.md): filters in the address bar, keyset pages, rows live through
// catalog_items, and through catalog_variants for a variant's item (the event's data carries itemId).

import { startLive } from '../live.js';
import { LiveList } from '../list.js';
import { badge, dateTime, fromTemplate, money, number } from '../ui.js';
import { fillReferences } from './refs.js';

const root = document.getElementById('catalog-list');
const template = document.getElementById('item-row');
const filters = root.querySelector('form[data-filters]');

const live = startLive(['catalog_items', 'catalog_variants']);

// The selects get their options before the list reads the filters from the address bar.
await fillReferences({
  category: filters.elements.categoryId,
  sport: filters.elements.sportId,
  fabric: filters.elements.fabricId,
  vendor: filters.elements.vendorId,
});

function render(item) {
  const row = fromTemplate(template, item, {
    price: (price) => money(price, item.currency),
    status: (status) => badge(status),
    fulfillment: (value) => String(value ?? '').replaceAll('_', ' '),
    variants: (variants) => number(variants?.length ?? 0),
    updatedAt: (at) => dateTime(at),
  });
  const link = row.querySelector('a[data-field="sku"]');
  link.href = `/admin/catalog/${encodeURIComponent(item.id)}`;
  link.setAttribute('aria-label', `${item.sku}: ${item.name}`);
  return row;
}

const list = new LiveList(root, { endpoint: '/api/catalog', render, limit: 25 });
list.follow(live, 'catalog_items');
live.on('catalog_variants', (event) => {
  const itemId = event.data?.itemId;
  if (itemId) list.refresh(itemId);
});

await live.ready;
await list.load();
root.dataset.loaded = 'true';
