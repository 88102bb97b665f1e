import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoRateLimitError, KlaviyoServerError, KlaviyoTimeoutError } from '../../src/core/errors.js';
import {
	BACKOFF_BASE_MS,
	BACKOFF_CAP_MS,
	backoffDelay,
	backoffStep,
	parseRetryAfter,
	RETRY_AFTER_CAP_MS,
	RETRY_STATUSES,
	retryDelay,
	serverWait,
} from '../../src/core/retry.js';
import { sendWithRetries } from '../../src/core/send-with-retries.js';
import { listBody, recordingSleep, rejectionOf, setup } from './helpers.js';

const { emu, transport } = await setup();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const hits = (path: string) => emu.requests.filter((r) => r.path === path && r.method !== 'OPTIONS');

describe('Retry-After', () => {
	it('parses both forms: delta seconds and HTTP date', () => {
		const now = Date.parse('2026-11-26T10:00:00Z');
		expect(parseRetryAfter('3', now)).toBe(3);
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:05 GMT', now)).toBe(5);
		expect(parseRetryAfter('Thu, 26 Nov 2026 09:59:00 GMT', now)).toBe(0);
		expect(parseRetryAfter(null, now)).toBeUndefined();
		expect(parseRetryAfter('soon', now)).toBeUndefined();
	});

	/** The emulator's lists, as the private transport asks for them, with a clock that records its waits. */
	const lists = (maxRetries: number) => {
		const clock = recordingSleep();
		const headers = { authorization: `Klaviyo-API-Key ${emu.privateKey}`, revision: '2026-07-15' };
		const call = sendWithRetries(
			{ method: 'GET', url: `${emu.url}/api/lists`, headers },
			{ maxRetries, sleep: clock.sleep },
		);
		return { call, waits: clock.waits };
	};

	it('waits the seconds a 429 asks for, then succeeds', async () => {
		emu.faults.add({ path: '/api/lists', status: 429, retryAfter: 1 });
		const { call, waits } = lists(2);
		await expect(call).resolves.toMatchObject({ data: [] });
		expect(waits).toEqual([1000]);
		expect(hits('/api/lists')).toHaveLength(2);
	});

	it('waits until the HTTP date a 429 names, then succeeds', async () => {
		// HTTP dates have whole-second precision: ten seconds ahead, the wait is 9–10 s.
		const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 10_000);
		emu.faults.add({ path: '/api/lists', status: 429, retryAfter: at.toUTCString() });
		const { call, waits } = lists(1);
		await call;
		expect(waits).toHaveLength(1);
		expect(waits[0]).toBeGreaterThan(8000);
		expect(waits[0]).toBeLessThanOrEqual(10_000);
		expect(hits('/api/lists')).toHaveLength(2);
	});

	it("reads the wait from the words of Klaviyo's 429 when the header is missing (CORS hides it from pages)", async () => {
		const detail = 'Request was throttled. Expected available in 7 seconds.';
		emu.faults.add({
			path: '/api/lists',
			status: 429,
			body: { errors: [{ status: 429, code: 'throttled', detail }] },
		});
		const { call, waits } = lists(1);
		await call;
		expect(waits).toEqual([7000]);
		expect(serverWait(new KlaviyoRateLimitError(429, { errors: [{ detail }] }))).toBe(7);
		expect(serverWait(new KlaviyoRateLimitError(429, { errors: [{ detail }] }, {}, 3))).toBe(3); // the header wins
		expect(serverWait(new KlaviyoServerError(503, { errors: [{ detail: 'down' }] }))).toBeUndefined();
	});
});

describe('retryDelay', () => {
	it("honours a 429's Retry-After up to a minute (Klaviyo's steady windows are per minute)", () => {
		const rateLimited = (retryAfter: number) => new KlaviyoRateLimitError(429, undefined, {}, retryAfter);
		expect(retryDelay(rateLimited(45), 1)).toBe(45_000);
		expect(retryDelay(rateLimited(600), 1)).toBe(RETRY_AFTER_CAP_MS);
		expect(RETRY_AFTER_CAP_MS).toBe(60_000);
		expect(retryDelay(new KlaviyoServerError(503), 1)).toBeLessThanOrEqual(BACKOFF_BASE_MS);
	});
});

describe('backoff', () => {
	it('grows exponentially with jitter and is capped', () => {
		expect(backoffStep(1)).toBe(BACKOFF_BASE_MS);
		expect(backoffStep(2)).toBe(BACKOFF_BASE_MS * 2);
		for (let attempt = 1; attempt <= 40; attempt++) {
			const step = backoffStep(attempt);
			expect(backoffDelay(attempt, 0)).toBe(step / 2);
			expect(backoffDelay(attempt, 1)).toBe(step);
			expect(backoffDelay(attempt, Math.random())).toBeLessThanOrEqual(BACKOFF_CAP_MS);
		}
		expect(backoffStep(40)).toBe(BACKOFF_CAP_MS);
	});

	it('retries retryable statuses at most maxRetries times, then surfaces the error', async () => {
		expect(RETRY_STATUSES).toEqual([429, 500, 502, 503, 504, 524]);
		emu.faults.add({ path: '/api/lists', status: 503, times: Number.POSITIVE_INFINITY });
		const error = await rejectionOf(transport({ maxRetries: 2 }).request('GET', '/api/lists'));
		expect(error).toBeInstanceOf(KlaviyoServerError);
		expect(hits('/api/lists')).toHaveLength(3);
	});

	it.each([500, 502, 504, 524])('retries a %i', async (status) => {
		emu.faults.add({ path: '/api/lists', status });
		await transport({ maxRetries: 1 }).request('GET', '/api/lists');
		expect(hits('/api/lists')).toHaveLength(2);
	});

	it('does not retry other 4xx', async () => {
		emu.faults.add({ path: '/api/lists', status: 400, times: 3 });
		await rejectionOf(transport({ maxRetries: 3 }).request('GET', '/api/lists'));
		expect(hits('/api/lists')).toHaveLength(1);
	});

	it('retries network errors and timeouts', async () => {
		emu.faults.add({ path: '/api/lists', drop: true });
		await transport({ maxRetries: 1 }).request('GET', '/api/lists');
		emu.faults.add({ path: '/api/lists', delayMs: 2000 });
		await transport({ maxRetries: 1, timeout: 300 }).request('GET', '/api/lists');
		expect(hits('/api/lists')).toHaveLength(4);
	});
});

describe('POST retries', () => {
	it('a POST that is not idempotent (no unique_id) is not retried', async () => {
		emu.faults.add({ path: '/api/lists', method: 'POST', status: 503 });
		const error = await rejectionOf(
			transport({ maxRetries: 3 }).request('POST', '/api/lists', { body: listBody('Once') }),
		);
		expect(error).toBeInstanceOf(KlaviyoServerError);
		expect(hits('/api/lists')).toHaveLength(1);
		expect(emu.store.lists.size ?? Object.keys(emu.store.lists).length).toBe(0);
	});

	it('a POST that is not idempotent is still retried after a 429 (Klaviyo refused it before doing anything)', async () => {
		emu.faults.add({ path: '/api/lists', method: 'POST', status: 429, retryAfter: 0 });
		await transport({ maxRetries: 2 }).request('POST', '/api/lists', { body: listBody('Once') });
		expect(hits('/api/lists')).toHaveLength(2);
		expect(emu.store.lists.size).toBe(1);
	});

	it('nor is it retried after a timeout, when it may have run', async () => {
		emu.faults.add({ path: '/api/lists', method: 'POST', delayMs: 1000 });
		const error = await rejectionOf(
			transport({ maxRetries: 3, timeout: 200 }).request('POST', '/api/lists', { body: listBody('Once') }),
		);
		expect(error).toBeInstanceOf(KlaviyoTimeoutError);
		expect(hits('/api/lists')).toHaveLength(1);
	});

	it('an idempotent POST (an event with a unique_id) is retried and counted once', async () => {
		emu.faults.add({ path: '/api/events', method: 'POST', status: 502 });
		const body = {
			data: {
				type: 'event',
				attributes: {
					properties: {},
					unique_id: 'order-1',
					metric: { data: { type: 'metric', attributes: { name: 'Placed Order' } } },
					profile: { data: { type: 'profile', attributes: { email: 'retry@example.com' } } },
				},
			},
		};
		await transport({ maxRetries: 2 }).request('POST', '/api/events', { body, idempotent: true });
		await transport({ maxRetries: 2 }).request('POST', '/api/events', { body, idempotent: true });
		expect(hits('/api/events')).toHaveLength(3);
		const events = await transport().request<{ data: unknown[] }>('GET', '/api/events');
		expect(events.data).toHaveLength(1);
		expect(emu.invalidRequests()).toEqual([]);
	});
});
