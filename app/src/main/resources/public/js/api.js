// The REST API, with the bearer token of this browser tab (kept in sessionStorage, sent only in the
// Authorization header). Failures become ApiError {status, code, message}; a 401 and a 503 are also
// announced as window events so the page can ask for a token or show that the store is down.

const TOKEN_KEY = 'multichat.token';

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) || '',
  set: value => value ? sessionStorage.setItem(TOKEN_KEY, value.trim()) : sessionStorage.removeItem(TOKEN_KEY),
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The request headers every call sends: the token, if one is set. */
export function authHeaders(extra = {}) {
  const value = token.get();
  return value ? {...extra, Authorization: `Bearer ${value}`} : {...extra};
}

/** Turns a failed response into an ApiError (the server's {code, message} when it sent one). */
export async function failure(response) {
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const error = new ApiError(response.status, body?.code || `http_${response.status}`,
    body?.message || text || response.statusText);
  if (response.status === 401) window.dispatchEvent(new CustomEvent('multichat:unauthorized', {detail: error}));
  if (response.status === 503) window.dispatchEvent(new CustomEvent('multichat:unavailable', {detail: error}));
  return error;
}

/**
 * Calls the API: api('POST', '/v1/sessions', {body: {...}, ifMatch: 3}). Resolves with the parsed
 * JSON body (text for non-JSON answers, null for 204) and the version from the ETag, if any.
 */
export async function call(method, path, {body, ifMatch} = {}) {
  const headers = authHeaders(body === undefined ? {} : {'Content-Type': 'application/json'});
  if (ifMatch != null) headers['If-Match'] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  } catch (error) {
    throw new ApiError(0, 'unreachable', `The server cannot be reached (${error.message}). Is multichat serve running?`);
  }
  if (!response.ok) throw await failure(response);
  const etag = response.headers.get('ETag');
  const version = etag ? Number(etag.replaceAll('"', '')) : null;
  if (response.status === 204) return {data: null, version};
  const type = response.headers.get('Content-Type') || '';
  return {data: type.includes('json') ? await response.json() : await response.text(), version};
}

/** GET returning the body only. */
export async function get(path) {
  return (await call('GET', path)).data;
}

/** A path segment for a session id or owner name. */
export const seg = encodeURIComponent;
