/**
 * The one shape of a rate limit and of what counts against it, for the private client's pacing
 * (src/private/rate-limiter.ts) and the relay's abuse limits (adapters/relay/limits.ts): Klaviyo
 * publishes each operation's limit as a burst per second and a steady rate per minute.
 */

/** A limit as Klaviyo publishes it (`x-klaviyo-ratelimit`). */
export interface Rate {
	/** Requests per second. */
	burst: number;
	/** Requests per minute. */
	steady: number;
	/** Requests per day, for the few operations that have such a cap. */
	daily?: number;
}

/** The outcome of one request against a limiter: allowed, or refused with seconds to wait. */
export type LimitOutcome = { ok: true } | { ok: false; retryAfter: number };

/**
 * Anything that counts requests per key against a `Rate`: the relay's in-memory windows, the
 * private client's `RateLimiter`, or a platform's (Cloudflare's Rate Limiting binding).
 */
export interface Limiter {
	/**
	 * Lets one request in if `key` has room now, counting it as `count` (default 1: the relay's bulk
	 * of N events counts N). What a count takes past the limit is owed: later requests wait for it.
	 */
	take(key: string, rate: Rate, count?: number): LimitOutcome | Promise<LimitOutcome>;
}
