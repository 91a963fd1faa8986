// One customer: its details (edit form for staff, summary for others), its orders and its communication log.
// Live: `customers` (this customer changed elsewhere: header and summary update, the form shows a stale notice),
// `orders` (a new order of this customer appears, shown ones update in place) and `customer_communications`
// (an entry logged anywhere appears at the top).

import { get, request } from '../api.js';
import { EditForm, clearErrors, formValues, showErrors } from '../forms.js';
import { LiveList } from '../list.js';
import { startLive } from '../live.js';
import { badge, date, dateTime, fill, flash, fromTemplate, money, showFailure, toast } from '../ui.js';
import { AddressBlocks, addressText, archivedBadge, customerBody, role, showForbidden, tagList } from './common.js';

const main = document.getElementById('main');
const id = main.dataset.customerId;
const path = `/api/customers/${id}`;
const header = document.getElementById('customer-header');
const summary = document.getElementById('customer-summary');
const restoreButton = document.getElementById('restore-customer');
const deleteButton = document.getElementById('delete-customer');
let customer;

const formats = {
  archived: (archived) => archivedBadge(archived),
  tags: (tags) => tagList(tags),
  createdAt: (at) => date(at),
  updatedAt: (at) => dateTime(at),
  addresses: (addresses) => {
    const list = document.createElement('ul');
    list.className = 'address-list';
    for (const address of addresses ?? []) {
      const item = document.createElement('li');
      item.textContent = `${address.kind}${address.isDefault ? ' (default)' : ''}: ${addressText(address)}`;
      list.append(item);
    }
    return list;
  },
};

function showCustomer(fresh, { highlight = false } = {}) {
  customer = fresh;
  document.title = `${fresh.name} · Shopfloor`;
  fill(header, fresh, formats);
  fill(main.querySelector('.meta'), fresh, formats);
  if (summary) fill(summary, fresh, formats);
  document.querySelectorAll('#delete-dialog [data-field="name"]').forEach((el) => (el.textContent = fresh.name));
  if (restoreButton) restoreButton.hidden = !fresh.archived;
  if (highlight) {
    flash(header);
    if (summary) flash(summary);
  }
}

/** The edit form also shows the address blocks (their indexed names are not plain resource paths). */
class CustomerForm extends EditForm {
  constructor(form, options) {
    super(form, options);
    this.addresses = new AddressBlocks(form);
  }

  show(resource) {
    super.show(resource);
    this.addresses.show(resource.addresses);
  }

  /** The dialog compares whole fields: give it my addresses as the array the API holds. */
  resolveConflict(mine) {
    return super.resolveConflict({ ...mine, addresses: customerBody(mine).addresses });
  }
}

const form = document.getElementById('customer-form');
const editForm = form && new CustomerForm(form, {
  path,
  toBody: (values) => customerBody(values),
  fields: ['name', 'email', 'phone', 'company', 'tags', 'notes', 'addresses'],
  onSaved: (saved) => showCustomer(saved),
});

// ---- orders ----
const orderTemplate = document.getElementById('order-row');
const orders = new LiveList(document.getElementById('customer-orders'), {
  endpoint: `${path}/orders`,
  fetchOne: (orderId) => get(`/api/orders/${orderId}`),
  limit: 10,
  render: (order) => {
    const row = fromTemplate(orderTemplate, order, {
      status: (status) => badge(status),
      total: (total, item) => money(total, item.currency),
      createdAt: (at) => dateTime(at),
    });
    row.querySelector('[data-link]').href = `/admin/orders/${order.id}`;
    return row;
  },
});

// ---- communication log ----
const log = main.querySelector('[data-log]');
const logEmpty = main.querySelector('[data-log-empty]');
const logMore = main.querySelector('[data-log-more]');
const entryTemplate = document.getElementById('communication-entry');
const KINDS = { note: 'Note', call: 'Call', email: 'Email', meeting: 'Meeting' };
let logCursor = null;

function renderEntry(entry) {
  const item = fromTemplate(entryTemplate, entry, {
    kind: (kind) => badge(KINDS[kind] ?? kind),
    direction: (direction) => (direction === 'in' ? 'from the customer' : direction === 'out' ? 'to the customer' : ''),
    occurredAt: (at) => dateTime(at),
  });
  item.querySelector('time').dateTime = entry.occurredAt;
  item.dataset.at = String(Date.parse(entry.occurredAt));
  return item;
}

function hasEntry(entryId) {
  return Boolean(log.querySelector(`[data-id="${CSS.escape(entryId)}"]`));
}

/** An entry logged elsewhere (or just now) goes in its place by time, highlighted; a repeat is ignored. */
function addEntry(entry) {
  if (hasEntry(entry.id)) return;
  const at = Date.parse(entry.occurredAt);
  const older = [...log.children].find((el) => Number(el.dataset.at) < at);
  if (!older && logCursor) return; // older than every entry shown: "Show older" brings it
  const item = renderEntry(entry);
  log.insertBefore(item, older ?? null);
  flash(item);
  logEmpty.hidden = true;
}

async function loadLog(more = false) {
  const page = await get(`${path}/communications?limit=20${more && logCursor ? `&cursor=${encodeURIComponent(logCursor)}` : ''}`);
  const items = page.items.map(renderEntry);
  if (more) log.append(...items.filter((item) => !hasEntry(item.dataset.id)));
  else log.replaceChildren(...items);
  logCursor = page.nextCursor;
  logMore.hidden = !logCursor;
  logEmpty.hidden = log.children.length > 0;
}
logMore.addEventListener('click', () => loadLog(true).catch(showFailure));

const logForm = document.getElementById('communication-form');
logForm?.addEventListener('submit', async (e) => {
  e.preventDefault();
  const submit = logForm.querySelector('[type=submit]');
  submit.disabled = true;
  clearErrors(logForm);
  try {
    const values = formValues(logForm);
    const created = (await request('POST', `${path}/communications`, { body: values, idempotent: true })).body;
    addEntry(created);
    logForm.elements.subject.value = '';
    logForm.elements.body.value = '';
    toast('Logged', 'success');
  } catch (error) {
    showErrors(logForm, error);
  } finally {
    submit.disabled = false;
  }
});

// ---- header actions ----
restoreButton?.addEventListener('click', async () => {
  try {
    const body = { ...customerBody({ ...customer, addresses: undefined }), addresses: customer.addresses,
      archived: false, version: customer.version };
    const { body: restored } = await request('PUT', path, { body, ifMatch: customer.version });
    showCustomer(restored);
    editForm?.show(restored);
    toast('Restored', 'success');
  } catch (error) {
    toast(error.isConflict ? 'Someone changed this customer just now; try again.' : error.message, 'error');
  }
});

const deleteDialog = document.getElementById('delete-dialog');
deleteButton?.addEventListener('click', () => deleteDialog.showModal());
deleteDialog?.addEventListener('click', async (e) => {
  if (e.target.tagName !== 'BUTTON') return;
  deleteDialog.close();
  if (e.target.value !== 'delete') return;
  try {
    await request('DELETE', path, { ifMatch: customer.version });
    try {
      showCustomer(await get(path));
      editForm?.show(customer);
      toast('Archived: this customer has orders, which are kept.', 'success');
    } catch (gone) {
      if (gone.status !== 404) throw gone;
      location.assign('/admin/customers');
    }
  } catch (error) {
    toast(error.isConflict ? 'Someone changed this customer just now; look again before deleting.' : error.message,
      'error');
  }
});

function gone() {
  document.getElementById('gone-notice').hidden = false;
  main.querySelectorAll('.customer-layout, #customer-header .actions').forEach((el) => (el.hidden = true));
}

/** A live handler whose API call fails (e.g. the customer was deleted meanwhile) shows a toast, not an error. */
function guarded(handler) {
  return (event) => handler(event).catch(showFailure);
}

async function loadAll() {
  try {
    const fresh = await get(path);
    showCustomer(fresh);
    editForm?.show(fresh);
  } catch (error) {
    if (error.status === 403) return showForbidden(error);
    if (error.status === 404) return gone();
    throw error;
  }
  await Promise.all([orders.reload(), loadLog()]);
}

if (role === 'VENDOR') {
  get(path).catch(showForbidden);
} else {
  const live = startLive(['customers', 'orders', 'customer_communications']);
  editForm?.watch(live, 'customers');
  live.on('customers', guarded(async (event) => {
    if (event.id !== id) return;
    if (event.op === 'delete') return gone();
    if (customer && event.version !== null && event.version <= customer.version) return;
    showCustomer(await get(path), { highlight: true }); // the form keeps the typing; watch() offers their version
  }));
  live.on('orders', guarded(async (event) => {
    if (event.data?.customerId !== id) return;
    if (event.op === 'insert') {
      await orders.reload();
      const row = orders.rowFor(event.id);
      if (row) flash(row);
    } else if (event.op === 'delete') {
      orders.rowFor(event.id)?.classList.add('removed');
    } else {
      orders.refresh(event.id);
    }
  }));
  live.on('customer_communications', guarded(async (event) => {
    if (event.op !== 'insert' || event.data?.customerId !== id || hasEntry(event.id)) return;
    addEntry(await get(`${path}/communications/${event.id}`));
  }));
  live.onResync(() => loadAll().catch(showFailure));
  await live.ready;
  await loadAll().catch(showFailure);
}
