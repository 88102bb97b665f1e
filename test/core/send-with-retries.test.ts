import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoRateLimitError, KlaviyoServerError, KlaviyoTimeoutError } from '../../src/core/errors.js';
import { sendWithRetries } from '../../src/core/send-with-retries.js';
import { rejectionOf, setup } from './helpers.js';

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
		// The first retry waits 250–500 ms: the abort lands inside that wait.
		const pending = sendWithRetries(lists(), { signal: controller.signal, maxRetries: 5 });
		setTimeout(() => controller.abort(new Error('shutting down')), 150);
		const started = Date.now();
		const error = await rejectionOf(pending);
		expect((error as Error).message).toBe('shutting down');
		expect(Date.now() - started).toBeLessThan(400);
		await new Promise((resolve) => setTimeout(resolve, 1200));
		expect(hits()).toBe(1);
	});

	it('a retry that would wait past maxWait is not made: the 429 goes to the caller', async () => {
		emu.faults.add({ path: '/api/lists', status: 429, retryAfter: 5 });
		const started = Date.now();
		const error = await rejectionOf(sendWithRetries(lists(), { maxRetries: 3, maxWait: 2_000 }));
		expect(error).toBeInstanceOf(KlaviyoRateLimitError);
		expect((error as KlaviyoRateLimitError).retryAfter).toBe(5);
		expect(Date.now() - started).toBeLessThan(1000);
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
		const started = Date.now();
		const error = await rejectionOf(sendWithRetries(lists(), { timeout: 100, maxRetries: 1 }));
		expect(error).toBeInstanceOf(KlaviyoTimeoutError);
		expect(hits()).toBe(2);
		// Two attempts of 100 ms and a 250–500 ms backoff: nowhere near a shared 10 s default.
		expect(Date.now() - started).toBeLessThan(1500);
		// A call that succeeds leaves no timer behind to keep the process alive.
		const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
		await sendWithRetries(lists(), { timeout: 60_000 });
		expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(
			before,
		);
	});
});
