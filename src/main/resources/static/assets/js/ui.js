// Small DOM helpers shared by the pages: formatting, filling templates, highlights and toasts.

const locale = navigator.language || 'en';

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency || 'EUR' }).format(amount);
  } catch {
    return `${Number(amount).toFixed(2)} ${currency ?? ''}`.trim();
  }
}

export function number(value) {
  return value === null || value === undefined ? '' : new Intl.NumberFormat(locale).format(value);
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

export function date(iso) {
  return iso ? new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' }) : '';
}

/** A status word as a coloured badge: <span class="badge status-in_production">in production</span>. */
export function badge(status) {
  const span = document.createElement('span');
  span.className = `badge status-${status}`;
  span.textContent = String(status ?? '').replaceAll('_', ' ');
  return span;
}

/**
 * Clones a <template> and fills every [data-field="path"] inside it from item (dotted paths allowed);
 * formats[path](value, item) may return text or a Node.
 */
export function fromTemplate(template, item, formats = {}) {
  const root = template.content.firstElementChild.cloneNode(true);
  fill(root, item, formats);
  return root;
}

export function fill(root, item, formats = {}) {
  for (const el of root.querySelectorAll('[data-field]')) {
    const path = el.dataset.field;
    const value = path.split('.').reduce((v, key) => (v == null ? v : v[key]), item);
    const shown = formats[path] ? formats[path](value, item) : value;
    if (shown instanceof Node) el.replaceChildren(shown);
    else el.textContent = shown ?? '';
  }
  if (item?.id && root.dataset) root.dataset.id = item.id;
  return root;
}

/** The brief highlight of something that just changed elsewhere. */
export function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  if (!box) return;
  const item = document.createElement('div');
  item.className = `toast toast-${kind}`;
  item.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  item.textContent = message;
  box.append(item);
  setTimeout(() => item.remove(), 5000);
}

/** An API refusal becomes a toast; anything else is a bug and stays an uncaught error (tests catch those). */
export function showFailure(error) {
  if (error?.status === undefined) throw error;
  toast(error.message, 'error');
}

export function debounce(fn, ms = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** The signed-in user's role (the server renders the controls a role may use; scripts rarely need it). */
export const role = document.querySelector('meta[name="user-role"]')?.content ?? 'VIEWER';
