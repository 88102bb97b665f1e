import {
	type ApiErrorContext,
	errorFromResponse,
	KlaviyoConnectionError,
	KlaviyoError,
	KlaviyoTimeoutError,
} from './errors.js';
import { parseRetryAfter } from './retry.js';

export interface HttpRequest {
	method: string;
	url: string;
	headers: Record<string, string>;
	body?: string;
	/** Let the request outlive the page (page-exit sends). */
	keepalive?: boolean;
}

export interface SendOptions {
	fetch?: typeof fetch;
	/** Milliseconds for this attempt. */
	timeout?: number;
	/** The caller's signal: aborting it rejects with its reason and is never retried. */
	signal?: AbortSignal;
}

/**
 * One attempt over plain `fetch`: resolves with the parsed body (`undefined` for 202/204 without
 * content) or rejects with a typed error. Retries are the caller's business.
 */
export async function sendOnce(request: HttpRequest, options: SendOptions = {}): Promise<unknown> {
	const { method, url } = request;
	const context: ApiErrorContext = { method, path: pathOf(url) };
	const controller = new AbortController();
	const onAbort = () => controller.abort(options.signal?.reason);
	options.signal?.addEventListener('abort', onAbort);
	let timedOut = false;
	const timer =
		options.timeout && options.timeout > 0
			? setTimeout(() => {
					timedOut = true;
					controller.abort();
				}, options.timeout)
			: undefined;
	try {
		if (options.signal?.aborted) throw options.signal.reason;
		const response = await (options.fetch ?? fetch)(url, {
			method,
			headers: request.headers,
			body: request.body,
			keepalive: request.keepalive,
			signal: controller.signal,
		});
		const data = await readBody(response);
		if (response.ok) return data;
		context.headers = response.headers;
		throw errorFromResponse(
			response.status,
			data,
			context,
			parseRetryAfter(response.headers.get('retry-after')),
		);
	} catch (error) {
		if (options.signal?.aborted) throw options.signal.reason;
		if (timedOut) throw new KlaviyoTimeoutError(`Request timed out after ${options.timeout} ms`, context);
		if (error instanceof KlaviyoError) throw error;
		throw new KlaviyoConnectionError('Connection failed', context, error);
	} finally {
		clearTimeout(timer);
		options.signal?.removeEventListener('abort', onAbort);
	}
}

/** JSON when there is any, text when it is not JSON, `undefined` when empty (202/204). */
export async function readBody(response: Response): Promise<unknown> {
	const text = await response.text();
	if (!text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** Path and query only: error messages never carry the host. */
export function pathOf(url: string): string {
	const at = url.indexOf('/', url.indexOf('//') + 2);
	return at < 0 ? '/' : url.slice(at);
}
