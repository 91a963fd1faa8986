// The catalog's reference data for selects: the category tree (as indented options), sports, fabrics, vendors.

import { get, withQuery } from '../api.js';

/** Every page of a keyset list (reference lists are short; at most a few pages of 200). */
async function all(path) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(withQuery(path, { limit: 200, cursor }));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < 2000);
  return items;
}

/** The tree, depth first, each node with its depth: [{id, name, parentId, depth}]. */
export async function categories() {
  const flat = [];
  const walk = (nodes, depth) => nodes
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach((node) => {
      flat.push({ id: node.id, name: node.name, parentId: node.parentId ?? null, depth });
      walk(node.children ?? [], depth + 1);
    });
  walk(await get('/api/catalog/categories'), 0);
  return flat;
}

const byName = (a, b) => a.name.localeCompare(b.name);
export const sports = async () => (await all('/api/catalog/sports')).sort(byName);
export const fabrics = async () => (await all('/api/catalog/fabrics')).sort(byName);
export const vendors = async () => (await all('/api/vendors')).sort(byName);

/** Appends one option per entry (categories indented by depth). */
export function fillSelect(select, entries) {
  if (!select) return;
  for (const entry of entries) {
    const option = document.createElement('option');
    option.value = entry.id;
    option.textContent = `${'\u00a0\u00a0\u00a0'.repeat(entry.depth ?? 0)}${entry.name}`;
    select.append(option);
  }
}

/** Fills the selects that exist on the page (a VENDOR's page has no vendor select: /api/vendors is not theirs). */
export async function fillReferences({ category, sport, fabric, vendor }) {
  const [c, s, f, v] = await Promise.all([
    category ? categories() : [],
    sport ? sports() : [],
    fabric ? fabrics() : [],
    vendor ? vendors() : [],
  ]);
  fillSelect(category, c);
  fillSelect(sport, s);
  fillSelect(fabric, f);
  fillSelect(vendor, v);
  return { categories: c, sports: s, fabrics: f, vendors: v };
}

/** The ids of a category and all its sub-categories, from the depth-first list of categories(). */
export function subtree(flat, id) {
  const start = flat.findIndex((c) => c.id === id);
  if (start < 0) return new Set([id]);
  const ids = new Set([id]);
  for (let i = start + 1; i < flat.length && flat[i].depth > flat[start].depth; i++) ids.add(flat[i].id);
  return ids;
}
