/**
 * Klaviyo's retry policy, the one every sender follows: which failures are worth another attempt,
 * how long to wait before it (the server's word first, else exponential backoff), and the caps.
 * Who sends decides only how often to try and how long it may wait (defaults in core/options.ts):
 * the private client and the relay through `sendWithRetries`, the page's queue across page loads,
 * the queue consumer and its bulk deliveries through Cloudflare Queues' redelivery.
 */
import { KlaviyoApiError, KlaviyoConnectionError } from './errors.js';
import { QUEUE_BACKOFF_BASE_MS, QUEUE_BACKOFF_CAP_MS } from './options.js';

/** Statuses worth another attempt: rate limited, or a server/edge hiccup (524 is Cloudflare's timeout). */
export const RETRY_STATUSES = [429, 500, 502, 503, 504, 524];

/** First backoff step and the cap of any single wait, in milliseconds. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 30_000;
/** The longest `Retry-After` honoured: Klaviyo's steady limits are per minute. */
export const RETRY_AFTER_CAP_MS = 60_000;

/**
 * Reads `Retry-After`, which Klaviyo may send as seconds or as an HTTP date.
 * Returns whole seconds to wait (never negative), or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
	if (!value?.trim()) return undefined;
	const seconds = Number.isFinite(+value) ? +value : (Date.parse(value) - now) / 1000;
	return Number.isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

/**
 * Seconds the server asked to wait after `error`: its `Retry-After` (read once, where the answer
 * arrived, and kept on the error), else the words of Klaviyo's 429 ("Request was throttled.
 * Expected available in 7 seconds."), the only say a browser gets when CORS hides the header.
 */
export const serverWait = (error: unknown): number | undefined => {
	const { retryAfter, errors } = (error ?? {}) as Partial<KlaviyoApiError>;
	return retryAfter ?? parseRetryAfter(/available in (\d+) sec/.exec(`${errors?.[0]?.detail}`)?.[1]);
};

/** The un-jittered wait before retry number `attempt` (1-based): 0.5 s, 1 s, 2 s… up to 30 s. */
export const backoffStep = (attempt: number) =>
	Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));

/**
 * The same doubling for redeliveries through Cloudflare Queues (the queue consumer): from 1 s up to
 * 5 minutes, and without jitter, so a failed job's messages come back together (core/options.ts).
 */
export const redeliveryStep = (attempt: number) =>
	Math.min(QUEUE_BACKOFF_CAP_MS, QUEUE_BACKOFF_BASE_MS * 2 ** (attempt - 1));

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so concurrent
 * clients spread out; always between half a step and the cap.
 */
export const backoffDelay = (attempt: number, random = Math.random()) =>
	(backoffStep(attempt) / 2) * (1 + random);

/** Whether a failed attempt may be tried again (the caller still decides if the request is idempotent). */
export const isRetryable = (error: unknown) =>
	error instanceof KlaviyoApiError
		? RETRY_STATUSES.includes(error.statusCode)
		: error instanceof KlaviyoConnectionError;

/**
 * Whether to try again after `error`: a retryable failure, and either a request that is harmless to
 * repeat or a 429 (refused before anything ran). A timeout or a 5xx of a plain POST may have run it.
 */
export const mayRetry = (error: unknown, idempotent: boolean) =>
	isRetryable(error) && (idempotent || (error as Partial<KlaviyoApiError>).statusCode === 429);

/**
 * How long to wait before retry number `attempt`: the seconds the server asked for (`after`),
 * capped, else jittered backoff. `after` is the error's `Retry-After` unless the caller passes
 * `serverWait(error)`, which reads the 429's words too: servers do; the page does not, as the
 * words would cost every storefront ~45 B brotli.
 */
export function retryDelay(
	error: unknown,
	attempt: number,
	after = (error as Partial<KlaviyoApiError> | undefined)?.retryAfter,
): number {
	return after == null ? backoffDelay(attempt) : Math.min(after * 1000, RETRY_AFTER_CAP_MS);
}
