// Customers for the orders pages: names by id (cached; an order carries only customerId, and the names a rendered
// page needs are read together in one GET /api/customers?ids=...) and a search-as-you-type picker that is a
// labelled input plus a list of buttons (Tab / arrow keys, Enter to pick).

import { get, withQuery } from '../api.js';
import { Names } from '../names.js';
import { pickerKeys } from './picker.js';
import { debounce } from '../ui.js';

const names = new Names('/api/customers');

/** The customer's name (read once per id, together with the other names a rendering asks for); '' if unreadable. */
export function customerName(id) {
  return names.of(id);
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
    const before = await names.of(event.id);
    names.forget(event.id);
    const name = await customerName(event.id);
    if (name && name !== before) onRenamed(event.id, name);
  });
  live.onResync(() => names.forget());
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
    if (customer) names.remember(customer.id, customer.name);
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
