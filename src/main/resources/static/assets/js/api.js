// The admin pages' only way to the data: the public /api, with the signed-in user's token.
// Errors come back as ApiError carrying the problem+json body (code, detail, errors[]).

const token = document.querySelector('meta[name="api-token"]')?.content ?? '';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.code = this.problem.code;
  }

  /** Someone else saved the resource since it was read (409 version_conflict or 412 If-Match). */
  get isConflict() {
    return this.status === 412 || this.code === 'version_conflict';
  }
}

export function authHeader() {
  return { Authorization: `Bearer ${token}` };
}

export function accessToken() {
  return token;
}

/**
 * request('PUT', '/api/catalog/1', {body, ifMatch, idempotent}) -> {status, etag, body, headers}.
 * idempotent: true sends a fresh Idempotency-Key, so a retried click cannot create twice.
 */
export async function request(method, path, { body, ifMatch, idempotent, contentType } = {}) {
  const headers = { ...authHeader(), Accept: 'application/json' };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  if (idempotent) headers['Idempotency-Key'] = crypto.randomUUID();
  const response = await fetch(path, { method, headers, body: payload });
  if (response.status === 401) {
    location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
    throw new ApiError(401, { detail: 'Your session has ended; please sign in again.' });
  }
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, parsed);
  const etag = response.headers.get('ETag');
  return { status: response.status, etag: etag?.replaceAll('"', '').replace('W/', ''), body: parsed, headers: response.headers };
}

export const get = async (path) => (await request('GET', path)).body;
export const post = async (path, body, options = {}) => (await request('POST', path, { ...options, body })).body;
export const put = async (path, body, options = {}) => (await request('PUT', path, { ...options, body })).body;
export const del = async (path, options = {}) => (await request('DELETE', path, options)).body;

/** '/api/orders' + {status:'pending', q:''} -> '/api/orders?status=pending' (empty values left out). */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else query.append(key, value);
  }
  const text = query.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}
