/** Klaviyo's API host. `/client/*` and `/api/*` both live here. */
export const DEFAULT_BASE_URL = 'https://a.klaviyo.com';

/** Klaviyo's private keys start `pk_`; whitespace around one (a pasted key, an env file) changes nothing. */
export const isPrivateKey = (key: string) => /^\s*pk_/i.test(key);

/** The API revision every request is pinned to unless the caller picks another. */
export const DEFAULT_REVISION = '2026-07-15';

/*
 * How often and how long senders try: every default in one place. Which failures are retried, and
 * how long to wait between attempts, is core/retry.ts's policy; a sender that differs says why here.
 */

/** Retries after the first attempt for a retryable failure (the private client, the page's queue). */
export const DEFAULT_MAX_RETRIES = 3;
/** Milliseconds one attempt may take, its body included; 0 for none. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * The relay retries while a page waits for its answer: fewer times, and never a wait longer than
 * `RELAY_MAX_WAIT_MS` (a longer `Retry-After` goes back to the page, whose queue retries later).
 */
export const RELAY_MAX_RETRIES = 2;
export const RELAY_MAX_WAIT_MS = 2_000;
/** The queue consumer sends bulk jobs of up to 5 MB: one attempt may take this long. */
export const BULK_JOB_TIMEOUT_MS = 30_000;
/**
 * The queue consumer retries whole messages through Cloudflare Queues, which delays in whole
 * seconds and at most 12 hours: backoff from 1 s up to 5 minutes, without jitter, so the messages
 * of a failed job come back together and make one job again.
 */
export const QUEUE_BACKOFF_BASE_MS = 1_000;
export const QUEUE_BACKOFF_CAP_MS = 300_000;
export const QUEUE_MAX_DELAY_SECONDS = 43_200;
/** The page's queue: requests kept at most, and the size of their JSON in storage. */
export const DEFAULT_MAX_QUEUE_LENGTH = 100;
export const DEFAULT_MAX_QUEUE_BYTES = 256_000;

/** Options shared by every client (public and private). All are optional. */
export interface ClientOptions {
	/** Where requests go. Default `https://a.klaviyo.com`; point it at the emulator in tests. */
	baseUrl?: string;
	/** The `revision` header (YYYY-MM-DD[.suffix]). Default `2026-07-15`. */
	revision?: string;
	/** A `fetch` implementation. Default: the global `fetch`, looked up at call time. */
	fetch?: typeof fetch;
	/** Milliseconds allowed for one attempt before it is aborted. Default 10 000 (`DEFAULT_TIMEOUT_MS`); 0 for none. */
	timeout?: number;
	/** Aborts every request made by this client, including calls that pass a `signal` of their own. */
	signal?: AbortSignal;
	/** Retries after the first attempt for retryable failures. Default 3 (`DEFAULT_MAX_RETRIES`). */
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
