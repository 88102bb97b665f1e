/** Klaviyo's API host. `/client/*` and `/api/*` both live here. */
export const DEFAULT_BASE_URL = 'https://a.klaviyo.com';

/** Klaviyo's private keys start `pk_`; whitespace around one (a pasted key, an env file) changes nothing. */
export const isPrivateKey = (key: string) => /^\s*pk_/i.test(key);

/** The API revision every request is pinned to unless the caller picks another. */
export const DEFAULT_REVISION = '2026-07-15';

/** Options shared by every client (public and private). All are optional. */
export interface ClientOptions {
	/** Where requests go. Default `https://a.klaviyo.com`; point it at the emulator in tests. */
	baseUrl?: string;
	/** The `revision` header (YYYY-MM-DD[.suffix]). Default `2026-07-15`. */
	revision?: string;
	/** A `fetch` implementation. Default: the global `fetch`, looked up at call time. */
	fetch?: typeof fetch;
	/** Milliseconds allowed for one attempt before it is aborted. Default 10 000; 0 for none. */
	timeout?: number;
	/** Aborts every request made by this client, including calls that pass a `signal` of their own. */
	signal?: AbortSignal;
	/** Retries after the first attempt for retryable failures. Default 3. */
	maxRetries?: number;
	/** Extra headers sent with every request (cannot override auth or `revision`). */
	headers?: Record<string, string>;
}

/** Options accepted by a single call; they override the client's for that call only. */
export interface RequestOptions {
	revision?: string;
	timeout?: number;
	signal?: AbortSignal;
	maxRetries?: number;
	headers?: Record<string, string>;
}
