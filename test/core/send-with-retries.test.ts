import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { KlaviyoRateLimitError, KlaviyoServerError, KlaviyoTimeoutError } from '../../src/core/errors.js';
import { sendWithRetries } from '../../src/core/send-with-retries.js';
import { recordingSleep, rejectionOf, setup } from './helpers.js';

/** The one `sendWithRetries` the private transport and the relay share, on its own. */
const { emu } = await setup();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const lists = () => ({
	method: 'GET',
	url: `${emu.url}/api/lists`,
	headers: { authorization: `Klaviyo-API-Key ${emu.privateKey}`, revision: '2026-07-15' },
});
const hits = () => emu.requests.filter((r) => r.path === '/api/lists').length;

describe('sendWithRetries', () => {
	it('an abort during the wait between attempts ends the call at once with the reason, and no attempt follows', async () => {
		emu.faults.add({ path: '/api/lists', status: 503, times: Number.POSITIVE_INFINITY });
		const controller = new AbortController();
		// A clock whose waits end only by the abort: the call can end no other way.
		const clock = recordingSleep({ hold: true });
		const pending = sendWithRetries(lists(), {
			signal: controller.signal,
			maxRetries: 5,
			sleep: clock.sleep,
		});
		await vi.waitFor(() => expect(clock.waits).toHaveLength(1), { timeout: 15_000 });
		controller.abort(new Error('shutting down'));
		const error = await rejectionOf(pending);
		expect((error as Error).message).toBe('shutting down');
		// The first retry's wait (250–500 ms) was under way; no attempt followed it.
		expect(clock.waits[0]).toBeGreaterThanOrEqual(250);
		expect(clock.waits[0]).toBeLessThanOrEqual(500);
		expect(hits()).toBe(1);
	});

	it('a retry that would wait past maxWait is not made: the 429 goes to the caller', async () => {
		emu.faults.add({ path: '/api/lists', status: 429, retryAfter: 5 });
		const clock = recordingSleep();
		const error = await rejectionOf(
			sendWithRetries(lists(), { maxRetries: 3, maxWait: 2_000, sleep: clock.sleep }),
		);
		expect(error).toBeInstanceOf(KlaviyoRateLimitError);
		expect((error as KlaviyoRateLimitError).retryAfter).toBe(5);
		expect(clock.waits).toEqual([]); // not a moment spent waiting
		expect(hits()).toBe(1);
	});

	it('a POST is retried only when idempotent, or after a 429', async () => {
		const post = { ...lists(), method: 'POST', body: '{}' };
		emu.faults.add({ path: '/api/lists', method: 'POST', status: 502 });
		expect(await rejectionOf(sendWithRetries(post, { maxRetries: 2 }))).toBeInstanceOf(KlaviyoServerError);
		expect(hits()).toBe(1);
		emu.reset();
		emu.faults.add({ path: '/api/lists', method: 'POST', status: 429, retryAfter: 0 });
		await rejectionOf(sendWithRetries(post, { maxRetries: 2 })); // the retry reaches the emulator, which refuses '{}'
		expect(hits()).toBe(2);
		emu.reset();
		emu.faults.add({ path: '/api/lists', method: 'POST', status: 502 });
		await rejectionOf(sendWithRetries(post, { maxRetries: 2, idempotent: true }));
		expect(hits()).toBe(2);
	});

	it('each attempt gets its own timeout, and a timer never outlives its attempt', async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 400, times: 2 });
		const clock = recordingSleep();
		const error = await rejectionOf(
			sendWithRetries(lists(), { timeout: 100, maxRetries: 1, sleep: clock.sleep }),
		);
		// Each attempt was cut before the emulator's 400 ms answer, the second too: its own timer,
		// not what was left of the first one's, nor the 10 s default. One backoff (250–500 ms) between.
		expect(error).toBeInstanceOf(KlaviyoTimeoutError);
		expect(hits()).toBe(2);
		expect(emu.requests.map((r) => r.status)).toEqual([0, 0]);
		expect(clock.waits).toHaveLength(1);
		expect(clock.waits[0]).toBeLessThanOrEqual(500);
		// A call that succeeds leaves no timer behind to keep the process alive.
		const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
		await sendWithRetries(lists(), { timeout: 60_000 });
		expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(
			before,
		);
	});

	it('fetch is given a signal only when there is something to abort: a timeout or the signal of the caller', async () => {
		const signals: Array<AbortSignal | null | undefined> = [];
		const watched: typeof fetch = (input, init) => {
			signals.push(init?.signal);
			return fetch(input, init);
		};
		const caller = new AbortController();
		await sendWithRetries(lists(), { fetch: watched, timeout: 0 });
		await sendWithRetries(lists(), { fetch: watched, timeout: 5_000 });
		await sendWithRetries(lists(), { fetch: watched, timeout: 0, signal: caller.signal });
		// No timeout, no signal: the request costs what a bare fetch does (docs/performance.md).
		expect(signals[0]).toBeUndefined();
		expect(signals[1]).toBeInstanceOf(AbortSignal);
		expect(signals[2]).toBe(caller.signal);
		expect(hits()).toBe(3);
	});
});
