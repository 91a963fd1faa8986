// One live connection per page (docs/sync-protocol.md). WebSocket /api/sync, resumed from the last applied seq
// after every drop, with backoff and jitter. When the WebSocket keeps failing while plain HTTP works (a proxy
// that blocks WebSockets), the page polls /api/changes instead and tries the WebSocket again now and then.
// The indicator in the top bar shows live / live (polling) / reconnecting / offline.

import { accessToken, get, withQuery } from './api.js';

const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000, 15000];
const OFFLINE_AFTER_FAILURES = 6; // about 30 s of failed attempts
const WEBSOCKET_FAILURES_BEFORE_POLLING = 3;
const POLL_MS = 1000;
const WEBSOCKET_RETRY_WHILE_POLLING_MS = 30_000;
const PAGE = 500;
const BEYOND_HEAD = Number.MAX_SAFE_INTEGER; // changes after this: none, but the answer carries headSeq

class Live {
  constructor(topics) {
    this.topics = [...new Set(topics)];
    this.handlers = new Map();
    this.resyncHandlers = [];
    this.lastSeq = null;
    this.failures = 0; // consecutive attempts that did not get (or keep) a subscription
    this.polling = false;
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    window.addEventListener('online', () => this.retryNow());
    window.addEventListener('offline', () => this.show('offline'));
  }

  /** handler(event) for every change on topic, in seq order, each at most once. */
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

  connect() {
    clearTimeout(this.timer);
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/sync?access_token=${encodeURIComponent(accessToken())}`);
    this.socket = socket;
    socket.onopen = () => {
      const subscribe = { type: 'subscribe', topics: this.topics };
      if (this.lastSeq !== null) subscribe.since = this.lastSeq;
      socket.send(JSON.stringify(subscribe));
    };
    socket.onmessage = (message) => this.receive(JSON.parse(message.data), socket);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.polling) return; // a failed probe while polling: polling carries on
      this.failures++;
      if (this.failures >= WEBSOCKET_FAILURES_BEFORE_POLLING) this.poll();
      else this.retryLater(() => this.connect());
    };
  }

  receive(message, socket) {
    switch (message.type) {
      case 'subscribed':
        if (this.lastSeq === null) this.lastSeq = message.headSeq;
        this.failures = 0;
        this.polling = false;
        clearTimeout(this.timer);
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
      case 'error':
        console.warn('live sync:', message.code, message.detail);
        break;
      default:
    }
  }

  apply(event) {
    if (this.lastSeq !== null && event.seq <= this.lastSeq) return; // already applied (replay after a resume)
    this.lastSeq = event.seq;
    for (const handler of this.handlers.get(event.topic) ?? []) {
      try {
        handler(event);
      } catch (error) {
        console.error('live handler failed', event, error);
      }
    }
  }

  /** One round of polling; a failure here means the server is unreachable, not just its WebSocket. */
  async poll() {
    clearTimeout(this.timer);
    try {
      if (this.lastSeq === null) this.lastSeq = (await get(withQuery('/api/changes', { since: BEYOND_HEAD, limit: 1 }))).headSeq;
      for (;;) {
        const page = await get(withQuery('/api/changes', { since: this.lastSeq, topics: this.topics.join(','), limit: PAGE }));
        page.items.forEach((event) => this.apply(event));
        if (page.items.length < PAGE) {
          this.lastSeq = Math.max(this.lastSeq, page.headSeq);
          break;
        }
      }
      if (!this.polling) {
        this.polling = true;
        this.failures = 0;
        this.probeAt = 0; // the server may just be back: try the WebSocket again at once
        this.show('polling');
        this.markReady();
      }
      if (Date.now() > this.probeAt) {
        this.probeAt = Date.now() + WEBSOCKET_RETRY_WHILE_POLLING_MS;
        if (!this.socket) this.connect();
      }
      if (this.polling) this.timer = setTimeout(() => this.poll(), POLL_MS);
    } catch (error) {
      if (error.status === 410) {
        this.lastSeq = null;
        this.resyncHandlers.forEach((handler) => handler());
      }
      this.polling = false;
      this.failures++;
      this.retryLater(() => this.connect());
    }
  }

  retryLater(attempt) {
    this.show(this.failures >= OFFLINE_AFTER_FAILURES || !navigator.onLine ? 'offline' : 'reconnecting');
    const base = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0];
    this.timer = setTimeout(attempt, base / 2 + (Math.random() * base) / 2);
  }

  retryNow() {
    if (this.polling) this.poll();
    else if (!this.socket) this.connect();
  }

  show(state) {
    this.state = state;
    const indicator = document.getElementById('live-indicator');
    if (!indicator) return;
    indicator.hidden = false; // pages that follow nothing live (a refusal page) show no indicator
    indicator.dataset.state = state;
    indicator.querySelector('.label').textContent = state === 'polling' ? 'live (polling)' : state;
    indicator.title = state === 'offline' ? 'Offline: changes will appear when the connection returns' : '';
  }
}

let current;

/** The page's live connection; pass every topic the page follows, then `await live.ready` before loading data. */
export function startLive(topics) {
  if (current) throw new Error('one live connection per page: pass every topic to startLive once');
  current = new Live(topics);
  current.show('connecting');
  current.connect();
  return current;
}
