// The catalog list (docs/pages/catalog.md): filters in the address bar, keyset pages, rows live through
// catalog_items, and through catalog_variants for a variant's item (the event's data carries itemId).

import { startLive } from '../live.js';
import { LiveList, formParams } from '../list.js';
import { badge, dateTime, fromTemplate, money, number } from '../ui.js';
import { fillReferences, subtree } from './refs.js';

const root = document.getElementById('catalog-list');
const template = document.getElementById('item-row');
const filters = root.querySelector('form[data-filters]');

const live = startLive(['catalog_items', 'catalog_variants']);

// The selects get their options before the list reads the filters from the address bar.
const references = await fillReferences({
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

/**
 * Whether an item created elsewhere can belong on this filtered list, judged from the event's row (the table row:
 * sku, name, description, price, status, categoryId, vendorId, sportIds, fabricIds). Anything it cannot tell
 * (inStock, a field missing from the row) counts as a match: "N new" may count one too many, never hide one.
 */
function mightMatch(row) {
  if (!row) return true;
  const f = formParams(filters);
  const lacks = (key) => !(key in row);
  if (f.status && !lacks('status') && row.status !== f.status) return false;
  if (f.vendorId && !lacks('vendorId') && row.vendorId !== f.vendorId) return false;
  if (f.categoryId && !lacks('categoryId') && !subtree(references.categories, f.categoryId).has(row.categoryId)) {
    return false;
  }
  if (f.sportId && Array.isArray(row.sportIds) && !row.sportIds.includes(f.sportId)) return false;
  if (f.fabricId && Array.isArray(row.fabricIds) && !row.fabricIds.includes(f.fabricId)) return false;
  const price = Number(row.price);
  if (!lacks('price') && Number.isFinite(price)) {
    if (f.minPrice && price < Number(f.minPrice)) return false;
    if (f.maxPrice && price > Number(f.maxPrice)) return false;
  }
  if (f.q && typeof row.sku === 'string') {
    const q = f.q.toLowerCase();
    const texts = [row.sku, row.name ?? '', row.description ?? ''];
    const found = [...texts, texts.join(''), texts.join(' ')].some((t) => String(t).toLowerCase().includes(q));
    if (!found) return false;
  }
  return true;
}

/** The catalog's list: new items elsewhere count only when they can be on this filtered list. */
class CatalogList extends LiveList {
  changed(event) {
    if (event.op === 'insert' && !mightMatch(event.data)) return;
    super.changed(event);
  }
}

const list = new CatalogList(root, { endpoint: '/api/catalog', render, limit: 25 });
list.follow(live, 'catalog_items');
live.on('catalog_variants', (event) => {
  const itemId = event.data?.itemId;
  if (itemId) list.refresh(itemId);
});

await live.ready;
await list.load();
root.dataset.loaded = 'true';
