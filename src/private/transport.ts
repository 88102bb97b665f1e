import ky, { HTTPError, TimeoutError } from 'ky';
import {
	type ApiErrorContext,
	errorFromResponse,
	KlaviyoConfigurationError,
	KlaviyoConnectionError,
	KlaviyoError,
	KlaviyoTimeoutError,
} from '../core/errors.js';
import {
	type ClientOptions,
	DEFAULT_BASE_URL,
	DEFAULT_REVISION,
	type RequestOptions,
} from '../core/options.js';
import { type CollectionPage, PagePromise } from '../core/pagination.js';
import { pathOf, readBody } from '../core/request.js';
import {
	BACKOFF_CAP_MS,
	backoffStep,
	parseRetryAfter,
	RETRY_AFTER_CAP_MS,
	RETRY_STATUSES,
	withJitter,
} from '../core/retry.js';
import { toJson } from '../core/validate.js';

export interface PrivateClientOptions extends ClientOptions {
	/** A private API key (`pk_…`). Sent only in the `Authorization` header. */
	privateKey: string;
	/** Called before each request leaves, e.g. to wait for a rate-limit slot (abandoned when `signal` aborts). */
	beforeRequest?: (method: string, path: string, signal?: AbortSignal) => void | Promise<void>;
}

export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

export interface CallOptions extends RequestOptions {
	query?: Query;
	body?: unknown;
	/**
	 * A POST is retried only when repeating it cannot do anything twice: events carry a
	 * `unique_id`, upserts and consent writes converge. Other methods are always idempotent.
	 * Any request is retried after a 429, which Klaviyo answers before doing anything.
	 */
	idempotent?: boolean;
}

const JSON_API = 'application/vnd.api+json';

/**
 * The private side's HTTP layer: ky (retry, per-attempt timeout, hooks) configured to
 * Klaviyo's rules, with every failure turned into a typed error that never carries the key.
 */
export class Transport {
	readonly #key: string;
	readonly #options: PrivateClientOptions;
	readonly #baseUrl: string;

	constructor(options: PrivateClientOptions) {
		this.#key = typeof options.privateKey === 'string' ? options.privateKey.trim() : '';
		if (!this.#key) throw new KlaviyoConfigurationError('Private api token was not provided.');
		// fetch would refuse such a key with a TypeError that quotes the whole header, key included.
		if (!/^[!-~]+$/.test(this.#key)) {
			throw new KlaviyoConfigurationError(
				'The private api token contains a line break, a space or a non-ASCII character: check how it was copied.',
			);
		}
		this.#options = options;
		this.#baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
	}

	/** Sends one API call and resolves with its parsed JSON:API body (`undefined` for 202/204). */
	async request<T = unknown>(method: string, path: string, call: CallOptions = {}): Promise<T> {
		const url = this.#baseUrl + path + toSearch(call.query);
		// The path without its query: lookups put customers' emails there, and errors end up in logs.
		const context: ApiErrorContext = { method, path: pathOf(url).split('?')[0] };
		// The client's signal still aborts a call that brings its own.
		const signals = [call.signal, this.#options.signal].filter((s): s is AbortSignal => s !== undefined);
		const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
		const maxRetries = call.maxRetries ?? this.#options.maxRetries ?? 3;
		const retryable = method !== 'POST' || call.idempotent === true;
		const body = call.body === undefined ? undefined : toJson(call.body);
		const timeout = call.timeout ?? this.#options.timeout ?? 10_000;
		// Header names are case-insensitive: set() replaces a caller's `Authorization` or `Revision` instead
		// of joining the two values into one.
		const headers = new Headers(this.#options.headers);
		for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
		headers.set('accept', JSON_API);
		if (call.body !== undefined) headers.set('content-type', JSON_API);
		headers.set('revision', call.revision ?? this.#options.revision ?? DEFAULT_REVISION);
		headers.set('authorization', `Klaviyo-API-Key ${this.#key}`);
		await this.#options.beforeRequest?.(method, context.path!, signal);
		try {
			const response = await ky(url, {
				method,
				headers,
				body,
				signal,
				// Klaviyo's API does not redirect: a redirect would carry the key and the body to another host.
				redirect: 'manual',
				// 0 (or Infinity) means none, as for the public client.
				timeout: timeout > 0 && Number.isFinite(timeout) ? timeout : false,
				fetch: (input, init) => readWhole((this.#options.fetch ?? fetch)(input, init)),
				retry: {
					limit: maxRetries,
					methods: ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'],
					statusCodes: RETRY_STATUSES,
					afterStatusCodes: [429],
					maxRetryAfter: RETRY_AFTER_CAP_MS,
					delay: backoffStep,
					jitter: (step) => withJitter(step),
					backoffLimit: BACKOFF_CAP_MS,
					retryOnTimeout: true,
					shouldRetry: ({ error }) => {
						if (signal?.aborted) return false;
						// A 429 was refused before anything ran: even a POST that must not run twice may go again.
						const refused = error instanceof HTTPError && error.response.status === 429;
						return retryable || refused ? undefined : false;
					},
				},
			});
			return (await readBody(response)) as T;
		} catch (error) {
			throw await toKlaviyoError(error, context, signal);
		}
	}

	/** A listing call: `await` for the first page, `for await` for every item (see PagePromise). */
	paginate<P extends CollectionPage<unknown>>(path: string, call: CallOptions = {}): PagePromise<P> {
		return new PagePromise<P>((next) =>
			next
				? this.request<P>('GET', nextPath(next), { ...call, query: undefined })
				: this.request<P>('GET', path, call),
		);
	}
}

/**
 * Resolves only once the body is in: ky's timeout covers the promise `fetch` returns, so a server
 * that sends its headers and then stalls would otherwise hang the caller forever (the Lambdas of
 * klaviyo-api-node#62). Klaviyo's bodies are small JSON, read whole anyway.
 */
async function readWhole(pending: Promise<Response>): Promise<Response> {
	const response = await pending;
	if (!response.body || response.status < 200 || response.status > 599) return response;
	const { status, statusText, headers } = response;
	return new Response(await response.arrayBuffer(), { status, statusText, headers });
}

/** ky's errors hold the request and its options (and so the key): keep only what is safe. */
async function toKlaviyoError(
	error: unknown,
	context: ApiErrorContext,
	signal?: AbortSignal,
): Promise<unknown> {
	if (signal?.aborted) return signal.reason;
	if (error instanceof KlaviyoError) return error;
	if (error instanceof HTTPError) {
		const { response } = error;
		const data = await readBody(response).catch(() => undefined);
		return errorFromResponse(
			response.status,
			data,
			{ ...context, headers: response.headers },
			parseRetryAfter(response.headers.get('retry-after')),
		);
	}
	if (error instanceof TimeoutError) return new KlaviyoTimeoutError('Request timed out', context);
	const cause =
		error instanceof Error ? new Error(String(error.message), { cause: (error as Error).cause }) : error;
	return new KlaviyoConnectionError('Connection failed', context, cause);
}

/**
 * `links.next` is an absolute URL. Only its path and query are reused against our own base URL,
 * so a key is never sent to a host the caller did not configure.
 */
export function nextPath(next: string): string {
	const url = new URL(next, 'https://a.klaviyo.com');
	return url.pathname + url.search;
}

function toSearch(query: Query | undefined): string {
	if (!query) return '';
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined) continue;
		params.set(key, Array.isArray(value) ? value.join(',') : String(value));
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
