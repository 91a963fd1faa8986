// One production task: its fields (EditForm: conflict dialog, stale notice), stage moves and QC checks, its design
// task and the design workflow, assignment with the capacity check (and the MANAGER/ADMIN override), materials,
// timeline and costs, the design's files (list, download, upload). Live: every change to the task, its design, costs, transitions, checks and materials made
// anywhere re-renders the part it touches (with a flash); typed-in edits are never overwritten.

import { authHeader, del, get, post, request } from '../api.js';
import { clearErrors, EditForm, formValues, showErrors } from '../forms.js';
import { startLive } from '../live.js';
import { badge, date, dateTime, debounce, fill, flash, money, number, role, toast } from '../ui.js';
import { loadManufacturers, loadStages, moveTargets, priorityBadge, refusal, stageName } from './common.js';

const main = document.getElementById('main');
const taskId = main.dataset.taskId;
const path = `/api/production/tasks/${taskId}`;
const $ = (id) => document.getElementById(id);
const message = $('task-message');
const taskForm = $('task-form');
const moveForm = $('move-form');
const qcForm = $('qc-form');
const designForm = $('design-form');
const assignForm = $('assign-form');
const costForm = $('cost-form');
const fileForm = $('file-form');
const materialsForm = $('materials-form');
const canEdit = document.body.classList.contains('can-edit');

// The design workflow (DesignWorkflow on the server, docs/modules/manufacturing.md): which buttons to offer.
const DESIGN_NEXT = {
  draft: ['in_progress'],
  in_progress: ['in_review'],
  in_review: ['approved', 'changes_requested'],
  changes_requested: ['in_progress'],
  approved: [],
};
const DESIGN_ACTION = {
  in_progress: 'Start design work',
  in_review: 'Send for review',
  approved: 'Record customer approval',
  changes_requested: 'Request changes',
};

let stages = [];
let makers = new Map();
let task = null;
let design = null;
let dirty = false;
let materialsDirty = false;
const userNames = new Map(); // uploader id -> name (ADMIN only) or null

const live = startLive([
  'production_tasks', 'design_tasks', 'production_costs', 'production_transitions', 'production_qc_checks',
  'production_task_materials', 'manufacturers', 'production_stages', 'design_files',
]);

const editForm = new EditForm(taskForm, {
  path,
  fields: ['priority', 'dueDate', 'plannedStart', 'plannedEnd', 'locationId', 'notes'],
  toBody: (values) => {
    const body = { ...values };
    if (task?.manufacturerId) {
      delete body.plannedStart; // an assigned task is re-planned by a new assignment (409 assigned_task)
      delete body.plannedEnd;
    }
    return body;
  },
  onSaved: () => reloadTask(false),
});
const showInForm = editForm.show.bind(editForm);
editForm.show = (resource) => {
  showInForm(resource);
  dirty = false;
};
taskForm.addEventListener('input', () => (dirty = true));
editForm.watch(live, 'production_tasks');

const reloadTaskSoon = debounce(() => reloadTask(true), 60);
const reloadCostsSoon = debounce(() => reloadCosts(true), 60);
const reloadDesignSoon = debounce(() => reloadDesign(true), 60);
live.on('production_tasks', (e) => e.id === taskId && reloadTaskSoon());
for (const topic of ['production_transitions', 'production_qc_checks', 'production_task_materials']) {
  live.on(topic, (e) => (e.data?.taskId === taskId || e.op === 'delete') && reloadTaskSoon());
}
live.on('production_costs', (e) => (e.data?.taskId === taskId || e.op === 'delete') && reloadCostsSoon());
live.on('design_tasks', (e) => task && e.id === task.designTaskId && reloadDesignSoon());
const reloadFilesSoon = debounce(() => reloadFiles(true), 60);
live.on('design_files', (e) => task?.designTaskId && e.data?.designTaskId === task.designTaskId && reloadFilesSoon());
live.on('manufacturers', debounce(async () => {
  makers = await loadManufacturers();
  fillManufacturers();
  if (task) renderTask(task, false);
}, 200));
live.on('production_stages', debounce(async () => {
  stages = await loadStages();
  if (task) renderTask(task, false);
}, 200));
live.onResync(() => Promise.all([reloadTask(false), reloadCosts(false), reloadDesign(false)]));

moveForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  moveTo(moveForm.elements.stage.value);
});
$('cancel-run')?.addEventListener('click', () => cancelRun());
qcForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  recordQc();
});
qcForm?.addEventListener('change', () => showReworkField());
assignForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  assign();
});
costForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  addCost();
});
designForm?.addEventListener('submit', (e) => e.preventDefault());
fileForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  upload();
});
materialsForm?.addEventListener('submit', (e) => {
  e.preventDefault();
  saveMaterials();
});
materialsForm?.addEventListener('input', () => (materialsDirty = true));
$('material-reset')?.addEventListener('click', () => discardMaterials());
$('material-add')?.addEventListener('click', () => {
  materialsDirty = true;
  const line = addMaterialLine({ materialSku: '', quantity: null, stage: stages.find((s) => s.kind !== 'queue')?.code });
  line.querySelector('input').focus();
});

await live.ready;
try {
  [stages, makers] = await Promise.all([loadStages(), loadManufacturers()]);
  fillManufacturers();
  await fillLocations();
  await Promise.all([reloadTask(false), reloadCosts(false)]);
} catch (error) {
  showMessage(error.status === 404 ? 'This production task does not exist.' : error.message);
}

async function reloadTask(highlight) {
  const fresh = await get(path);
  if (task && fresh.version < task.version) return;
  const designChanged = !task || task.designTaskId !== fresh.designTaskId || task.designStatus !== fresh.designStatus;
  renderTask(fresh, highlight);
  if (!dirty) editForm.show(fresh);
  if (designChanged) await reloadDesign(false);
}

function renderTask(fresh, highlight) {
  task = fresh;
  document.title = `${task.number} · Shopfloor`;
  const formats = {
    stage: (value) => stageBadge(value),
    status: (value) => badge(value),
    reworkCount: (value) => (value > 0 ? reworkBadge(value) : ''),
    stageEnteredAt: dateTime,
    startedAt: (value) => dateTime(value) || '—',
    finishedAt: (value) => dateTime(value) || '—',
    orderId: (value) => orderLink(value),
    quantity: number,
    priority: priorityBadge,
    manufacturerId: (value) => (value ? makers.get(value)?.name ?? value : 'not assigned'),
    plannedWindow: (_, item) => (item.plannedStart ? `${date(item.plannedStart)} – ${date(item.plannedEnd)}` : '—'),
    capacityOverridden: (value, item) => capacityText(value, item),
  };
  fill($('task-header'), task, formats);
  fill($('stage-card').querySelector('.facts'), task, formats);
  fill($('assign-card').querySelector('.facts'), task, formats);
  renderMoveControls();
  $('override-mark').hidden = !(task.capacityOverridden && task.status === 'open');
  renderMaterials();
  renderTimeline();
  const closed = task.status !== 'open';
  taskForm.querySelector('fieldset').disabled = closed || !canEdit;
  taskForm.elements.plannedStart.disabled = closed || !canEdit || Boolean(task.manufacturerId);
  taskForm.elements.plannedEnd.disabled = closed || !canEdit || Boolean(task.manufacturerId);
  if (assignForm) assignForm.hidden = closed;
  if ($('cancel-run')) $('cancel-run').hidden = closed || Boolean(task.orderId); // order tasks end with their order
  if (costForm) costForm.hidden = task.status === 'cancelled';
  if (highlight) {
    flash($('task-header'));
    flash($('stage-card'));
  }
}

/** Whether the current assignment exceeds the manufacturer's capacity (a MANAGER/ADMIN override let it through). */
function capacityText(overridden, item) {
  if (!item.manufacturerId) return '—';
  if (!overridden) return 'within capacity';
  const span = badge('overridden');
  span.textContent = 'over capacity: booked by a manager override';
  span.classList.add('mark-override');
  return span;
}

function stageBadge(code) {
  const span = badge(stages.find((s) => s.code === code)?.kind === 'done' ? 'done' : 'open');
  span.textContent = stageName(stages, code);
  span.classList.add('stage-badge');
  return span;
}

function reworkBadge(count) {
  const span = badge('rework');
  span.textContent = `rework ×${count}`;
  span.classList.add('mark-rework');
  return span;
}

function orderLink(orderId) {
  if (!orderId) return 'none (a stock run)';
  const a = document.createElement('a');
  a.href = `/admin/orders/${orderId}`;
  a.textContent = 'open the order';
  return a;
}

function renderMoveControls() {
  if (!moveForm || !qcForm) return;
  const current = stages.find((s) => s.code === task.stage);
  const targets = moveTargets(stages, task);
  moveForm.hidden = targets.length === 0;
  const select = moveForm.elements.stage;
  const chosen = select.value;
  select.replaceChildren(...targets.map((s) => new Option(s.name, s.code)));
  if (targets.some((s) => s.code === chosen)) select.value = chosen;
  const atQc = task.status === 'open' && current?.kind === 'qc';
  const wasHidden = qcForm.hidden;
  qcForm.hidden = !atQc;
  if (atQc) {
    const rework = qcForm.elements.reworkStage;
    const keep = rework.value;
    rework.replaceChildren(...stages
      .filter((s) => s.kind === 'work' && s.position < current.position)
      .map((s) => new Option(s.name, s.code)));
    if (keep) rework.value = keep;
    if (wasHidden && !qcForm.elements.inspected.value) qcForm.elements.inspected.value = task.quantity;
    showReworkField();
  }
}

function showReworkField() {
  const failed = qcForm.elements.passed.value === 'false';
  qcForm.elements.reworkStage.closest('.field').hidden = !failed;
}

function renderMaterials() {
  const rows = (task.materials ?? []).map((m) => row([
    m.materialSku, { text: number(m.quantity), num: true }, stageName(stages, m.stage),
    m.consumedAt ? dateTime(m.consumedAt) : 'not yet',
  ]));
  $('materials-rows').replaceChildren(...rows);
  $('materials-empty').hidden = rows.length > 0;
  renderMaterialsForm();
}

// --- materials (PUT {materials} replaces the not-yet-consumed lines, D26) ---------------------------------------

function renderMaterialsForm() {
  if (!materialsForm) return;
  materialsForm.hidden = task.status !== 'open';
  if (materialsForm.hidden) return;
  const pending = (task.materials ?? []).filter((m) => !m.consumedAt);
  if (materialsDirty) {
    // typing is never overwritten: say that the saved materials changed, and keep the lines
    if (!sameMaterials(pending) && !materialsForm.querySelector('.stale-notice')) {
      const notice = document.createElement('p');
      notice.className = 'stale-notice';
      notice.setAttribute('role', 'status');
      notice.textContent = 'Someone else changed these materials meanwhile; saving asks before replacing theirs. '
        + '“Discard changes” shows the saved ones.';
      materialsForm.prepend(notice);
    }
    return;
  }
  materialsForm.dataset.version = task.version;
  materialsForm.dataset.saved = JSON.stringify(pending.map(materialKey));
  materialsForm.querySelector('.stale-notice')?.remove();
  clearErrors(materialsForm);
  $('material-lines').replaceChildren();
  pending.forEach((m) => addMaterialLine(m));
}

function materialKey(m) {
  return `${m.materialSku}@${m.stage}=${m.quantity}`;
}

function sameMaterials(pending) {
  return materialsForm.dataset.saved === JSON.stringify(pending.map(materialKey));
}

function addMaterialLine(material) {
  const line = $('material-line').content.firstElementChild.cloneNode(true);
  const select = line.querySelector('[data-name=stage]');
  select.replaceChildren(...stages.filter((s) => s.kind !== 'queue').map((s) => new Option(s.name, s.code)));
  line.querySelector('[data-name=materialSku]').value = material.materialSku ?? '';
  line.querySelector('[data-name=quantity]').value = material.quantity ?? '';
  if (material.stage) select.value = material.stage;
  line.querySelector('.material-remove').addEventListener('click', () => {
    materialsDirty = true;
    line.remove();
    numberMaterialLines();
    (materialsForm.querySelector('.material-remove') ?? $('material-add')).focus();
  });
  $('material-lines').append(line);
  numberMaterialLines();
  return line;
}

/** Names the fields as the API's error fields (materials[0].quantity), with unique ids and labels. */
function numberMaterialLines() {
  [...$('material-lines').children].forEach((line, i) => {
    line.querySelector('legend').textContent = `Material ${i + 1}`;
    for (const input of line.querySelectorAll('[data-name]')) {
      input.name = `materials[${i}].${input.dataset.name}`;
      input.id = `material-${i}-${input.dataset.name}`;
      line.querySelector(`label[data-for=${input.dataset.name}]`).htmlFor = input.id;
    }
    line.querySelector('.material-remove').setAttribute('aria-label', `Remove material ${i + 1}`);
  });
}

async function saveMaterials() {
  clearErrors(materialsForm);
  const materials = formValues(materialsForm).materials ?? [];
  const submit = materialsForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    await putMaterials(materials, Number(materialsForm.dataset.version));
  } catch (error) {
    if (!error.isConflict) {
      showErrors(materialsForm, error);
      markUnknownSkus(error);
      return;
    }
    // a newer version: when only other fields changed (the materials are still those the form started from),
    // saving again is safe; when the materials changed too, say so and let the user choose
    const fresh = await get(path);
    const pending = fresh.materials.filter((m) => !m.consumedAt);
    if (sameMaterials(pending)) {
      try {
        await putMaterials(materials, fresh.version);
      } catch (again) {
        showErrors(materialsForm, again);
      }
      return;
    }
    materialsForm.dataset.version = fresh.version;
    materialsForm.dataset.saved = JSON.stringify(pending.map(materialKey));
    materialsForm.querySelector('.stale-notice')?.remove();
    showErrors(materialsForm, { message: `Not saved: someone else changed these materials meanwhile (now: ${
      pending.map((m) => `${m.materialSku} ×${m.quantity} at ${stageName(stages, m.stage)}`).join(', ') || 'none'
    }). Save again to replace theirs with yours, or discard your changes.`, problem: {} });
    await reloadTask(true);
  } finally {
    submit.disabled = false;
  }
}

async function putMaterials(materials, version) {
  await request('PUT', path, { body: { materials, version }, ifMatch: version });
  materialsDirty = false;
  toast('Materials saved', 'success');
  await reloadTask(true);
}

function discardMaterials() {
  materialsDirty = false;
  renderMaterialsForm();
}

/** 422 unknown_sku names the SKUs (problem "skus"): the fields holding them get the error. */
function markUnknownSkus(error) {
  if (error.code !== 'unknown_sku') return;
  const unknown = new Set((error.problem.skus ?? []).map((s) => s.toLowerCase()));
  for (const input of materialsForm.querySelectorAll('[data-name=materialSku]')) {
    if (!unknown.has(input.value.trim().toLowerCase())) continue;
    const note = document.createElement('p');
    note.className = 'field-error';
    note.id = `${input.id}-error`;
    note.textContent = 'not a catalog SKU';
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', note.id);
    input.closest('.field').append(note);
  }
  materialsForm.querySelector('[aria-invalid="true"]')?.focus();
}

function renderTimeline() {
  const entries = [
    ...(task.transitions ?? []).map((t) => ({ at: t.at, text: transitionText(t), kind: t.reason })),
    ...(task.qcChecks ?? []).map((q) => ({ at: q.createdAt, text: qcText(q), kind: q.passed ? 'qc_pass' : 'qc_fail' })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  $('timeline').replaceChildren(...entries.map((entry) => {
    const li = document.createElement('li');
    li.dataset.kind = entry.kind;
    const time = document.createElement('time');
    time.dateTime = entry.at;
    time.textContent = dateTime(entry.at);
    li.append(time, entry.text);
    return li;
  }));
}

function transitionText(t) {
  const to = stageName(stages, t.toStage);
  switch (t.reason) {
    case 'created': return `Created in ${to}`;
    case 'cancel': return `Cancelled in ${to}`;
    case 'rework': return `Sent back to ${to} for rework`;
    case 'qc_pass': return `Passed QC: ${stageName(stages, t.fromStage)} → ${to}`;
    default: return `Moved ${stageName(stages, t.fromStage)} → ${to}`;
  }
}

function qcText(q) {
  const result = q.passed ? 'QC passed' : `QC failed, rework at ${stageName(stages, q.reworkStage)}`;
  return `${result}: ${q.failed} of ${q.inspected} failed${q.notes ? ` — ${q.notes}` : ''}`;
}

async function moveTo(stage) {
  showMessage('');
  try {
    await request('PUT', path, { body: { stage, version: task.version }, ifMatch: task.version });
    toast(`Moved to ${stageName(stages, stage)}`, 'success');
    await reloadTask(true);
  } catch (error) {
    if (error.isConflict) {
      showMessage('Someone else changed this task meanwhile; it now shows the latest. Try the move again.');
      await reloadTask(true);
    } else {
      showMessage(`Not moved to ${stageName(stages, stage)}: ${refusal(error)}`);
    }
  }
}

async function cancelRun() {
  if (!window.confirm(`Cancel ${task.number}? A cancelled run stays where it is and cannot change again.`)) return;
  showMessage('');
  try {
    await request('PUT', path, { body: { status: 'cancelled', version: task.version }, ifMatch: task.version });
    toast(`${task.number} cancelled`, 'success');
    await reloadTask(true);
  } catch (error) {
    if (error.isConflict) await reloadTask(true);
    showMessage(`Not cancelled: ${error.isConflict ? 'someone else changed this task meanwhile; try again.' : refusal(error)}`);
  }
}

async function recordQc() {
  clearErrors(qcForm);
  const values = formValues(qcForm);
  const passed = values.passed === 'true';
  const body = { passed, inspected: values.inspected, failed: values.failed, notes: values.notes };
  if (!passed) body.reworkStage = values.reworkStage;
  try {
    await post(`${path}/qc`, body);
    toast(passed ? 'QC passed' : `Sent back to ${stageName(stages, body.reworkStage)}`, 'success');
    qcForm.reset();
    await reloadTask(true);
  } catch (error) {
    showErrors(qcForm, error);
  }
}

// --- design -----------------------------------------------------------------------------------------------

async function reloadDesign(highlight) {
  if (!task?.designTaskId) {
    design = null;
    $('design-none').hidden = false;
    $('design-body').hidden = true;
    return;
  }
  design = await get(`/api/design/tasks/${task.designTaskId}`);
  $('design-none').hidden = true;
  $('design-body').hidden = false;
  fill($('design-body').querySelector('.facts'), design, {
    status: (value) => badge(value),
    approvedAt: (value) => dateTime(value) || '—',
    approvedBy: (value) => value || '—',
    statusNote: (value) => value || '—',
    dueDate: (value) => date(value) || '—',
  });
  renderDesignActions();
  await reloadFiles(false);
  if (highlight) flash($('design-card'));
}

// --- design files -----------------------------------------------------------------------------------------

async function reloadFiles(highlight) {
  if (!design) return;
  const filesPath = `/api/design/tasks/${design.id}/files`;
  const page = await get(filesPath);
  await loadUserNames(page.items.map((f) => f.uploadedBy));
  $('file-rows').replaceChildren(...page.items.map((file) => {
    const link = document.createElement('a');
    link.href = `${filesPath}/${file.id}`;
    link.download = file.fileName;
    link.textContent = file.fileName;
    link.setAttribute('aria-label', `Download ${file.fileName} version ${file.fileVersion}`);
    link.addEventListener('click', (e) => {
      e.preventDefault();
      download(link.href, file.fileName);
    });
    const tr = row([
      link, { text: `v${file.fileVersion}`, num: true }, { text: fileSize(file.sizeBytes), num: true },
      `${dateTime(file.createdAt)} by ${userName(file.uploadedBy)}`, { text: file.note ?? '', className: 'hide-phone' },
    ]);
    tr.dataset.id = file.id;
    return tr;
  }));
  $('files-empty').hidden = page.items.length > 0;
  if (fileForm) fileForm.hidden = design.status === 'approved';
  $('files-final').hidden = design.status !== 'approved';
  if (highlight) flash($('file-rows').closest('.table-wrap'));
}

/** The API wants the bearer token, so a plain link cannot download: fetch the bytes and hand them over as a blob. */
async function download(url, fileName) {
  showFilesMessage('');
  try {
    const response = await fetch(url, { headers: authHeader() });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const blobUrl = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = blobUrl;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  } catch (error) {
    showFilesMessage(`${fileName} could not be downloaded: ${error.message}`);
  }
}

async function upload() {
  clearErrors(fileForm);
  showFilesMessage('');
  const chosen = fileForm.elements.file.files[0];
  if (!chosen) {
    showErrors(fileForm, { message: 'Choose a file first.', problem: { errors: [{ field: 'file', message: 'choose a file' }] } });
    return;
  }
  const body = new FormData();
  body.append('file', chosen);
  const note = fileForm.elements.note.value.trim();
  if (note) body.append('note', note);
  const submit = fileForm.querySelector('[type=submit]');
  submit.disabled = true;
  try {
    const stored = await post(`/api/design/tasks/${design.id}/files`, body);
    toast(`Uploaded ${stored.fileName} (version ${stored.fileVersion})`, 'success');
    fileForm.reset();
    await reloadFiles(true);
  } catch (error) {
    if (error.code === 'design_approved') {
      // approved meanwhile: the form goes away with the reload, so the refusal shows above it
      showFilesMessage(uploadRefusal(error, chosen));
      await reloadDesign(true);
    } else {
      showErrors(fileForm, { message: uploadRefusal(error, chosen), problem: error.problem ?? {} });
    }
  } finally {
    submit.disabled = false;
  }
}

function uploadRefusal(error, file) {
  switch (error.code ?? (error.status === 413 ? 'payload_too_large' : error.name)) {
    case 'payload_too_large':
      return `Too large: ${file.name} is ${fileSize(file.size)}; a design file may be at most 10 MB. — ${error.message}`;
    case 'design_approved':
      return `Not uploaded: the design is approved, so its files are final (a change needs a new design task). — ${error.message}`;
    case 'empty_file':
      return `Not uploaded: ${file.name} is empty. — ${error.message}`;
    case 'TypeError':
      return `Not uploaded: the connection failed (is ${file.name} over the 10 MB limit?).`;
    default:
      return `Not uploaded: ${error.message}`;
  }
}

function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Accounts are ADMIN-only in the API: an ADMIN sees uploaders' names, others "you" or a short account id. */
async function loadUserNames(ids) {
  if (role !== 'ADMIN') return;
  await Promise.all([...new Set(ids)].filter((id) => id && !userNames.has(id)).map(async (id) => {
    try {
      const user = await get(`/api/users/${id}`);
      userNames.set(id, user.name || user.email);
    } catch {
      userNames.set(id, null);
    }
  }));
}

function userName(id) {
  if (!id) return 'unknown';
  if (id === document.querySelector('meta[name="user-id"]')?.content) return 'you';
  return userNames.get(id) ?? `account …${id.slice(-6)}`;
}

function showFilesMessage(text) {
  $('files-message').textContent = text;
  $('files-message').hidden = !text;
}

function renderDesignActions() {
  if (!designForm) return;
  const next = DESIGN_NEXT[design.status] ?? [];
  designForm.hidden = next.length === 0;
  $('design-approved-by-field').hidden = !next.includes('approved');
  $('design-actions').replaceChildren(...next.map((status) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = DESIGN_ACTION[status] ?? status;
    button.className = status === 'approved' ? 'primary' : '';
    button.addEventListener('click', () => changeDesign(status));
    return button;
  }));
}

async function changeDesign(status) {
  clearErrors(designForm);
  const values = formValues(designForm);
  const body = { status, note: values.note, version: design.version };
  if (status === 'approved') body.approvedBy = values.approvedBy;
  try {
    await request('PUT', `/api/design/tasks/${design.id}/status`, { body, ifMatch: design.version });
    for (const name of ['note', 'approvedBy']) {
      // cleared once sent; what was typed since (a live update may have re-rendered the buttons first) stays
      if ((designForm.elements[name].value.trim() || null) === (values[name] ?? null)) designForm.elements[name].value = '';
    }
    toast(`Design ${status.replaceAll('_', ' ')}`, 'success');
    await reloadDesign(true);
    await reloadTask(false);
  } catch (error) {
    if (error.isConflict) {
      await reloadDesign(true);
      showErrors(designForm, { message: 'Someone else changed this design meanwhile; it now shows the latest.', problem: {} });
    } else {
      showErrors(designForm, error);
    }
  }
}

// --- assignment -------------------------------------------------------------------------------------------

function fillManufacturers() {
  if (!assignForm) return;
  const select = assignForm.elements.manufacturerId;
  const chosen = select.value;
  const options = [...makers.values()]
    .filter((m) => m.active)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => new Option(`${m.name} (${m.capacityPerDay}/day, ${m.kind.replace('_', '-')})`, m.id));
  select.replaceChildren(new Option('Choose…', ''), ...options);
  select.value = chosen;
}

async function fillLocations() {
  const select = taskForm.elements.locationId;
  try {
    const page = await get('/api/locations?limit=200');
    select.replaceChildren(new Option('—', ''), ...page.items.map((l) => new Option(`${l.name} (${l.code})`, l.id)));
  } catch {
    // locations are a convenience here; the field keeps its value
  }
}

async function assign() {
  clearErrors(assignForm);
  const values = formValues(assignForm);
  const body = {
    taskId,
    manufacturerId: values.manufacturerId,
    plannedStart: values.plannedStart,
    plannedEnd: values.plannedEnd,
  };
  if ('override' in values) body.override = values.override;
  const result = $('assign-result');
  try {
    const assigned = await post('/api/production/assign', body);
    result.replaceChildren(assignedSummary(assigned));
    toast(assigned.overridden ? 'Assigned over capacity (override recorded)' : 'Assigned', 'success');
    assignForm.reset();
    await reloadTask(true);
  } catch (error) {
    if (error.code === 'capacity_exceeded') {
      result.replaceChildren(overbookedTable(error.problem.days ?? [], error.message));
    } else {
      result.replaceChildren();
      showErrors(assignForm, error);
    }
  }
}

function assignedSummary(assigned) {
  const box = document.createElement('div');
  const p = document.createElement('p');
  p.className = assigned.overridden ? 'hint bad' : 'hint ok';
  p.textContent = `Assigned to ${makers.get(assigned.manufacturerId)?.name ?? 'the manufacturer'} for `
    + `${date(assigned.plannedStart)} – ${date(assigned.plannedEnd)}`
    + (assigned.overridden ? ' — over capacity, override recorded.' : '.');
  box.append(p, daysTable('Booked per day, this task included',
    ['Day', 'Booked', 'Capacity'],
    assigned.days.map((d) => [date(d.date), units(d.booked), d.capacity])));
  return box;
}

function overbookedTable(days, detail) {
  const box = document.createElement('div');
  box.className = 'capacity-exceeded';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.className = 'form-error';
  p.textContent = `Capacity exceeded on ${days.length} day${days.length === 1 ? '' : 's'}: ${detail}`;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = assignForm.elements.override
    ? 'Choose other dates or another manufacturer, or tick “Override capacity” to book it anyway.'
    : 'Choose other dates or another manufacturer; a manager can override the capacity.';
  box.append(p, daysTable('Over-booked days', ['Day', 'Booked', 'This task', 'Capacity'],
    days.map((d) => [date(d.date), units(d.booked), units(d.requested), d.capacity])), hint);
  return box;
}

function daysTable(caption, headings, rows) {
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  const table = document.createElement('table');
  table.className = 'over-days';
  const cap = document.createElement('caption');
  cap.textContent = caption;
  const head = document.createElement('tr');
  headings.forEach((h, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    if (i > 0) th.className = 'num';
    head.append(th);
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...rows.map((cells) => row(cells.map((c, i) => (i > 0 ? { text: String(c), num: true } : c)))));
  table.append(cap, thead, tbody);
  wrap.append(table);
  return wrap;
}

// --- costs ------------------------------------------------------------------------------------------------

async function reloadCosts(highlight) {
  const sheet = await get(`${path}/costs`);
  $('cost-rows').replaceChildren(...sheet.lines.map((line) => {
    const tr = row([
      line.kind, line.description ?? '', { text: money(line.amount, line.currency), num: true },
      { text: dateTime(line.createdAt), className: 'hide-phone' },
    ]);
    tr.dataset.id = line.id;
    if (canEdit && costForm) {
      const td = document.createElement('td');
      td.className = 'edit-only';
      if (task?.status !== 'cancelled') {
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'link';
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove ${line.kind} cost ${money(line.amount, line.currency)}`);
        remove.addEventListener('click', () => removeCost(line));
        td.append(remove);
      }
      tr.append(td);
    }
    return tr;
  }));
  const totals = sheet.totals.map((t) => {
    const tr = row([
      { text: `Total ${t.currency}`, className: 'totals' }, `${money(t.perUnit, t.currency)} per unit`,
      { text: money(t.amount, t.currency), num: true, className: 'totals' },
    ]);
    tr.dataset.currency = t.currency;
    tr.className = 'cost-total';
    return tr;
  });
  $('cost-totals').replaceChildren(...totals);
  if (highlight) flash($('costs-card'));
}

async function addCost() {
  clearErrors(costForm);
  const values = formValues(costForm);
  if (values.currency) values.currency = values.currency.toUpperCase();
  try {
    await post(`${path}/costs`, values, { idempotent: true });
    toast('Cost line added', 'success');
    costForm.elements.amount.value = '';
    costForm.elements.description.value = '';
    await reloadCosts(true);
  } catch (error) {
    showErrors(costForm, error);
  }
}

async function removeCost(line) {
  try {
    await del(`${path}/costs/${line.id}`, { ifMatch: line.version });
    toast('Cost line removed', 'success');
  } catch (error) {
    if (error.status !== 404) toast(error.message, 'error');
  }
  await reloadCosts(true);
}

// --- helpers ----------------------------------------------------------------------------------------------

function row(cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    if (cell && typeof cell === 'object' && !(cell instanceof Node)) {
      td.textContent = cell.text ?? '';
      if (cell.num) td.classList.add('num');
      if (cell.className) td.classList.add(cell.className);
    } else if (cell instanceof Node) {
      td.append(cell);
    } else {
      td.textContent = cell ?? '';
    }
    tr.append(td);
  }
  return tr;
}

/** Capacity figures as the API computes them: units with 2 decimals. */
function units(value) {
  return Number(value).toFixed(2);
}

function showMessage(text) {
  message.textContent = text;
  message.hidden = !text;
}
