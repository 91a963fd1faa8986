// Items for the orders pages: a search-as-you-type picker over published catalog items and their variants
// (a labelled search box plus a list of buttons: ↓/↑, Enter picks the first, Esc closes), and a SKU's available
// stock (sum over locations; null for made-to-order items, which hold no stock).

import { get, withQuery } from '../api.js';
import { pickerKeys } from './picker.js';
import { debounce, money, toast } from '../ui.js';

/** search: input[type=search]; results: ul. onPick({sku, name, price, currency, fulfillment}). */
export function itemPicker(search, results, onPick) {
  const lookUp = debounce(async () => {
    const q = search.value.trim();
    if (!q) {
      results.hidden = true;
      return;
    }
    let page;
    try {
      page = await get(withQuery('/api/catalog', { q, status: 'published', limit: 8 }));
    } catch (error) {
      toast(error.message, 'error');
      return;
    }
    if (search.value.trim() !== q) return;
    const options = page.items.flatMap((item) => (item.variants?.length
      ? item.variants.map((v) => ({
        sku: v.sku, name: [item.name, v.size, v.color].filter(Boolean).join(' '),
        price: v.price ?? item.price, currency: item.currency, fulfillment: item.fulfillment,
      }))
      : [{ sku: item.sku, name: item.name, price: item.price, currency: item.currency, fulfillment: item.fulfillment }]));
    results.replaceChildren(...options.map((option) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'picker-option';
      button.textContent = `${option.sku} — ${option.name} — ${money(option.price, option.currency)}`;
      button.addEventListener('click', () => {
        search.value = '';
        results.hidden = true;
        onPick(option);
      });
      li.append(button);
      return li;
    }));
    if (!options.length) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = 'No published item matches.';
      results.append(li);
    }
    results.hidden = false;
  }, 200);

  search.addEventListener('input', lookUp);
  pickerKeys(search, results);
}

/** What is available of a stock SKU over all locations (null for made-to-order items). */
export async function available(sku, fulfillment) {
  if (fulfillment !== 'stock') return null;
  const page = await get(withQuery('/api/inventory/levels', { sku, limit: 200 }));
  return page.items.reduce((sum, level) => sum + level.available, 0);
}
