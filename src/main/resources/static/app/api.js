// The one way pages talk to the service: same-origin fetch with the session cookie (HttpOnly: scripts never see
// the token), the session's CSRF token on changes, and problem details turned into sentences for people.
import {t} from './i18n.js';

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

/** The header an unsafe request made outside api() (an upload with progress) must carry. */
export function csrfHeader() {
  return ['X-CSRF-Token', csrfToken];
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(sentence(status, problem));
    this.status = status;
    this.problem = problem || {};
  }
}

/** A sentence for a person from an RFC 9457 problem: never raw JSON or a stack trace. */
function sentence(status, problem) {
  if (status === 401) return t('error.unauthenticated');
  if (status === 403) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (problem && problem.detail) {
    const where = problem.parameter ? t('error.parameter', {parameter: problem.parameter}) : '';
    return `${problem.detail}${where}`;
  }
  if (status >= 500) return t('error.server');
  return t('error.generic', {status});
}

/**
 * An API call; a 401 on a session that expired meanwhile asks the session endpoint once (which renews it with the
 * provider's refresh token in OIDC mode) and repeats the call when that worked.
 */
export async function api(path, options = {}) {
  try {
    return await call(path, options);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401 || path.startsWith('/app/')) throw e;
    const session = await call('/app/session').catch(() => null);
    if (!session || !session.signedIn) throw e;
    setCsrfToken(session.csrfToken);
    return call(path, options);
  }
}

async function call(path, {method = 'GET', body, query, accept} = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) url.searchParams.append(name, one);
  }
  const headers = {Accept: accept || 'application/json, application/problem+json'};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(url, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin'});
  } catch (e) {
    throw new ApiError(0, {detail: t('error.network')});
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new CustomEvent('credpath:signed-out'));
    throw new ApiError(response.status, typeof data === 'object' ? data : null);
  }
  return data;
}
