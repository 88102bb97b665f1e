import { KlaviyoApiError, KlaviyoConnectionError, KlaviyoRateLimitError } from './errors.js';

/** Statuses worth another attempt: rate limited, or a server/edge hiccup (524 is Cloudflare's timeout). */
export const RETRY_STATUSES = [429, 500, 502, 503, 504, 524];

/** First backoff step and the cap of any single wait, in milliseconds. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 30_000;

/**
 * Reads `Retry-After`, which Klaviyo may send as seconds or as an HTTP date.
 * Returns whole seconds to wait (never negative), or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
	if (value == null || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The un-jittered wait before retry number `attempt` (1-based): 0.5 s, 1 s, 2 s… up to the cap. */
export function backoffStep(attempt: number): number {
	return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
}

/** "Equal jitter": half the step is fixed, half random, so concurrent clients spread out. */
export function withJitter(step: number, random = Math.random()): number {
	return step / 2 + (step / 2) * random;
}

/** Exponential backoff with jitter; always between half a step and the cap. */
export function backoffDelay(attempt: number, random = Math.random()): number {
	return withJitter(backoffStep(attempt), random);
}

/** Whether a failed attempt may be tried again (the caller still decides if the request is idempotent). */
export function isRetryable(error: unknown): boolean {
	if (error instanceof KlaviyoApiError) return RETRY_STATUSES.includes(error.statusCode);
	return error instanceof KlaviyoConnectionError;
}

/** How long to wait before retry number `attempt`: the server's `Retry-After` wins, capped. */
export function retryDelay(error: unknown, attempt: number): number {
	const after = error instanceof KlaviyoRateLimitError ? error.retryAfter : undefined;
	return after === undefined ? backoffDelay(attempt) : Math.min(after * 1000, BACKOFF_CAP_MS);
}
