import { invalidWith, KlaviyoConfigurationError } from '../core/errors.js';
import {
	type ClientOptions,
	DEFAULT_BASE_URL,
	DEFAULT_MAX_RETRIES,
	DEFAULT_REVISION,
	DEFAULT_TIMEOUT_MS,
	type RequestOptions,
} from '../core/options.js';
import { type CollectionPage, PagePromise } from '../core/pagination.js';
import { sendWithRetries } from '../core/send-with-retries.js';
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
 * The private side's HTTP layer: the core `sendWithRetries` (per-attempt timeout over the body, Klaviyo's retry
 * policy) with the key, revision and JSON:API headers, and nothing but typed errors that never
 * carry the key.
 */
export class Transport {
	readonly #key: string;
	readonly #options: PrivateClientOptions;
	readonly #baseUrl: string;
	/** The only origin the key is sent to. */
	readonly #origin: string;
	/** The base URL's path (`''` for a bare host), which a `links.next` carries and our paths do not. */
	readonly #prefix: string;

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
		const base = new URL(this.#baseUrl);
		this.#origin = base.origin;
		this.#prefix = base.pathname.replace(/\/$/, '');
	}

	/** Sends one API call and resolves with its parsed JSON:API body (`undefined` for 202/204). */
	async request<T = unknown>(method: string, path: string, call: CallOptions = {}): Promise<T> {
		const options = this.#options;
		const url = this.#baseUrl + path + toSearch(call.query);
		// The client's signal still aborts a call that brings its own.
		const signal =
			call.signal && options.signal
				? AbortSignal.any([call.signal, options.signal])
				: (call.signal ?? options.signal);
		const body = call.body === undefined ? undefined : toJson(call.body);
		// Header names are case-insensitive: lower-casing them lets a call's header replace the client's,
		// and ours replace both, instead of fetch joining two values into one.
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
		for (const [name, value] of Object.entries(call.headers ?? {})) headers[name.toLowerCase()] = value;
		headers.accept = JSON_API;
		if (body !== undefined) headers['content-type'] = JSON_API;
		headers.revision = call.revision ?? options.revision ?? DEFAULT_REVISION;
		headers.authorization = `Klaviyo-API-Key ${this.#key}`;
		if (options.beforeRequest) await options.beforeRequest(method, path, signal);
		const timeout = call.timeout ?? options.timeout ?? DEFAULT_TIMEOUT_MS;
		return sendWithRetries(
			// Klaviyo's API does not redirect: a redirect would carry the key and the body to another host.
			{ method, url, headers, body, redirect: 'manual' },
			{
				// Looked up per call, so a fetch patched in after construction (tests, tracing) is used.
				fetch: options.fetch ?? fetch,
				// 0 (or Infinity) means none, as for the public client.
				timeout: Number.isFinite(timeout) ? timeout : 0,
				signal,
				maxRetries: call.maxRetries ?? options.maxRetries ?? DEFAULT_MAX_RETRIES,
				idempotent: method !== 'POST' || call.idempotent === true,
			},
		) as Promise<T>;
	}

	/** A listing call: `await` for the first page, `for await` for every item (see PagePromise). */
	paginate<P extends CollectionPage<unknown>>(path: string, call: CallOptions = {}): PagePromise<P> {
		return new PagePromise<P>((next) =>
			next
				? this.request<P>('GET', this.nextPath(next), { ...call, query: undefined })
				: this.request<P>('GET', path, call),
		);
	}

	/**
	 * The path and query of a server-given `links.next`, resolved against the base URL. A link to any
	 * other origin (another host or port, a protocol-relative `//host`, a scheme such as `x:5/…`) is
	 * refused before anything is sent: following it would hand the key to whoever wrote the link.
	 */
	nextPath(next: string): string {
		let url: URL | undefined;
		try {
			url = new URL(next, `${this.#baseUrl}/`);
		} catch {}
		if (url?.origin !== this.#origin) {
			throw invalidWith('links.next', `must be a URL on ${this.#origin}, where the key may go`, {
				value: next,
			});
		}
		const prefix = this.#prefix;
		const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
		return path + url.search;
	}
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
