import { invalid, KlaviyoAuthenticationError, KlaviyoConfigurationError } from '../core/errors.js';
import { type RetryOptions, send } from '../core/http.js';
import {
	type ClientOptions,
	DEFAULT_BASE_URL,
	DEFAULT_REVISION,
	type RequestOptions,
} from '../core/options.js';
import { type CollectionPage, PagePromise } from '../core/pagination.js';
import type { HttpRequest } from '../core/request.js';
import { toJson } from '../core/validate.js';
import type { EndpointLimit } from './rate-limiter.js';
import { isSendableHeader, type Session } from './session.js';

export interface PrivateClientOptions extends ClientOptions {
	/** A private API key (`pk_…`). Sent only in the `Authorization` header. */
	privateKey?: string;
	/** In place of `privateKey`: a session that gives each request its header (OAuth, `klaviyo-edge/oauth`). */
	session?: Session;
	/** Called before each request leaves, e.g. to wait for a rate-limit slot (abandoned when `signal` aborts). */
	beforeRequest?: (
		method: string,
		path: string,
		signal?: AbortSignal,
		rateLimit?: EndpointLimit,
	) => void | Promise<void>;
}

export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

export interface CallOptions extends RequestOptions {
	query?: Query;
	/** Sent as JSON, or as multipart when it is a `FormData`. */
	body?: unknown;
	/**
	 * A POST is retried only when repeating it cannot do anything twice: events carry a
	 * `unique_id`, upserts and consent writes converge. Other methods are always idempotent.
	 * Any request is retried after a 429, which Klaviyo answers before doing anything.
	 */
	idempotent?: boolean;
	/** The endpoint and published limit this call counts against, for `beforeRequest` (else it looks the path up). */
	rateLimit?: EndpointLimit;
	/**
	 * Sees each response as it arrives, before its body is read: klaviyo-edge/klaviyo-api answers
	 * `{ response, body }` with the status and headers of the last one.
	 */
	onResponse?: (response: Response) => void;
}

const JSON_API = 'application/vnd.api+json';

/**
 * The private side's HTTP layer: the core `send` (per-attempt timeout over the body, Klaviyo's retry
 * policy) with the key, revision and JSON:API headers, and nothing but typed errors that never
 * carry the key.
 */
export class Transport {
	/** `Klaviyo-API-Key …`, built once: the header of every request made with a private key. */
	readonly #authorization: string;
	readonly #session: Session | undefined;
	readonly #options: PrivateClientOptions;
	readonly #baseUrl: string;
	/** The only origin the key (or the session's tokens) is sent to. */
	readonly #origin: string;
	/** The base URL's path (`''` for a bare host), which a `links.next` carries and our paths do not. */
	readonly #prefix: string;

	constructor(options: PrivateClientOptions) {
		const { session } = options;
		if (session) {
			if (typeof session.authorization !== 'function') {
				throw new KlaviyoConfigurationError('A session must have an authorization() method.');
			}
			this.#authorization = '';
		} else {
			const key = typeof options.privateKey === 'string' ? options.privateKey.trim() : '';
			if (!key) throw new KlaviyoConfigurationError('Private api token was not provided.');
			// fetch would refuse such a key with a TypeError that quotes the whole header, key included.
			if (!/^[!-~]+$/.test(key)) {
				throw new KlaviyoConfigurationError(
					'The private api token contains a line break, a space or a non-ASCII character: check how it was copied.',
				);
			}
			this.#authorization = `Klaviyo-API-Key ${key}`;
		}
		this.#session = session;
		this.#options = options;
		this.#baseUrl = (options.baseUrl ?? session?.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
		const base = new URL(this.#baseUrl);
		this.#origin = base.origin;
		this.#prefix = base.pathname.replace(/\/$/, '');
		// The session's tokens were issued by one host: sending them to another would leak them.
		if (session?.baseUrl && new URL(session.baseUrl).origin !== this.#origin) {
			throw new KlaviyoConfigurationError(
				`The session's tokens are for ${new URL(session.baseUrl).origin}, not ${this.#origin}: drop baseUrl or make them agree.`,
			);
		}
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
		// A FormData (an image upload) goes as it is: fetch writes its multipart type and boundary.
		const body = call.body === undefined || call.body instanceof FormData ? call.body : toJson(call.body);
		// Header names are case-insensitive: lower-casing them lets a call's header replace the client's,
		// and ours replace both, instead of fetch joining two values into one.
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
		for (const [name, value] of Object.entries(call.headers ?? {})) headers[name.toLowerCase()] = value;
		headers.accept = JSON_API;
		if (typeof body === 'string') headers['content-type'] = JSON_API;
		headers.revision = call.revision ?? options.revision ?? DEFAULT_REVISION;
		headers.authorization = this.#authorization;
		if (options.beforeRequest) await options.beforeRequest(method, path, signal, call.rateLimit);
		const timeout = call.timeout ?? options.timeout ?? 10_000;
		// Klaviyo's API does not redirect: a redirect would carry the key and the body to another host.
		const request: HttpRequest = { method, url, headers, body, redirect: 'manual' };
		const sendOptions: RetryOptions = {
			// Looked up per call, so a fetch patched in after construction (tests, tracing) is used.
			fetch: seen(options.fetch ?? fetch, call.onResponse),
			// 0 (or Infinity) means none, as for the public client.
			timeout: Number.isFinite(timeout) ? timeout : 0,
			signal,
			maxRetries: call.maxRetries ?? options.maxRetries ?? 3,
			idempotent: method !== 'POST' || call.idempotent === true,
		};
		if (!this.#session) return send(request, sendOptions) as Promise<T>;
		return this.#sendWithSession(this.#session, request, sendOptions) as Promise<T>;
	}

	/** The session's header; on a 401, its renewed header once (a token that expired early, or was rotated). */
	async #sendWithSession(session: Session, request: HttpRequest, options: RetryOptions): Promise<unknown> {
		const headers = request.headers as Record<string, string>;
		headers.authorization = sendable(await session.authorization(options.signal));
		try {
			return await send(request, options);
		} catch (error) {
			if (!(error instanceof KlaviyoAuthenticationError) || error.statusCode !== 401 || !session.renew)
				throw error;
			const renewed = await session.renew(headers.authorization, options.signal);
			if (renewed === undefined) throw error;
			headers.authorization = sendable(renewed);
			return send(request, options);
		}
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
			throw invalid('links.next', `must be a URL on ${this.#origin}, where the key may go`);
		}
		const prefix = this.#prefix;
		const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
		return path + url.search;
	}
}

/** `fetch`, telling `onResponse` of each response it gets. */
const seen = (send: typeof fetch, onResponse?: (response: Response) => void): typeof fetch =>
	onResponse
		? async (input, init) => {
				const response = await send(input, init);
				onResponse(response);
				return response;
			}
		: send;

/** A header fetch would refuse with a TypeError quoting it (token included) is refused here, unquoted. */
function sendable(header: unknown): string {
	if (isSendableHeader(header)) return header;
	throw new KlaviyoConfigurationError(
		'The session gave an Authorization header that is not a line of visible ASCII words; it was not sent.',
	);
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
