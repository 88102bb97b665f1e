import { KlaviyoRateLimitError } from '../core/errors.js';
import type { Limiter, LimitOutcome, Rate } from '../core/rate.js';
import { sleep } from '../core/sleep.js';
import { RATE_LIMITS } from './generated/rate-limits.js';

/**
 * A `Rate` (core/rate.ts) written compactly, as the generated tables have it: [burst per second,
 * steady per minute, and for a few endpoints a cap per day].
 */
export type RateLimit = readonly [burstPerSecond: number, steadyPerMinute: number, dailyCap?: number];

/** The endpoint a request counts against and its limit, when the caller knows them (the `/api` classes do). */
export interface EndpointLimit {
	/** "METHOD /templated/path". */
	endpoint: string;
	limit: RateLimit;
}

export interface RateLimiterOptions {
	/**
	 * Limits per "METHOD /templated/path". Default: Klaviyo's published limits for the operations
	 * the private entry calls (the `/api` classes hand theirs to `acquire` with each call).
	 */
	limits?: Record<string, RateLimit | Rate>;
	/** Clock in milliseconds (tests pass a fake one). */
	now?: () => number;
	/** How to wait; rejects when the signal aborts (tests pass a fake one). */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

interface Endpoint {
	key: string;
	segments: string[];
	literals: number;
	rate: Rate;
}

const SECOND = 1000;
const MINUTE = 60_000;
const DAY = 86_400_000;

const toRate = (limit: RateLimit | Rate): Rate =>
	'burst' in limit ? limit : { burst: limit[0], steady: limit[1], daily: limit[2] };

/**
 * Keeps this client under each endpoint's published burst (per second) and steady (per minute)
 * limits, so a large job waits its turn instead of living on 429s. Each endpoint (method plus
 * templated path) keeps a log of the times it handed out; a request is scheduled at the first
 * moment when neither the last second nor the last minute is full, so no window ever holds more
 * than its limit. Callers are served in arrival order. Per client instance: several processes
 * sharing one key still need the transport's 429 retries.
 *
 * A daily cap (e.g. `create_list`, 150 a day) is not waited for: once the last 24 hours hold that
 * many, a request is refused at once with a `KlaviyoRateLimitError` whose `retryAfter` says when a
 * slot frees, since waiting hours inside a call is never what its caller wants.
 *
 * It is also a `Limiter` (core/rate.ts), the shape the relay counts with: `take` answers at once,
 * a slot or the seconds until one, and never waits.
 */
export class RateLimiter implements Limiter {
	readonly #endpoints = new Map<string, Endpoint[]>();
	readonly #logs = new Map<string, number[]>();
	/** Per endpoint with a daily cap: the times handed out in the last 24 hours. */
	readonly #days = new Map<string, number[]>();
	readonly #now: () => number;
	readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

	constructor(options: RateLimiterOptions = {}) {
		this.#now = options.now ?? Date.now;
		this.#sleep = options.sleep ?? sleep;
		for (const [key, limit] of Object.entries(options.limits ?? RATE_LIMITS)) {
			const [method = '', path = ''] = key.split(' ');
			const segments = path.split('/');
			const rate = toRate(limit);
			const endpoint = { key, segments, literals: segments.filter((s) => !s.startsWith('{')).length, rate };
			// Filed by method and segment count: a request is matched against a handful, not the whole table.
			const bucket = `${method} ${segments.length}`;
			this.#endpoints.set(bucket, [...(this.#endpoints.get(bucket) ?? []), endpoint]);
		}
	}

	/**
	 * Waits for a slot for this request: `known` names its endpoint and limit, or the table is
	 * searched. Unknown endpoints pass straight through. When `signal` aborts, the wait ends at once
	 * with its reason and the slot goes back to those behind it.
	 */
	acquire = async (
		method: string,
		path: string,
		signal?: AbortSignal,
		known?: EndpointLimit,
	): Promise<void> => {
		signal?.throwIfAborted();
		const endpoint = known ? { key: known.endpoint, rate: toRate(known.limit) } : this.#match(method, path);
		if (!endpoint) return;
		const day = this.#today(endpoint.key, endpoint.rate, method, path);
		const { log, at, wait } = this.#reserve(endpoint.key, endpoint.rate);
		day?.push(at);
		if (wait <= 0) return;
		try {
			await this.#sleep(wait, signal);
		} catch (error) {
			for (const times of [log, day]) {
				const index = times ? times.lastIndexOf(at) : -1;
				if (index >= 0) times!.splice(index, 1);
			}
			throw error;
		}
	};

	/**
	 * Counts one request for `key` against `rate` if a slot is free now, else says how many seconds
	 * until one is (nothing booked): the relay's `Limiter` shape, with this limiter's sliding windows.
	 * A `count` over 1 books the other slots after it, as the limits would have paced them.
	 */
	take(key: string, rate: Rate, count = 1): LimitOutcome {
		const { log, at, wait } = this.#reserve(key, rate);
		if (wait > 0) {
			log.splice(log.lastIndexOf(at), 1);
			return { ok: false, retryAfter: Math.ceil(wait / SECOND) };
		}
		for (let booked = 1; booked < count; booked++) this.#reserve(key, rate);
		return { ok: true };
	}

	/** The endpoint a concrete request counts against, e.g. `GET /api/lists/{id}`. */
	endpointOf(method: string, path: string): string | undefined {
		return this.#match(method, path)?.key;
	}

	#match(method: string, path: string): Endpoint | undefined {
		const segments = path.split('?')[0]!.split('/');
		let best: Endpoint | undefined;
		for (const endpoint of this.#endpoints.get(`${method.toUpperCase()} ${segments.length}`) ?? []) {
			const matches = endpoint.segments.every((s, i) => s.startsWith('{') || s === segments[i]);
			if (matches && (!best || endpoint.literals > best.literals)) best = endpoint;
		}
		return best;
	}

	/** The endpoint's last 24 hours when it has a daily cap; refuses the request when they are full. */
	#today(key: string, { daily: perDay }: Rate, method: string, path: string): number[] | undefined {
		if (!perDay) return undefined;
		const now = this.#now();
		const day = this.#days.get(key) ?? [];
		this.#days.set(key, day);
		while (day.length && day[0]! <= now - DAY) day.shift();
		if (day.length < perDay) return day;
		const retryAfter = Math.ceil((day[day.length - perDay]! + DAY - now) / 1000);
		const detail = `${key} allows ${perDay} requests a day and this client has sent them: refused before sending.`;
		throw new KlaviyoRateLimitError(
			429,
			{ errors: [{ status: 429, code: 'daily_limit', title: 'Daily rate limit reached.', detail }] },
			{ method: method.toUpperCase(), path: path.split('?')[0] },
			retryAfter,
		);
	}

	/** Books the earliest allowed time for one more request (`at`, in `key`'s `log`) and says how long to wait. */
	#reserve(
		key: string,
		{ burst: perSecond, steady: perMinute }: Rate,
	): { log: number[]; at: number; wait: number } {
		const now = this.#now();
		const log = this.#logs.get(key) ?? [];
		this.#logs.set(key, log);
		while (log.length && log[0]! <= now - MINUTE) log.shift();
		let at = now;
		if (log.length >= perSecond) at = Math.max(at, log[log.length - perSecond]! + SECOND);
		if (log.length >= perMinute) at = Math.max(at, log[log.length - perMinute]! + MINUTE);
		log.push(at);
		return { log, at, wait: at - now };
	}
}
