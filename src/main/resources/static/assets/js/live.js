// One live connection per page (docs/sync-protocol.md): WebSocket /api/sync, resumed from the last applied seq
// after every drop, with backoff; polling /api/changes when WebSocket cannot connect at all. The indicator in
// the top bar shows live / polling / reconnecting / offline.

import { accessToken, get, withQuery } from './api.js';

const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000, 15000];
const OFFLINE_AFTER_FAILURES = 6; // about 30 s of failed attempts
const POLL_MS = 1000;
const WEBSOCKET_TRIES_BEFORE_POLLING = 3;
const HEAD = Number.MAX_SAFE_INTEGER; // asking for changes after this returns nothing but the head

class Live {
  constructor(topics) {
    this.topics = [...new Set(topics)];
    this.handlers = new Map();
    this.resyncHandlers = [];
    this.lastSeq = null;
    this.failures = 0;
    this.everOpened = false;
    this.polling = false;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    window.addEventListener('online', () => this.retryNow());
    window.addEventListener('offline', () => this.show('offline'));
  }

  /** handler(event) for every change on topic, in seq order. */
  on(topic, handler) {
    if (!this.handlers.has(topic)) this.handlers.set(topic, []);
    this.handlers.get(topic).push(handler);
    return this;
  }

  /** The log no longer holds what was missed: the page must load its data again. */
  onResync(handler) {
    this.resyncHandlers.push(handler);
    return this;
  }

  start() {
    this.connect();
    return this.ready;
  }

  connect() {
    clearTimeout(this.timer);
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/sync?access_token=${encodeURIComponent(accessToken())}`);
    this.socket = socket;
    socket.onopen = () => {
      this.everOpened = true;
      const subscribe = { type: 'subscribe', topics: this.topics };
      if (this.lastSeq !== null) subscribe.since = this.lastSeq;
      socket.send(JSON.stringify(subscribe));
    };
    socket.onmessage = (message) => this.receive(JSON.parse(message.data), socket);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.failures++;
      if (!this.everOpened && this.failures >= WEBSOCKET_TRIES_BEFORE_POLLING) this.startPolling();
      else this.retryLater(() => this.connect());
    };
  }

  receive(message, socket) {
    switch (message.type) {
      case 'subscribed':
        if (this.lastSeq === null) this.lastSeq = message.headSeq;
        this.failures = 0;
        this.show('live');
        this.markReady();
        break;
      case 'event':
        this.apply(message);
        break;
      case 'ping':
        socket.send('{"type":"pong"}');
        break;
      case 'resync':
        this.lastSeq = null;
        this.resyncHandlers.forEach((handler) => handler());
        break;
      default:
        if (message.type === 'error') console.warn('live sync:', message.code, message.detail);
    }
  }

  apply(event) {
    if (this.lastSeq !== null && event.seq <= this.lastSeq) return; // already applied before a reconnect
    this.lastSeq = event.seq;
    for (const handler of this.handlers.get(event.topic) ?? []) {
      try {
        handler(event);
      } catch (error) {
        console.error('live handler failed', event, error);
      }
    }
  }

  async startPolling() {
    this.polling = true;
    try {
      if (this.lastSeq === null) this.lastSeq = (await get(withQuery('/api/changes', { since: HEAD, limit: 1 }))).headSeq;
      this.failures = 0;
      this.show('polling');
      this.markReady();
      for (;;) {
        const page = await get(withQuery('/api/changes', { since: this.lastSeq, topics: this.topics.join(','), limit: 500 }));
        page.items.forEach((event) => this.apply(event));
        if (page.items.length < 500) {
          this.lastSeq = Math.max(this.lastSeq, page.headSeq);
          break;
        }
      }
      this.timer = setTimeout(() => this.startPolling(), POLL_MS);
    } catch (error) {
      if (error.status === 410) {
        this.lastSeq = null;
        this.resyncHandlers.forEach((handler) => handler());
      }
      this.failures++;
      this.retryLater(() => this.startPolling());
    }
  }

  retryLater(attempt) {
    this.show(this.failures >= OFFLINE_AFTER_FAILURES || !navigator.onLine ? 'offline' : 'reconnecting');
    const base = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0];
    this.timer = setTimeout(attempt, base / 2 + Math.random() * base / 2);
  }

  retryNow() {
    clearTimeout(this.timer);
    if (this.polling) this.startPolling();
    else if (!this.socket) this.connect();
  }

  show(state) {
    this.state = state;
    const indicator = document.getElementById('live-indicator');
    if (!indicator) return;
    indicator.dataset.state = state;
    indicator.querySelector('.label').textContent = state === 'polling' ? 'live (polling)' : state;
    indicator.title = state === 'offline' ? 'Offline: changes will appear when the connection returns' : '';
  }
}

let current;

/** The page's live connection, created on first use; `await startLive([...]).ready` before loading data. */
export function startLive(topics) {
  if (current) throw new Error('one live connection per page: pass every topic to startLive once');
  current = new Live(topics);
  current.start();
  return current;
}
