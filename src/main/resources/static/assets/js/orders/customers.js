// Customers for the orders pages: names by id (cached; an order carries only customerId, and the names a rendered
// page needs are read together in one GET /api/customers?ids=...) and a search-as-you-type picker that is a
// labelled input plus a list of buttons (Tab / arrow keys, Enter to pick).

import { get, withQuery } from '../api.js';
import { pickerKeys } from './picker.js';
import { debounce } from '../ui.js';

const names = new Map(); // id -> Promise of the name ('' when it cannot be read)
let waiting = new Map(); // id -> resolve, for the names asked for since the last fetch
// The API takes up to 200 ids; 100 keeps the address (~3.7 KB) well within the server's request-header limit.
const IDS_PER_REQUEST = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The customer's name (fetched once per id); '' if it cannot be read. The ids asked for in the same task (a
 * list rendering its rows) are fetched together after it, in one request instead of one per row.
 */
export function customerName(id) {
  if (!id) return Promise.resolve('');
  if (!names.has(id)) {
    // one malformed id would fail the whole batch (400): it has no name to read anyway
    if (!UUID.test(id)) return Promise.resolve('');
    names.set(id, new Promise((resolve) => waiting.set(id, resolve)));
    if (waiting.size === 1) queueMicrotask(fetchWaiting);
  }
  return names.get(id);
}

async function fetchWaiting() {
  const batch = waiting;
  waiting = new Map();
  const ids = [...batch.keys()];
  const chunks = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
  await Promise.all(chunks.map(async (chunk) => {
    const found = new Map();
    try {
      // ids as a comma list: UUIDs need no escaping, so the address stays short.
      const page = await get(`/api/customers?ids=${chunk.join(',')}&limit=200`);
      for (const customer of page.items) found.set(customer.id, customer.name);
    } catch {
      // names stay '' (the cells show the id), as a failed single read did
    }
    for (const id of chunk) batch.get(id)(found.get(id) ?? '');
  }));
}

/** Fills el with the customer's name once known (the id meanwhile, so the cell is never empty). */
export function showCustomer(el, id) {
  el.textContent = '…';
  el.dataset.customerId = id;
  customerName(id).then((name) => (el.textContent = name || id));
  return el;
}

/**
 * Keeps the cached names current: an update of a customer whose name this page has read fetches it again, and
 * onRenamed(id, name) follows when the name changed (the page subscribes to the `customers` topic).
 */
export function followRenames(live, onRenamed) {
  live.on('customers', async (event) => {
    if (event.op !== 'update' || !names.has(event.id)) return;
    if (Array.isArray(event.changed) && event.changed.length && !event.changed.includes('name')) return;
    const before = await names.get(event.id);
    names.delete(event.id);
    const name = await customerName(event.id);
    if (name && name !== before) onRenamed(event.id, name);
  });
  live.onResync(() => names.clear());
}

/** The elements showCustomer filled for this customer. */
export function customerCells(root, id) {
  return [...root.querySelectorAll('[data-customer-id]')].filter((el) => el.dataset.customerId === id);
}

/**
 * root: .picker with input[type=hidden] (the chosen id, named as the form needs), input[type=search],
 * [data-chosen] and ul[data-results]. onPick(customer | null) after every choice or clearing.
 */
export function customerPicker(root, { onPick = () => {} } = {}) {
  const hidden = root.querySelector('input[type=hidden]');
  const search = root.querySelector('input[type=search]');
  const chosen = root.querySelector('[data-chosen]');
  const results = root.querySelector('[data-results]');

  function showChosen(name) {
    chosen.replaceChildren();
    if (!hidden.value) return;
    chosen.append(`Chosen: ${name} `);
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'link';
    clear.textContent = 'clear';
    clear.setAttribute('aria-label', `Clear customer ${name}`);
    clear.addEventListener('click', () => pick(null));
    chosen.append(clear);
  }

  function pick(customer) {
    hidden.value = customer?.id ?? '';
    search.value = '';
    results.hidden = true;
    results.replaceChildren();
    showChosen(customer?.name ?? '');
    if (customer) names.set(customer.id, Promise.resolve(customer.name));
    onPick(customer);
    search.focus();
  }

  const lookUp = debounce(async () => {
    const q = search.value.trim();
    if (!q) {
      results.hidden = true;
      return;
    }
    let page;
    try {
      page = await get(withQuery('/api/customers', { q, limit: 8 }));
    } catch {
      return;
    }
    if (search.value.trim() !== q) return; // typed on meanwhile
    results.replaceChildren(...page.items.map((customer) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'picker-option';
      button.textContent = customer.email ? `${customer.name} — ${customer.email}` : customer.name;
      button.addEventListener('click', () => pick(customer));
      li.append(button);
      return li;
    }));
    if (!page.items.length) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = 'No customer matches.';
      results.append(li);
    }
    results.hidden = false;
  }, 200);

  // The search box is not a filter itself: keep its typing from reloading the list.
  search.addEventListener('input', (e) => {
    e.stopPropagation();
    lookUp();
  });
  pickerKeys(search, results);

  /** Shows an id that came from elsewhere (the address bar) with its name. */
  async function restore() {
    if (hidden.value) showChosen(await customerName(hidden.value) || hidden.value);
  }

  return { pick, restore, value: () => hidden.value };
}
