/**
 * The one way a request leaves with retries: `sendOnce` per attempt (a timeout that covers the
 * body, typed errors), Klaviyo's retry policy (core/retry.ts) between attempts. The private
 * transport and the relay send through it; the page's queue spaces its attempts over page loads
 * with the same policy, and the queue consumer through Cloudflare Queues' redelivery.
 */
import { Default } from './options.js';
import { type HttpRequest, type SendOptions, sendOnce } from './request.js';
import { mayRetry, retryDelay, serverWait } from './retry.js';
import { sleep as realSleep } from './sleep.js';

export interface RetryOptions extends SendOptions {
	/** Retries after the first attempt. Default 3 (`Default.MaxRetries`). */
	maxRetries?: number;
	/**
	 * Whether running the request twice is harmless. Default: any method but POST. A request that is
	 * not is still retried after a 429, which Klaviyo answers before doing anything.
	 */
	idempotent?: boolean;
	/** A retry that would wait longer than this (ms) is not made: the error goes to the caller. */
	maxWait?: number;
	/** How to wait between attempts; rejects with the signal's reason when it aborts (tests pass a clock of their own). */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What `AbortSignal.timeout` aborts with: `sendOnce` reads the name as a timeout. */
const timedOut = () => new DOMException('The attempt timed out', 'TimeoutError');

/** Sends `request`, retrying what Klaviyo's rules allow; resolves with the parsed body. */
export async function sendWithRetries(request: HttpRequest, options: RetryOptions = {}): Promise<unknown> {
	const {
		maxRetries = Default.MaxRetries,
		idempotent = request.method !== 'POST',
		maxWait = Number.POSITIVE_INFINITY,
		timeout = Default.TimeoutMs,
		signal,
		sleep = realSleep,
	} = options;
	for (let attempt = 1; ; attempt++) {
		// The attempt's timer covers the body too; the caller's signal aborts it at any point. A timer
		// cleared on settling, not AbortSignal.timeout: that one cost ~10 % of a request's CPU on Node 20.
		// Without a timeout no controller is made: fetch's following a signal is most of what a call
		// costs beyond a bare fetch (docs/performance.md).
		const timer = timeout > 0 ? new AbortController() : undefined;
		const id = timer && setTimeout(() => timer.abort(timedOut()), timeout);
		try {
			return await sendOnce(request, {
				fetch: options.fetch,
				signal: timer ? (signal ? AbortSignal.any([signal, timer.signal]) : timer.signal) : signal,
				timeout: 0,
			});
		} catch (error) {
			clearTimeout(id);
			// The server side reads the 429's words too (retry.ts).
			const wait = retryDelay({ retryAfter: serverWait(error) }, attempt);
			if (signal?.aborted || attempt > maxRetries || wait > maxWait || !mayRetry(error, idempotent))
				throw error;
			// An abort during the wait rejects with the signal's reason, like an abort mid-attempt.
			await sleep(wait, signal);
		} finally {
			clearTimeout(id);
		}
	}
}
