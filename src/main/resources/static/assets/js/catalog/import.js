// Bulk import (docs/pages/catalog.md): a CSV or JSON file (or pasted rows) to POST /api/catalog/bulk.
// Not atomic: sent in parts of about 200 rows, the progress bar advancing per part; an item's variant rows (and
// repeats of its SKU) always travel in the same part, so the API judges them together. Atomic: one request.
// The per-row report uses the file's row numbers (data rows, header not counted, blank lines skipped).

import { ApiError, request, withQuery } from '../api.js';
import { badge, fromTemplate, number } from '../ui.js';

const CHUNK_ROWS = 200;
const form = document.getElementById('import-form');
const result = document.getElementById('import-result');
const progress = document.getElementById('import-progress');
const status = document.getElementById('import-status');
const reportBody = document.querySelector('#import-report tbody');
const rowTemplate = document.getElementById('report-row');

/** RFC 4180 records, each with its raw text (quotes kept) so parts of the file can be sent as they are. */
export function csvRecords(text) {
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"' || c === undefined) {
        quoted = false;
        if (c === undefined) i--; // an unterminated quote ends with the text
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r' || c === undefined) {
      fields.push(field);
      const raw = text.slice(start, i);
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (raw.trim() !== '') records.push({ raw, fields });
      fields = [];
      field = '';
      start = i + 1;
    } else {
      field += c;
    }
  }
  return records;
}

/** CSV parts: [{body, rows: [file row of part row 1, ...]}], groups of an item's rows never split. */
function csvParts(text, atomic) {
  const [header, ...data] = csvRecords(text.replace(/^\uFEFF/, ''));
  if (!header) throw new Error('The CSV is empty.');
  const column = (name) => header.fields.findIndex((h) => h.trim() === name);
  const skuAt = column('sku');
  const parentAt = column('parentSku');
  const groups = new Map();
  data.forEach((record, index) => {
    const parent = parentAt >= 0 ? record.fields[parentAt]?.trim() : '';
    const sku = skuAt >= 0 ? record.fields[skuAt]?.trim() ?? '' : '';
    const key = parent ? `item:${parent.toLowerCase()}` : `item:${sku.toLowerCase()}`;
    const groupKey = sku === '' && !parent ? `row:${index}` : key;
    if (!groups.has(groupKey)) groups.set(groupKey, []);
    groups.get(groupKey).push({ record, row: index + 1 });
  });
  return pack([...groups.values()], atomic).map((lines) => ({
    body: [header.raw, ...lines.map((l) => l.record.raw)].join('\n'),
    rows: lines.map((l) => l.row),
    contentType: 'text/csv',
  }));
}

function jsonParts(text, atomic) {
  let items;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new Error(`The JSON cannot be read: ${error.message}`);
  }
  if (!Array.isArray(items)) throw new Error('The JSON must be an array of items.');
  const groups = new Map();
  items.forEach((item, index) => {
    const sku = typeof item?.sku === 'string' ? item.sku.trim().toLowerCase() : '';
    const key = sku ? `item:${sku}` : `row:${index}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ item, row: index + 1 });
  });
  return pack([...groups.values()], atomic).map((lines) => ({
    body: JSON.stringify(lines.map((l) => l.item)),
    rows: lines.map((l) => l.row),
    contentType: 'application/json',
  }));
}

/** Groups into parts of about CHUNK_ROWS lines (one part when atomic), each part in file order. */
function pack(groups, atomic) {
  const parts = [];
  let part = [];
  for (const group of groups) {
    if (!atomic && part.length > 0 && part.length + group.length > CHUNK_ROWS) {
      parts.push(part);
      part = [];
    }
    part.push(...group);
  }
  if (part.length) parts.push(part);
  return parts.map((lines) => lines.sort((a, b) => a.row - b.row));
}

async function readInput() {
  const file = form.elements.file.files[0];
  const text = file ? await file.text() : form.elements.text.value;
  if (!text.trim()) throw new Error('Choose a file or paste the rows to import.');
  let format = form.elements.format.value;
  if (format === 'auto') {
    format = file?.name.toLowerCase().endsWith('.json') || (!file && text.trim().startsWith('[')) ? 'json' : 'csv';
  }
  return { text, format };
}

function errorsText(errors, rows) {
  return (errors ?? [])
    .map(({ field, message }) => `${field}: ${String(message).replace(/^row (\d+) /, (m, n) => `row ${rows[n - 1] ?? n} `)}`)
    .join('; ');
}

function reportRow(line, rows) {
  const row = fromTemplate(rowTemplate, { ...line, row: rows[line.row - 1] ?? line.row }, {
    status: (value) => badge(value),
    errors: (errors) => errorsText(errors, rows),
  });
  row.classList.add(`result-${line.status}`);
  row.dataset.row = rows[line.row - 1] ?? line.row;
  if (line.id) {
    const link = document.createElement('a');
    link.href = `/admin/catalog/${encodeURIComponent(line.id)}`;
    link.textContent = line.sku ?? '';
    row.querySelector('[data-field="sku"]').replaceChildren(link);
  }
  return row;
}

function summary(counts) {
  return `${number(counts.created)} created, ${number(counts.updated)} updated, `
    + `${number(counts.unchanged)} unchanged, ${number(counts.failed)} failed`;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const submit = form.querySelector('[type=submit]');
  const atomic = form.elements.atomic.checked;
  reportBody.replaceChildren();
  result.hidden = false;
  result.removeAttribute('data-done');
  status.className = '';
  let parts;
  try {
    const { text, format } = await readInput();
    parts = format === 'json' ? jsonParts(text, atomic) : csvParts(text, atomic);
  } catch (error) {
    status.textContent = error.message;
    status.className = 'form-error';
    return;
  }
  const total = parts.reduce((n, part) => n + part.rows.length, 0);
  const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const lines = [];
  submit.disabled = true;
  progress.max = Math.max(total, 1);
  if (atomic) progress.removeAttribute('value'); // one request: indeterminate until it answers
  else progress.value = 0;
  status.textContent = `Importing ${number(total)} rows…`;
  let done = 0;
  let failure = null;
  for (const [index, part] of parts.entries()) {
    let report;
    try {
      const path = withQuery('/api/catalog/bulk', { atomic: atomic ? 'true' : undefined });
      report = (await request('POST', path, { body: part.body, contentType: part.contentType })).body;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'bulk_rejected' && error.problem.rows) {
        report = { ...error.problem, saved: false };
      } else {
        failure = `Part ${index + 1} of ${parts.length} failed: ${error.message}`
          + (done ? ` The ${number(done)} rows before it were imported; their results are below.` : '');
        break;
      }
    }
    for (const line of report.rows) {
      counts[line.status] = (counts[line.status] ?? 0) + 1;
      lines.push(reportRow(line, part.rows));
    }
    if (atomic && !report.saved) {
      failure = `Nothing was saved (all or nothing): ${number(report.counts.failed)} of `
        + `${number(report.counts.total)} items have errors.`;
    }
    done += part.rows.length;
    progress.value = done;
    status.textContent = `Imported ${number(done)} of ${number(total)} rows…`;
  }
  lines.sort((a, b) => a.dataset.row - b.dataset.row);
  reportBody.replaceChildren(...lines);
  status.textContent = failure ?? `Done: ${summary(counts)}.`;
  status.className = failure ? 'form-error' : '';
  result.dataset.done = 'true';
  submit.disabled = false;
});
form.dataset.ready = 'true';
