import {
	type ApiErrorContext,
	errorFromResponse,
	KlaviyoConnectionError,
	KlaviyoTimeoutError,
} from './errors.js';
import { parseRetryAfter } from './retry.js';

export interface HttpRequest {
	method: string;
	url: string;
	headers?: Record<string, string>;
	body?: string;
	/** Let the request outlive the page (page-exit sends). */
	keepalive?: boolean;
}

export interface SendOptions {
	fetch?: typeof fetch;
	/** Milliseconds for this attempt. Default 10 000; 0 for none. */
	timeout?: number;
}

/**
 * One attempt over plain `fetch`: resolves with the parsed body (`undefined` for 202/204 without
 * content) or rejects with a typed error. Retries are the caller's business.
 */
export async function sendOnce(
	{ method, url, headers, body, keepalive }: HttpRequest,
	{ fetch: send = fetch, timeout = 10_000 }: SendOptions = {},
): Promise<unknown> {
	// The path without the query: a relay GET carries the shopper's data there, which has no place in logs.
	const context: ApiErrorContext = { method, path: pathOf(url).split('?')[0] };
	let response: Response;
	let data: unknown;
	try {
		response = await send(url, {
			method,
			headers,
			body,
			keepalive,
			signal: timeout > 0 ? AbortSignal.timeout(timeout) : undefined,
		});
		data = await readBody(response);
	} catch (cause) {
		throw (cause as Error | undefined)?.name === 'TimeoutError'
			? new KlaviyoTimeoutError('Request timed out', context, cause)
			: new KlaviyoConnectionError('Connection failed', context, cause);
	}
	if (response.ok) return data;
	context.headers = response.headers;
	throw errorFromResponse(
		response.status,
		data,
		context,
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
