// The customer list: filters in the address bar, keyset pages, rows updated in place from topic `customers`,
// new customers announced as "N new — show" instead of shifting the rows.

import { get } from '../api.js';
import { LiveList } from '../list.js';
import { startLive } from '../live.js';
import { date, fromTemplate, showFailure } from '../ui.js';
import { archivedBadge, firstCity, role, showForbidden, tagList } from './common.js';

const root = document.querySelector('[data-list]');
const template = document.getElementById('customer-row');
const filters = root.querySelector('form[data-filters]');

function render(customer) {
  const row = fromTemplate(template, customer, {
    archived: (archived) => archivedBadge(archived),
    city: (_, item) => firstCity(item),
    tags: (tags) => tagList(tags),
    createdAt: (at) => date(at),
  });
  row.querySelector('[data-link]').href = `/admin/customers/${customer.id}`;
  if (customer.archived) row.classList.add('archived');
  return row;
}

/** Local calendar days -> the API's instants (createdTo is exclusive, so the chosen day is included). */
function dayStart(value, plusDays = 0) {
  if (!value) return undefined;
  const day = new Date(`${value}T00:00`);
  if (Number.isNaN(day.getTime())) return undefined;
  day.setDate(day.getDate() + plusDays);
  return day.toISOString();
}

function params() {
  const tags = filters.elements.tag.value.split(',').map((t) => t.trim()).filter(Boolean);
  return {
    tag: tags.length ? tags : undefined,
    createdFrom: dayStart(filters.elements.createdFrom.value),
    createdTo: dayStart(filters.elements.createdTo.value, 1),
  };
}

const list = new LiveList(root, { endpoint: '/api/customers', render, params });

if (role === 'VENDOR') {
  // the live topic is not readable by vendors; ask the API once so the page says what it says
  get('/api/customers?limit=1').catch(showForbidden);
} else {
  const live = startLive(['customers']);
  list.follow(live, 'customers');
  await live.ready;
  try {
    await get('/api/customers?limit=1'); // a refusal here is the whole page's, not a toast
    await list.load();
  } catch (error) {
    if (error.status === 403) showForbidden(error);
    else showFailure(error);
  }
}
