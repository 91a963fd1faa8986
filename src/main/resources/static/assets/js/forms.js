// Forms that write through the API: field-level errors from problem+json, and edits that never silently
// overwrite someone else's: a stale save (409 version_conflict / 412) opens a dialog that shows what changed
// and lets the user reload the saved values or save theirs again on top of them, knowingly.

import { request } from './api.js';
import { toast } from './ui.js';

/** Named fields to JSON: dotted names nest, bracketed indexes nest into arrays ('variants[0].sku', the API's
 *  error field names), number inputs give numbers, checkboxes booleans,
 *  data-type="list" a comma-separated array, data-type="json" parsed JSON; empty fields give null. */
export function formValues(form) {
  const values = {};
  for (const field of form.elements) {
    if (!field.name || field.disabled || field.type === 'submit' || field.type === 'button') continue;
    if (field.type === 'radio' && !field.checked) continue;
    setPath(values, field.name, fieldValue(field));
  }
  return values;
}

function fieldValue(field) {
  if (field.type === 'checkbox') return field.checked;
  if (field.multiple) return [...field.selectedOptions].map((o) => o.value);
  const raw = field.value.trim();
  if (field.dataset.type === 'list') return raw ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [];
  if (raw === '') return null;
  if (field.dataset.type === 'json') {
    try {
      return JSON.parse(raw);
    } catch {
      return raw; // the API answers with a field error
    }
  }
  if (field.type === 'number') return Number(raw);
  return raw;
}

/** Puts resource values into the form's named fields (the inverse of formValues). */
export function fillForm(form, resource) {
  for (const field of form.elements) {
    if (!field.name) continue;
    const value = pathKeys(field.name).reduce((v, key) => (v == null ? v : v[key]), resource);
    if (field.type === 'checkbox') field.checked = Boolean(value);
    else if (field.multiple) [...field.options].forEach((o) => (o.selected = (value ?? []).includes(o.value)));
    else if (field.dataset.type === 'list') field.value = (value ?? []).join(', ');
    else if (field.dataset.type === 'json') field.value = value == null ? '' : JSON.stringify(value, null, 2);
    else field.value = value ?? '';
  }
}

/** 'a.b' -> ['a', 'b']; 'variants[0].sku' -> ['variants', 0, 'sku'] (a number key means an array index). */
function pathKeys(name) {
  return name.split(/\.|(?=\[)/).map((key) => (/^\[\d+\]$/.test(key) ? Number(key.slice(1, -1)) : key));
}

function setPath(target, path, value) {
  const keys = pathKeys(path);
  let node = target;
  keys.slice(0, -1).forEach((key, i) => (node = node[key] ??= typeof keys[i + 1] === 'number' ? [] : {}));
  node[keys[keys.length - 1]] = value;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  });
  form.querySelector('.form-error')?.remove();
}

/** Shows an ApiError on the form: each errors[] entry under its field, anything else at the top. */
export function showErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  for (const { field, message } of error.problem?.errors ?? []) {
    const input = field && form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) {
      unplaced.push(field ? `${field}: ${message}` : message);
      continue;
    }
    const note = document.createElement('p');
    note.className = 'field-error';
    note.id = `${input.id || input.name}-error`;
    note.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', note.id);
    input.closest('.field')?.append(note) ?? input.after(note);
  }
  if (unplaced.length || !error.problem?.errors?.length) {
    const top = document.createElement('p');
    top.className = 'form-error';
    top.setAttribute('role', 'alert');
    top.textContent = [error.message, ...unplaced].join(' — ');
    form.prepend(top);
  }
  (form.querySelector('[aria-invalid="true"]') ?? form.querySelector('.form-error'))?.focus?.();
}

/**
 * An edit form bound to one resource at path (e.g. '/api/customers/ID'):
 * load() fills it, save() PUTs formValues + version with If-Match, and a conflict opens the dialog.
 * toBody(values, loaded) shapes the request body; the loaded resource's version is always sent.
 */
export class EditForm {
  constructor(form, { path, toBody = (values) => values, onSaved = () => {}, fields }) {
    this.form = form;
    this.path = path;
    this.toBody = toBody;
    this.onSaved = onSaved;
    this.fields = fields; // optional list of field names the conflict dialog compares
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
  }

  async load() {
    const { body } = await request('GET', this.path);
    this.show(body);
    return body;
  }

  show(resource) {
    this.loaded = resource;
    fillForm(this.form, resource);
    clearErrors(this.form);
    this.form.querySelector('.stale-notice')?.remove();
  }

  async save(base = this.loaded) {
    const mine = formValues(this.form);
    const body = { ...this.toBody(mine, base), version: base.version };
    const submit = this.form.querySelector('[type=submit]');
    if (submit) submit.disabled = true;
    try {
      const { body: saved } = await request('PUT', this.path, { body, ifMatch: base.version });
      this.show(saved);
      toast('Saved', 'success');
      this.onSaved(saved);
    } catch (error) {
      if (error.isConflict) await this.resolveConflict(mine);
      else if (error.status) showErrors(this.form, error);
      else throw error;
    } finally {
      if (submit) submit.disabled = false;
    }
  }

  /** Someone saved first: show their values next to mine; reload theirs or save mine on top, by choice. */
  async resolveConflict(mine) {
    const { body: theirs } = await request('GET', this.path);
    const choice = await conflictDialog(changedFields(this.loaded, theirs, mine, this.fields), theirs);
    if (choice === 'reload') {
      this.show(theirs);
    } else if (choice === 'retry') {
      fillForm(this.form, mine);
      await this.save(theirs);
    }
  }

  /** While editing, a change saved elsewhere shows a notice (the form keeps the user's typing). */
  watch(live, topic) {
    live.on(topic, (event) => {
      if (!this.loaded || event.id !== this.loaded.id || event.op !== 'update') return;
      if (event.version !== null && event.version <= this.loaded.version) return;
      if (this.form.querySelector('.stale-notice')) return;
      const notice = document.createElement('div');
      notice.className = 'stale-notice';
      notice.setAttribute('role', 'status');
      notice.textContent = 'Someone else changed this while you were editing. ';
      const reload = document.createElement('button');
      reload.type = 'button';
      reload.textContent = 'Load their version';
      reload.addEventListener('click', () => this.load());
      notice.append(reload);
      this.form.prepend(notice);
    });
    return this;
  }
}

function changedFields(base, theirs, mine, fields) {
  const names = fields ?? Object.keys(mine);
  return names
    .filter((name) => JSON.stringify(theirs?.[name]) !== JSON.stringify(base?.[name]))
    .map((name) => ({ name, base: base?.[name], theirs: theirs?.[name], mine: mine[name] }));
}

function shown(value) {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Resolves to 'reload', 'retry' or 'cancel'. */
function conflictDialog(changes, theirs) {
  const dialog = document.createElement('dialog');
  dialog.className = 'conflict-dialog';
  dialog.setAttribute('aria-labelledby', 'conflict-title');
  dialog.innerHTML = `
    <h2 id="conflict-title">Someone else saved this first</h2>
    <p>It is now at version <strong class="their-version"></strong>. Your changes are not saved yet.</p>
    <table class="conflict-changes">
      <thead><tr><th scope="col">Field</th><th scope="col">Saved now</th><th scope="col">Yours</th></tr></thead>
      <tbody></tbody>
    </table>
    <div class="actions">
      <button type="button" value="reload">Reload their version</button>
      <button type="button" value="retry" class="primary">Save mine over it</button>
      <button type="button" value="cancel">Keep editing</button>
    </div>`;
  dialog.querySelector('.their-version').textContent = theirs.version;
  const rows = changes.length ? changes : [{ name: '(other fields)', theirs: 'changed', mine: '' }];
  for (const change of rows) {
    const tr = document.createElement('tr');
    for (const text of [change.name, shown(change.theirs), shown(change.mine)]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    dialog.querySelector('tbody').append(tr);
  }
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('click', (e) => {
      if (e.target.tagName !== 'BUTTON') return;
      dialog.close();
      dialog.remove();
      resolve(e.target.value);
    });
    dialog.addEventListener('cancel', () => {
      dialog.remove();
      resolve('cancel');
    });
  });
}
