/** Klaviyo's API host. `/client/*` and `/api/*` both live here. */
export const DEFAULT_BASE_URL = 'https://a.klaviyo.com';

/** Klaviyo's private keys start `pk_`; whitespace around one (a pasted key, an env file) changes nothing. */
export const isPrivateKey = (key: string) => /^\s*pk_/i.test(key);

/**
 * Media types, written once. An enum because bundlers inline its members: the page's requests carry
 * the string itself, where a shared `const` would cost every storefront a variable (~16 B brotli).
 */
export enum MediaType {
	/** JSON:API: every body Klaviyo takes and answers, and the relay's error documents. */
	JsonApi = 'application/vnd.api+json',
}

/** The API revision every request is pinned to unless the caller picks another. */
export const DEFAULT_REVISION = '2026-07-15';

/**
 * How often and how long senders try: every default in one place. Which failures are retried, and
 * how long to wait between attempts, is core/retry.ts's policy; a sender that differs says why
 * here. An enum, as `MediaType`: bundlers inline its members, so no sender pays for the table.
 */
export enum Default {
	/** Retries after the first attempt for a retryable failure (the private client, the page's queue). */
	MaxRetries = 3,
	/** Milliseconds one attempt may take, its body included; 0 for none. */
	TimeoutMs = 10_000,
	/**
	 * The relay retries while a page waits for its answer: fewer times, and never a wait longer than
	 * `RelayMaxWaitMs` (a longer `Retry-After` goes back to the page, whose queue retries later).
	 */
	RelayMaxRetries = 2,
	RelayMaxWaitMs = 2_000,
	/** The relay reads a POST body for at most this long: a sender that trickles one in is refused (408). */
	// biome-ignore lint/suspicious/noDuplicateEnumValues: two defaults that agree today, each on its own
	RelayBodyTimeoutMs = 10_000,
	/** The queue consumer sends bulk jobs of up to 5 MB: one attempt may take this long. */
	BulkJobTimeoutMs = 30_000,
	/** The page's queue: requests kept at most, and the UTF-8 bytes of their JSON in storage. */
	MaxQueueLength = 100,
	MaxQueueBytes = 256_000,
	/** `waitForJob` (klaviyo-edge/api): how long a job may take to end before the wait gives up. */
	JobWaitMs = 900_000,
	/** `waitForJob`: the first pause between two polls of a job (then backoff, or its Retry-After). */
	JobPollMs = 1_000,
}

/** Options shared by every client (public and private). All are optional. */
export interface ClientOptions {
	/** Where requests go. Default `https://a.klaviyo.com`; point it at the emulator in tests. */
	baseUrl?: string;
	/** The `revision` header (YYYY-MM-DD[.suffix]). Default `2026-07-15`. */
	revision?: string;
	/** A `fetch` implementation. Default: the global `fetch`, looked up at call time. */
	fetch?: typeof fetch;
	/** Milliseconds allowed for one attempt before it is aborted. Default 10 000 (`Default.TimeoutMs`); 0 for none. */
	timeout?: number;
	/** Aborts every request made by this client, including calls that pass a `signal` of their own. */
	signal?: AbortSignal;
	/** Retries after the first attempt for retryable failures. Default 3 (`Default.MaxRetries`). */
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
