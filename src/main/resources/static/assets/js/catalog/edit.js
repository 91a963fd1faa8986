// The item form (docs/pages/catalog.md): new item (POST) or edit (EditForm: PUT with version + If-Match, the
// conflict dialog, the stale notice), variant rows named like the API's error fields (variants[0].sku), and a
// live "available / taken" hint for every SKU while typing.

import { get, post, request, withQuery } from '../api.js';
import { EditForm, clearErrors, formValues, showErrors } from '../forms.js';
import { startLive } from '../live.js';
import { dateTime, toast } from '../ui.js';
import { fillReferences } from './refs.js';

const form = document.getElementById('item-form');
const itemId = form.dataset.itemId;
const rows = document.getElementById('variant-rows');
const rowTemplate = document.getElementById('variant-row');
const noVariants = document.getElementById('no-variants');
const title = document.getElementById('item-title');
const versionNote = document.getElementById('item-version');
const SKU = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const FIELDS = ['sku', 'name', 'description', 'price', 'currency', 'status', 'fulfillment', 'autoReorder',
  'categoryId', 'vendorId', 'sportIds', 'fabricIds', 'specs', 'variants'];

// ---- variant rows ----

function addVariantRow() {
  const row = rowTemplate.content.firstElementChild.cloneNode(true);
  rows.append(row);
  renumber();
  return row;
}

function setVariantRows(count) {
  while (rows.children.length > count) rows.lastElementChild.remove();
  while (rows.children.length < count) addVariantRow();
  renumber();
}

/** Row i's fields are variants[i].sku etc., so the API's errors (variants[0].sku) land under them. */
function renumber() {
  [...rows.children].forEach((row, i) => {
    for (const input of row.querySelectorAll('[data-name]')) {
      input.name = `variants[${i}].${input.dataset.name}`;
      input.id = `variant-${i}-${input.dataset.name}`;
    }
    for (const label of row.querySelectorAll('label[data-for]')) {
      label.htmlFor = `variant-${i}-${label.dataset.for}`;
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = `Variant ${i + 1} `;
      label.replaceChildren(prefix, label.dataset.for === 'color' ? 'Colour' : label.dataset.for === 'sku' ? 'SKU'
        : label.dataset.for[0].toUpperCase() + label.dataset.for.slice(1));
    }
    const hint = row.querySelector('.sku-check');
    hint.id = `variant-${i}-sku-check`;
    row.querySelector('[data-name="sku"]').setAttribute('aria-describedby', hint.id);
    row.querySelector('.remove-variant').setAttribute('aria-label', `Remove variant ${i + 1}`);
  });
  noVariants.hidden = rows.children.length > 0;
}

document.getElementById('add-variant')?.addEventListener('click', () => {
  addVariantRow().querySelector('[data-name="sku"]').focus();
});

rows.addEventListener('click', (e) => {
  const remove = e.target.closest('.remove-variant');
  if (!remove) return;
  const row = remove.closest('.variant-row');
  const next = row.nextElementSibling ?? row.previousElementSibling;
  row.remove();
  clearErrors(form); // errors were placed by the old row numbers
  renumber();
  (next?.querySelector('.remove-variant') ?? document.getElementById('add-variant'))?.focus();
});

// ---- SKU availability while typing ----

let loaded = null; // the item as last loaded or saved (edit mode)
const timers = new WeakMap();
const asked = new WeakMap();

function ownSkus() {
  if (!loaded) return new Set();
  return new Set([loaded.sku, ...loaded.variants.map((v) => v.sku)].map((s) => s.toLowerCase()));
}

function say(input, text, kind) {
  const hint = input.closest('.field').querySelector('.sku-check');
  hint.textContent = text;
  hint.className = `hint sku-check ${kind}`.trim();
  hint.dataset.state = kind || 'none';
}

async function checkSku(input) {
  const sku = input.value.trim();
  const ask = (asked.get(input) ?? 0) + 1;
  asked.set(input, ask);
  if (!sku) return say(input, '', '');
  if (!SKU.test(sku)) return say(input, 'not a valid SKU (letters, digits, . _ / -, at most 64)', 'bad');
  const key = sku.toLowerCase();
  const repeated = [...form.querySelectorAll('[data-sku-check]')]
    .some((other) => other !== input && other.value.trim().toLowerCase() === key);
  if (repeated) return say(input, 'taken: another SKU of this item', 'bad');
  if (ownSkus().has(key)) return say(input, 'available (this item has it now)', 'ok');
  say(input, 'checking…', '');
  try {
    const answer = await get(withQuery('/api/catalog/check-sku', { sku }));
    if (asked.get(input) !== ask) return; // a newer check is on its way
    say(input, answer.available ? 'available' : 'taken', answer.available ? 'ok' : 'bad');
  } catch {
    if (asked.get(input) === ask) say(input, '', '');
  }
}

form.addEventListener('input', (e) => {
  const input = e.target;
  if (!input.matches('[data-sku-check]')) return;
  clearTimeout(timers.get(input));
  timers.set(input, setTimeout(() => checkSku(input), 300));
});

// ---- load and save ----

function toBody(values) {
  const body = { ...values };
  for (const key of Object.keys(body)) if (!FIELDS.includes(key)) delete body[key];
  if (typeof body.currency === 'string') body.currency = body.currency.toUpperCase();
  body.specs ??= {};
  body.variants = body.variants ?? [];
  if (!('vendorId' in values)) body.vendorId = loaded?.vendorId ?? null; // a VENDOR's items keep its own
  return body;
}

function showHeading(item) {
  loaded = item;
  title.textContent = `${item.sku} · ${item.name}`;
  document.title = `${item.sku} · Shopfloor`;
  if (versionNote) versionNote.textContent = `Version ${item.version} · updated ${dateTime(item.updatedAt)}`;
  form.querySelectorAll('.sku-check').forEach((hint) => {
    hint.textContent = '';
    hint.className = 'hint sku-check';
  });
}

class ItemForm extends EditForm {
  show(item) {
    setVariantRows(item.variants?.length ?? 0);
    super.show(item);
    showHeading(item);
  }
}

// Only an existing item follows changes (the stale notice); a new one has nothing to follow yet.
const live = itemId ? startLive(['catalog_items']) : null;
await fillReferences({
  category: form.elements.categoryId,
  sport: form.elements.sportIds,
  fabric: form.elements.fabricIds,
  vendor: form.elements.vendorId,
});

if (itemId) {
  const editor = new ItemForm(form, { path: `/api/catalog/${itemId}`, toBody, fields: FIELDS });
  editor.watch(live, 'catalog_items');
  await live.ready;
  try {
    await editor.load();
    form.dataset.loaded = 'true';
  } catch (error) {
    const missing = document.createElement('p');
    missing.className = 'form-error';
    missing.setAttribute('role', 'alert');
    missing.textContent = error.status === 404 ? 'There is no such item, or it is not yours to see.' : error.message;
    form.replaceWith(missing);
  }
  document.getElementById('delete-item')?.addEventListener('click', async () => {
    if (!confirm(`Delete ${loaded.sku}? Items on orders cannot be deleted; archive them instead.`)) return;
    try {
      await request('DELETE', `/api/catalog/${itemId}`, { ifMatch: loaded.version });
      location.assign('/admin/catalog');
    } catch (error) {
      if (error.status === undefined) throw error;
      toast(error.code === 'has_dependents' ? 'Orders refer to this item: archive it instead.' : error.message, 'error');
    }
  });
} else {
  form.elements.currency.value = 'EUR';
  renumber();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const submit = form.querySelector('[type=submit]');
    submit.disabled = true;
    try {
      const created = await post('/api/catalog', toBody(formValues(form)));
      location.assign(`/admin/catalog/${created.id}`);
    } catch (error) {
      submit.disabled = false;
      if (error.status === undefined) throw error; // a bug, not a refusal: leave it uncaught
      showErrors(form, error);
    }
  });
  form.dataset.loaded = 'true';
}
