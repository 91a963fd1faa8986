// Inventory levels: stock per SKU and location, live through stock_levels; adjust and transfer dialogs.
// An adjustment opened from a row sends the row's version as expectedVersion, so a count made on stale numbers
// is refused (409 version_conflict) and the dialog shows what the level is now, to reload or apply knowingly.

import { get, post } from '../api.js';
import { clearErrors, showErrors } from '../forms.js';
import { LiveList } from '../list.js';
import { startLive } from '../live.js';
import { fromTemplate, number, toast } from '../ui.js';
import { fillLocationSelects, itemName, shortageText, showLocation, wireDialogClose } from './common.js';

const live = startLive(['stock_levels']);
const selectsReady = fillLocationSelects(); // the dialogs' buttons work at once; they wait for the locations

const template = document.getElementById('level-row');

export function isLow(level) {
  return level.reorderPoint > 0 && level.available <= level.reorderPoint;
}

function render(level) {
  const row = fromTemplate(template, level, {
    item: () => '',
    locationId: () => '',
    onHand: number,
    reserved: number,
    available: number,
    reorderPoint: number,
  });
  itemName(level.itemId).then((name) => (row.querySelector('[data-field="item"]').textContent = name));
  showLocation(row.querySelector('[data-field="locationId"]'), level.locationId);
  if (isLow(level)) {
    row.classList.add('low');
    row.querySelector('.low-marker').hidden = false;
  }
  row.querySelector('[data-action="adjust"]')?.addEventListener('click', () => openAdjust(level));
  row.querySelector('[data-action="transfer"]')?.addEventListener('click', () => openTransfer(level));
  const sku = level.sku;
  row.querySelectorAll('button[data-action]').forEach((b) => b.setAttribute('aria-label', `${b.textContent} ${sku}`));
  return row;
}

function describe(level) {
  return `${level.sku}: on hand ${level.onHand}, reserved ${level.reserved}, available ${level.available}`
    + ` (version ${level.version})`;
}

// ---- adjust ----
const adjustDialog = document.getElementById('adjust-dialog');
const adjustForm = document.getElementById('adjust-form');
let adjusting = null; // the level as the user saw it when opening the dialog (null: a new SKU/location)

async function openAdjust(level = null) {
  await selectsReady;
  adjusting = level;
  adjustForm.reset();
  clearErrors(adjustForm);
  adjustForm.querySelector('.conflict-box').hidden = true;
  const sku = adjustForm.elements.sku;
  const where = adjustForm.elements.locationId;
  sku.value = level?.sku ?? '';
  sku.readOnly = Boolean(level);
  where.value = level?.locationId ?? '';
  where.disabled = Boolean(level);
  adjustForm.querySelector('[data-current]').textContent = level ? describe(level) : '';
  adjustDialog.showModal();
  (level ? adjustForm.elements.delta : sku).focus();
}

function adjustment() {
  const f = adjustForm.elements;
  const body = { sku: f.sku.value.trim(), locationId: f.locationId.value || null, reason: f.reason.value.trim() || null };
  if (f.delta.value.trim() !== '') body.delta = Number(f.delta.value);
  if (f.setOnHand.value.trim() !== '') body.setOnHand = Number(f.setOnHand.value);
  if (adjusting) body.expectedVersion = adjusting.version;
  return body;
}

async function saveAdjustment() {
  const submit = adjustForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    const result = await post('/api/inventory/adjustments', adjustment(), { idempotent: true });
    adjustDialog.close();
    toast(result.movement
      ? `Adjusted ${result.level.sku}: now ${result.level.onHand} on hand`
      : `Nothing to change: ${result.level.sku} already has ${result.level.onHand} on hand`, 'success');
  } catch (error) {
    if (error.isConflict && adjusting) await showConflict();
    else if (error.code === 'insufficient_stock') {
      showErrors(adjustForm, error);
      adjustForm.querySelector('.form-error').textContent = shortageText(error);
    } else showErrors(adjustForm, error);
  } finally {
    submit.disabled = false;
  }
}

async function showConflict() {
  clearErrors(adjustForm);
  const now = await get(`/api/inventory/levels/${adjusting.id}`);
  const box = adjustForm.querySelector('.conflict-box');
  box.querySelector('[data-conflict-text]').textContent =
    `This level changed since you opened it: now ${now.onHand} on hand (${now.available} available, version`
    + ` ${now.version}); you saw ${adjusting.onHand} on hand at version ${adjusting.version}. Nothing was saved.`;
  box.hidden = false;
  box.now = now;
  box.querySelector('[data-conflict="reload"]').focus();
}

if (adjustForm) {
  adjustForm.querySelector('[data-conflict="reload"]').addEventListener('click', () => {
    const box = adjustForm.querySelector('.conflict-box');
    adjusting = box.now;
    box.hidden = true;
    adjustForm.querySelector('[data-current]').textContent = describe(adjusting);
    adjustForm.elements.delta.focus();
  });
  adjustForm.querySelector('[data-conflict="retry"]').addEventListener('click', () => {
    const box = adjustForm.querySelector('.conflict-box');
    adjusting = box.now;
    box.hidden = true;
    adjustForm.querySelector('[data-current]').textContent = describe(adjusting);
    saveAdjustment();
  });
  adjustForm.addEventListener('submit', (e) => {
    e.preventDefault();
    saveAdjustment();
  });
  wireDialogClose(adjustDialog);
}
document.getElementById('new-adjustment')?.addEventListener('click', () => openAdjust(null));

// ---- transfer ----
const transferDialog = document.getElementById('transfer-dialog');
const transferForm = document.getElementById('transfer-form');

async function openTransfer(level = null) {
  await selectsReady;
  transferForm.reset();
  clearErrors(transferForm);
  transferForm.elements.sku.value = level?.sku ?? '';
  transferForm.elements.fromLocationId.value = level?.locationId ?? '';
  transferForm.querySelector('[data-current]').textContent = level ? describe(level) : '';
  transferDialog.showModal();
  (level ? transferForm.elements.quantity : transferForm.elements.sku).focus();
}

transferForm?.addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = transferForm.elements;
  const body = {
    sku: f.sku.value.trim(),
    fromLocationId: f.fromLocationId.value || null,
    toLocationId: f.toLocationId.value || null,
    quantity: f.quantity.value.trim() === '' ? null : Number(f.quantity.value),
    reason: f.reason.value.trim() || null,
  };
  const submit = transferForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    await post('/api/inventory/transfers', body, { idempotent: true });
    transferDialog.close();
    toast(`Moved ${body.quantity} × ${body.sku}`, 'success');
  } catch (error) {
    showErrors(transferForm, error);
    if (error.code === 'insufficient_stock') transferForm.querySelector('.form-error').textContent = shortageText(error);
  } finally {
    submit.disabled = false;
  }
});
if (transferDialog) wireDialogClose(transferDialog);
document.getElementById('new-transfer')?.addEventListener('click', () => openTransfer(null));

// a level on screen that is also open in the dialog: tell the user it moved (the dialog keeps their typing)
live.on('stock_levels', (event) => {
  if (!adjusting || event.id !== adjusting.id || !adjustDialog.open) return;
  if (event.version !== null && event.version <= adjusting.version) return;
  adjustForm.querySelector('[data-current]').textContent =
    `${describe(adjusting)} — changed elsewhere since you opened it`;
});

await live.ready;
await selectsReady;
const list = new LiveList(document.getElementById('levels'), { endpoint: '/api/inventory/levels', render })
  .follow(live, 'stock_levels');
await list.load();
