// Shared by the inventory pages: location names for ids and selects, catalog item names for item ids,
// and the explanation of the stock errors the API answers with.

import { get, withQuery } from '../api.js';
import { Names } from '../names.js';

let locationsPromise;

/** Every location (active first), loaded once per page. */
export function locations() {
  locationsPromise ??= (async () => {
    const all = [];
    let cursor = null;
    do {
      const page = await get(withQuery('/api/locations', { limit: 100, cursor }));
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && all.length < 1000);
    return all;
  })();
  return locationsPromise;
}

export async function locationName(id) {
  const found = (await locations()).find((l) => l.id === id);
  return found ? `${found.code} · ${found.name}` : id;
}

/** Fills every select[data-locations] under root with the locations, keeping its first (empty) option. */
export async function fillLocationSelects(root = document) {
  const all = await locations();
  for (const select of root.querySelectorAll('select[data-locations]')) {
    for (const l of all) {
      if (!l.active && select.hasAttribute('data-active-only')) continue;
      const option = document.createElement('option');
      option.value = l.id;
      option.textContent = `${l.code} · ${l.name}${l.active ? '' : ' (inactive)'}`;
      select.append(option);
    }
  }
}

const itemNames = new Names('/api/catalog');

/** The catalog item's name (read once per id, together with the other names a rendering asks for); '' if unreadable. */
export function itemName(itemId) {
  return itemNames.of(itemId);
}

/** Writes the location into a table cell once the locations are loaded: its code, and its name from laptop width. */
export function showLocation(el, id) {
  el.textContent = id ?? '';
  if (!id) return;
  locations().then((all) => {
    const found = all.find((l) => l.id === id);
    if (!found) return;
    const name = document.createElement('span');
    name.className = 'hide-phone';
    name.textContent = ` · ${found.name}`;
    el.replaceChildren(found.code, name);
  });
}

/** A person's sentence for 409 insufficient_stock: which SKUs are short and what is available. */
export function shortageText(error) {
  const lines = error.problem?.lines ?? [];
  if (!lines.length) return `Not enough stock: ${error.message}`;
  return 'Not enough stock: ' + lines
    .map((l) => `${l.sku} has ${l.available} available, ${l.requested} requested`)
    .join('; ') + '. Reserved (held) stock cannot be adjusted away or moved.';
}

export function wireDialogClose(dialog) {
  dialog.querySelectorAll('[data-close]').forEach((b) => b.addEventListener('click', () => dialog.close()));
}

let vendorsPromise;

/** The vendors a staff user may read ([] when the role may not list them). */
export function vendors() {
  vendorsPromise ??= get(withQuery('/api/vendors', { limit: 100 })).then((page) => page.items).catch(() => []);
  return vendorsPromise;
}

export async function vendorName(id) {
  if (!id) return '';
  const found = (await vendors()).find((v) => v.id === id);
  return found?.name ?? id;
}

export async function fillVendorSelects(root = document) {
  const all = await vendors();
  for (const select of root.querySelectorAll('select[data-vendors]')) {
    for (const v of all) {
      const option = document.createElement('option');
      option.value = v.id;
      option.textContent = v.name;
      select.append(option);
    }
  }
}
