// Names of other resources shown in a page's rows (an order carries customerId, a stock level itemId): read once
// per id and cached; the ids asked for while a list renders are read together right after, in one
// `GET <endpoint>?ids=...` instead of one request per row.

import { get } from './api.js';

// The API takes up to 200 ids; 100 keeps the address (~3.7 KB) well within the server's request-header limit.
const IDS_PER_REQUEST = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Names {
  /** endpoint: a list endpoint with an `ids` filter ('/api/customers', '/api/catalog'). */
  constructor(endpoint) {
    this.endpoint = endpoint;
    this.cache = new Map(); // id -> Promise of the name ('' when it cannot be read)
    this.waiting = new Map(); // id -> resolve, for the names asked for since the last fetch
  }

  of(id) {
    if (!id) return Promise.resolve('');
    if (!this.cache.has(id)) {
      // a malformed id would fail the whole batch (400); it has no name to read anyway
      if (!UUID.test(id)) return Promise.resolve('');
      this.cache.set(id, new Promise((resolve) => this.waiting.set(id, resolve)));
      if (this.waiting.size === 1) queueMicrotask(() => this.fetchWaiting());
    }
    return this.cache.get(id);
  }

  /** A name the page already holds (e.g. a picked search result): no need to read it. */
  remember(id, name) {
    this.cache.set(id, Promise.resolve(name));
  }

  has(id) {
    return this.cache.has(id);
  }

  /** Forgets one name (it changed) or, without an id, all of them (after a resync). */
  forget(id) {
    if (id === undefined) this.cache.clear();
    else this.cache.delete(id);
  }

  async fetchWaiting() {
    const batch = this.waiting;
    this.waiting = new Map();
    const ids = [...batch.keys()];
    const chunks = [];
    for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) chunks.push(ids.slice(i, i + IDS_PER_REQUEST));
    await Promise.all(chunks.map(async (chunk) => {
      const found = new Map();
      try {
        // ids as a comma list: UUIDs need no escaping, so the address stays short
        const page = await get(`${this.endpoint}?ids=${chunk.join(',')}&limit=200`);
        for (const item of page.items) found.set(item.id, item.name ?? '');
      } catch {
        // the names stay '' (cells show what they showed before), as a failed single read left them
      }
      for (const id of chunk) batch.get(id)(found.get(id) ?? '');
    }));
  }
}
