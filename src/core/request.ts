import {
	type ApiErrorContext,
	errorFromResponse,
	KlaviyoConnectionError,
	KlaviyoTimeoutError,
} from './errors.js';
import { DEFAULT_TIMEOUT_MS } from './options.js';
import { parseRetryAfter } from './retry.js';

export interface HttpRequest {
	method: string;
	url: string;
	headers?: Record<string, string>;
	body?: string;
	/** Let the request outlive the page (page-exit sends). */
	keepalive?: boolean;
	/** `'manual'` where a redirect would carry a key to another host (the private side). */
	redirect?: RequestRedirect;
}

export interface SendOptions {
	fetch?: typeof fetch;
	/** Milliseconds for this attempt, body included. Default 10 000; 0 for none. Ignored with `signal`. */
	timeout?: number;
	/**
	 * Aborts the attempt, in place of `timeout` (`sendWithRetries` joins the two). The caller gets the signal's
	 * reason, or a `KlaviyoTimeoutError` when that reason is a `TimeoutError`.
	 */
	signal?: AbortSignal;
}

/**
 * One attempt over plain `fetch`: resolves with the parsed body (`undefined` for 202/204 without
 * content) or rejects with a typed error. Retries are the caller's business.
 */
export async function sendOnce(
	request: HttpRequest,
	{ fetch: fetchImpl = fetch, timeout = DEFAULT_TIMEOUT_MS, signal }: SendOptions = {},
): Promise<unknown> {
	const { method, url } = request;
	// The path without the query: a relay GET carries the shopper's data there, which has no place in
	// logs. Built only when there is an error to describe: most requests succeed.
	const context = (headers?: Headers): ApiErrorContext => ({
		method,
		path: pathOf(url).split('?')[0],
		headers,
	});
	let response: Response;
	let data: unknown;
	try {
		// The request's own fields (method, headers, body, keepalive, redirect) are fetch's init. The
		// timer runs until the body is read: headers followed by a stalled body would otherwise hang.
		response = await fetchImpl(url, {
			...request,
			signal: signal ?? (timeout > 0 ? AbortSignal.timeout(timeout) : undefined),
		});
		data = await readBody(response);
	} catch (cause) {
		throw (cause as Error | undefined)?.name === 'TimeoutError'
			? new KlaviyoTimeoutError('Request timed out', context(), cause)
			: signal?.aborted
				? signal.reason
				: new KlaviyoConnectionError('Connection failed', context(), cause);
	}
	if (response.ok) return data;
	throw errorFromResponse(
		response.status,
		data,
		context(response.headers),
		parseRetryAfter(response.headers.get('retry-after')),
	);
}

/** JSON when there is any, text when it is not JSON, `undefined` when empty (202/204). */
export async function readBody(response: Response): Promise<unknown> {
	const text = await response.text();
	try {
		return text ? JSON.parse(text) : undefined;
	} catch {
		return text;
	}
}

/** Path and query only: error messages never carry the host. */
export const pathOf = (url: string) => url.replace(/^[^/]*\/\/[^/]*/, '') || '/';
