/**
 * `fetch` for clients that take one (Slack's webhook and Web API), made on shared/http.ts: the runner's
 * proxy and NO_PROXY apply as everywhere else, and no request outlives `timeoutMs`. Node's own fetch reaches
 * every host directly whatever HTTPS_PROXY says.
 */
import { httpRequest } from './http.js';

/** Statuses whose responses have no body, which Response refuses to be given one. */
const NO_BODY = new Set([101, 204, 205, 304]);

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  throw new TypeError('this fetch sends text and form bodies only');
}

export function proxiedFetch(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = bodyText(init?.body);
    if (body !== undefined && init?.body instanceof URLSearchParams && !('content-type' in headers))
      headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    const response = await httpRequest({
      url,
      method: init?.method ?? 'GET',
      headers,
      ...(body === undefined ? {} : { body }),
      timeoutMs,
      maxBodyBytes: 4 * 1024 * 1024,
    });
    return new Response(NO_BODY.has(response.status) ? null : response.body, {
      status: response.status,
      headers: response.headers,
    });
  };
}
