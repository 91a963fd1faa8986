// A list page's table that stays put while data moves (docs/admin-pages.md):
// - keyset pages (Previous / Next over the API's nextCursor), filters kept in the address bar;
// - rows already on screen update in place (fetched again, briefly highlighted) or show as removed;
// - rows inserted elsewhere never shift the page: a "N new — show" button reloads the first page.
//
// Markup inside root: [data-rows] (the tbody or list), [data-news] with a button, [data-prev], [data-next],
// [data-empty]; optional form [data-filters] whose named fields become query parameters.

import { get, withQuery } from './api.js';
import { debounce, flash, showFailure } from './ui.js';

export class LiveList {
  /**
   * endpoint: '/api/catalog'; render(item) -> element for one row;
   * fetchOne(id) -> item or null (default GET endpoint/id); params() -> extra query parameters.
   */
  constructor(root, { endpoint, render, fetchOne, params = () => ({}), limit = 25, onLoaded = () => {} }) {
    this.root = root;
    this.endpoint = endpoint;
    this.render = render;
    this.fetchOne = fetchOne ?? ((id) => get(`${endpoint}/${id}`));
    this.params = params;
    this.limit = limit;
    this.onLoaded = onLoaded;
    this.rows = root.querySelector('[data-rows]');
    this.news = root.querySelector('[data-news]');
    this.filters = root.querySelector('form[data-filters]');
    this.cursors = [null];
    this.newCount = 0;
    this.pending = new Set();
    this.refreshSoon = debounce(() => this.refreshPending(), 60);
    root.querySelector('[data-prev]')?.addEventListener('click', () => this.page(-1));
    root.querySelector('[data-next]')?.addEventListener('click', () => this.page(+1));
    this.news?.querySelector('button')?.addEventListener('click', () => this.reload());
    if (this.filters) {
      readFiltersFromAddress(this.filters);
      const changed = debounce(() => this.reload(), 250);
      this.filters.addEventListener('input', changed);
      this.filters.addEventListener('submit', (e) => {
        e.preventDefault();
        this.reload();
      });
    }
  }

  /** Follows a live topic whose event ids are this list's row ids. */
  follow(live, topic) {
    live.on(topic, (event) => this.changed(event));
    live.onResync(() => this.reload());
    return this;
  }

  changed(event) {
    if (event.op === 'insert') {
      this.newCount++;
      this.showNews();
    } else if (event.op === 'delete') {
      this.rowFor(event.id)?.classList.add('removed');
    } else {
      this.refresh(event.id);
    }
  }

  /** Fetches the row again if it is on screen (several changes in a burst cost one fetch each). */
  refresh(id) {
    if (!this.rowFor(id)) return;
    this.pending.add(id);
    this.refreshSoon();
  }

  async refreshPending() {
    const ids = [...this.pending];
    this.pending.clear();
    await Promise.all(ids.map(async (id) => {
      const row = this.rowFor(id);
      if (!row) return;
      let item;
      try {
        item = await this.fetchOne(id);
      } catch (error) {
        if (error.status === 404 || error.status === 403) row.classList.add('removed');
        return;
      }
      if (!item) return;
      const fresh = this.render(item);
      fresh.dataset.id = id;
      row.replaceWith(fresh);
      flash(fresh);
    }));
  }

  reload() {
    this.cursors = [null];
    this.newCount = 0;
    this.showNews();
    writeFiltersToAddress(this.filters);
    return this.load();
  }

  page(step) {
    if (step > 0) {
      if (!this.nextCursor) return;
      this.cursors.push(this.nextCursor);
    } else {
      if (this.cursors.length <= 1) return;
      this.cursors.pop();
    }
    return this.load();
  }

  async load() {
    const cursor = this.cursors[this.cursors.length - 1];
    const query = { ...formParams(this.filters), ...this.params(), limit: this.limit, cursor };
    this.root.setAttribute('aria-busy', 'true');
    try {
      const page = await get(withQuery(this.endpoint, query));
      this.nextCursor = page.nextCursor;
      this.rows.replaceChildren(...page.items.map((item) => {
        const row = this.render(item);
        row.dataset.id = item.id;
        return row;
      }));
      const empty = this.root.querySelector('[data-empty]');
      if (empty) empty.hidden = page.items.length > 0;
      const prev = this.root.querySelector('[data-prev]');
      const next = this.root.querySelector('[data-next]');
      if (prev) prev.disabled = this.cursors.length <= 1;
      if (next) next.disabled = !page.nextCursor;
      this.onLoaded(page);
    } catch (error) {
      showFailure(error);
    } finally {
      this.root.removeAttribute('aria-busy');
    }
  }

  rowFor(id) {
    return this.rows.querySelector(`[data-id="${CSS.escape(id)}"]`);
  }

  showNews() {
    if (!this.news) return;
    this.news.hidden = this.newCount === 0;
    const button = this.news.querySelector('button');
    if (button) button.textContent = `${this.newCount} new — show`;
  }
}

export function formParams(form) {
  const params = {};
  if (!form) return params;
  for (const [key, value] of new FormData(form).entries()) {
    if (value !== '') params[key] = value;
  }
  for (const box of form.querySelectorAll('input[type=checkbox][name]')) {
    params[box.name] = box.checked ? (box.value === 'on' ? 'true' : box.value) : undefined;
  }
  return params;
}

/** Sets a filter form's fields from the address bar (a shared or reloaded link keeps its filters). */
export function readFiltersFromAddress(form) {
  const query = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (!field.name || !query.has(field.name)) continue;
    if (field.type === 'checkbox') field.checked = query.get(field.name) === 'true';
    else field.value = query.get(field.name);
  }
}

/** Puts a filter form's non-empty fields into the address bar, without a new history entry. */
export function writeFiltersToAddress(form) {
  if (!form) return;
  const url = withQuery(location.pathname, formParams(form));
  history.replaceState(null, '', url);
}
