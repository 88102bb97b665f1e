import { describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../src/private/generated/rate-limits.js';
import { connect, KlaviyoRateLimitError, Lists, RateLimiter } from '../../src/private/index.js';
import { useEmulator } from './setup.js';

/** A clock that only moves when someone sleeps on it. */
function fakeTime() {
	const clock = { now: 0, waits: [] as number[] };
	return {
		clock,
		now: () => clock.now,
		sleep: async (ms: number) => {
			clock.waits.push(ms);
			clock.now += ms;
		},
	};
}

describe('RateLimiter', () => {
	it('knows Klaviyo’s published limits for the endpoints the SDK calls', () => {
		expect(RATE_LIMITS['GET /api/lists']).toEqual([75, 750]);
		expect(RATE_LIMITS['POST /api/event-bulk-create-jobs']).toEqual([10, 150]);
		expect(RATE_LIMITS['POST /api/data-privacy-deletion-jobs']).toEqual([3, 60]);
		expect(RATE_LIMITS['POST /api/metric-aggregates']).toEqual([3, 60]);
		expect(RATE_LIMITS['DELETE /api/lists/{id}/relationships/profiles']).toEqual([10, 150]);
	});

	it('keys requests by method and templated path, ignoring the query', () => {
		const limiter = new RateLimiter();
		expect(limiter.endpointOf('GET', '/api/lists/Y6nRLr?fields[list]=name')).toBe('GET /api/lists/{id}');
		expect(limiter.endpointOf('DELETE', '/api/lists/Y6nRLr/relationships/profiles')).toBe(
			'DELETE /api/lists/{id}/relationships/profiles',
		);
		expect(limiter.endpointOf('POST', '/api/profile-import')).toBe('POST /api/profile-import');
		expect(limiter.endpointOf('GET', '/api/profiles')).toBe('GET /api/profiles');
		expect(limiter.endpointOf('GET', '/api/nothing-here')).toBeUndefined();
	});

	it('lets a burst through, then spaces requests to the per-second limit', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({ limits: { 'GET /x': [3, 100] }, now: time.now, sleep: time.sleep });
		const starts: number[] = [];
		for (let i = 0; i < 7; i++) {
			await limiter.acquire('GET', '/x');
			starts.push(time.clock.now);
		}
		expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
	});

	it('also holds the per-minute limit', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({ limits: { 'POST /y': [2, 5] }, now: time.now, sleep: time.sleep });
		const starts: number[] = [];
		for (let i = 0; i < 8; i++) {
			await limiter.acquire('POST', '/y');
			starts.push(time.clock.now);
		}
		expect(starts).toEqual([0, 0, 1000, 1000, 2000, 60_000, 60_000, 61_000]);
		// No sliding minute ever holds more than 5, no second more than 2.
		for (const start of starts) {
			expect(starts.filter((s) => s >= start && s < start + 60_000).length).toBeLessThanOrEqual(5);
			expect(starts.filter((s) => s >= start && s < start + 1000).length).toBeLessThanOrEqual(2);
		}
	});

	it('serves concurrent callers in arrival order', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({
			limits: { 'GET /x': [1, 100] },
			now: time.now,
			sleep: async (ms) => void time.clock.waits.push(ms),
		});
		await Promise.all([
			limiter.acquire('GET', '/x'),
			limiter.acquire('GET', '/x'),
			limiter.acquire('GET', '/x'),
		]);
		expect(time.clock.waits).toEqual([1000, 2000]);
	});

	it('ends a wait when its signal aborts, and gives the slot back to those behind', async () => {
		const waits: number[] = [];
		const limiter = new RateLimiter({
			limits: { 'GET /x': [1, 100] },
			now: () => 0,
			// Waits until aborted: only an abort can end it.
			sleep: (ms, signal) =>
				new Promise((_, reject) => {
					waits.push(ms);
					signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
				}),
		});
		await limiter.acquire('GET', '/x');
		const controller = new AbortController();
		const second = limiter.acquire('GET', '/x', controller.signal);
		controller.abort(new Error('gave up'));
		await expect(second).rejects.toThrow('gave up');
		// The third caller takes the freed slot (1 s), not the one after it (2 s).
		void limiter.acquire('GET', '/x', new AbortController().signal).catch(() => {});
		expect(waits).toEqual([1000, 1000]);
		// An already aborted request books nothing.
		await expect(limiter.acquire('GET', '/x', AbortSignal.abort(new Error('before')))).rejects.toThrow(
			'before',
		);
		expect(waits).toEqual([1000, 1000]);
	}, 2000);

	it('keeps endpoints apart, and lets unknown ones through', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({
			limits: { 'GET /a': [1, 10], 'GET /b': [1, 10] },
			now: time.now,
			sleep: time.sleep,
		});
		await limiter.acquire('GET', '/a');
		await limiter.acquire('GET', '/b');
		await limiter.acquire('GET', '/c');
		await limiter.acquire('GET', '/c');
		expect(time.clock.waits).toEqual([]);
	});

	it('paces an endpoint the caller names, with the limit it brings, apart from the table', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({ limits: {}, now: time.now, sleep: time.sleep });
		const known = { endpoint: 'GET /api/coupons/{id}', limit: [2, 100] as const };
		for (const id of ['a', 'b', 'c', 'd', 'e'])
			await limiter.acquire('GET', `/api/coupons/${id}`, undefined, known);
		expect(time.clock.waits).toEqual([1000, 1000]);
		// The table does not know the path: without the caller's word it passes unpaced.
		await limiter.acquire('GET', '/api/coupons/f');
		expect(time.clock.waits).toEqual([1000, 1000]);
	});

	it('refuses at once, with when to come back, when the day’s quota is spent', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({
			limits: { 'POST /api/lists': [10, 150, 3] },
			now: time.now,
			sleep: time.sleep,
		});
		for (let i = 0; i < 3; i++) {
			await limiter.acquire('POST', '/api/lists');
			time.clock.now += 3_600_000; // an hour between lists
		}
		const refused = await limiter.acquire('POST', '/api/lists').catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(KlaviyoRateLimitError);
		// The first of the three was 3 hours ago: its slot frees 21 hours from now.
		expect(refused).toMatchObject({
			statusCode: 429,
			retryAfter: 21 * 3600,
			method: 'POST',
			path: '/api/lists',
		});
		expect((refused as Error).message).toMatch(
			/POST \/api\/lists allows 3 requests a day.*refused before sending/,
		);
		expect((refused as KlaviyoRateLimitError).errors[0]).toMatchObject({ code: 'daily_limit' });
		expect(time.clock.waits).toEqual([]); // refused, not waited for
		// A refusal books nothing; once the first slot is 24 hours old, one more goes.
		time.clock.now += 21 * 3_600_000;
		await limiter.acquire('POST', '/api/lists');
		await expect(limiter.acquire('POST', '/api/lists')).rejects.toBeInstanceOf(KlaviyoRateLimitError);
	});

	it('counts a waiting request that is abandoned out of the day', async () => {
		const limiter = new RateLimiter({
			limits: { 'POST /x': [1, 100, 2] },
			now: () => 0,
			sleep: (_, signal) =>
				new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
		});
		await limiter.acquire('POST', '/x');
		const controller = new AbortController();
		const waiting = limiter.acquire('POST', '/x', controller.signal);
		controller.abort(new Error('gave up'));
		await expect(waiting).rejects.toThrow('gave up');
		// The abandoned one gave its daily slot back: one more may still be booked.
		void limiter.acquire('POST', '/x', new AbortController().signal).catch(() => {});
		await expect(limiter.acquire('POST', '/x')).rejects.toBeInstanceOf(KlaviyoRateLimitError);
	});
});

describe('one limiter shape for the client and the relay (core/rate.ts)', () => {
	it('takes limits as Rate objects as well as [burst, steady]', async () => {
		const time = fakeTime();
		const limiter = new RateLimiter({
			limits: { 'GET /x': { burst: 2, steady: 100 } },
			now: time.now,
			sleep: time.sleep,
		});
		for (let i = 0; i < 3; i++) await limiter.acquire('GET', '/x');
		expect(time.clock.waits).toEqual([1000]);
	});

	it('is a Limiter: take() books a free slot or says the seconds until one, never waiting', () => {
		const time = fakeTime();
		const limiter = new RateLimiter({ limits: {}, now: time.now, sleep: time.sleep });
		const rate = { burst: 2, steady: 3 };
		expect([limiter.take('a', rate), limiter.take('a', rate)]).toEqual([{ ok: true }, { ok: true }]);
		expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 1 });
		expect(limiter.take('b', rate)).toEqual({ ok: true }); // per key
		time.clock.now = 1000;
		expect(limiter.take('a', rate)).toEqual({ ok: true });
		expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 59 }); // the minute is full
		expect(time.clock.waits).toEqual([]);
	});

	it('take() counts a bulk of N as N: let in while a slot is free, the rest booked after it', () => {
		const time = fakeTime();
		const limiter = new RateLimiter({ limits: {}, now: time.now, sleep: time.sleep });
		const rate = { burst: 2, steady: 3 };
		expect(limiter.take('a', rate, 5)).toEqual({ ok: true });
		// Five booked as the limits pace them (0, 0, 1 s, 60 s, 60 s): the next fits at 61 s.
		expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 61 });
		time.clock.now = 60_000;
		expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 1 });
		time.clock.now = 61_000;
		expect(limiter.take('a', rate)).toEqual({ ok: true });
		expect(time.clock.waits).toEqual([]);
	});

	it("serves as the relay's site limiter", async () => {
		const { createRelay } = await import('../../adapters/relay.js');
		const { toBase64Json } = await import('../../src/protocol/wire.js');
		const relay = createRelay({
			publicKey: 'PUBKEY',
			forward: async () => {},
			limits: {
				perSite: { '/client/events': { burst: 1, steady: 10 } },
				siteLimiter: new RateLimiter({ limits: {} }),
			},
		});
		const data = toBase64Json({
			token: 'PUBKEY',
			event: 'Viewed',
			customer_properties: { $email: 'a@example.com' },
		});
		const send = () => relay(new Request(`https://shop.example/k/track?data=${encodeURIComponent(data)}`));
		expect((await send()).status).toBe(202);
		const refused = await send();
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toBe('1');
	});
});

describe('RateLimiter in the client', () => {
	const t = useEmulator();

	it('paces every request, including the pages of a listing', async () => {
		for (let i = 0; i < 25; i++) t.emu.store.addList({ name: `List ${i}` });
		const time = fakeTime();
		const rateLimiter = new RateLimiter({
			limits: { 'GET /api/lists': [1, 60] },
			now: time.now,
			sleep: time.sleep,
		});
		const klaviyo = t.client({ rateLimiter });
		const lists = await klaviyo.lists.getLists();
		expect(lists.data).toHaveLength(25);
		expect(t.emu.requests).toHaveLength(3);
		expect(time.clock.waits).toEqual([1000, 1000]);
	});

	it("stops waiting for a slot as soon as the caller's signal aborts", async () => {
		// A clock whose waits end only by an abort: the call can end no other way.
		const waits: number[] = [];
		const sleep = (ms: number, signal?: AbortSignal) => {
			waits.push(ms);
			return new Promise<void>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
		};
		const klaviyo = t.client({
			rateLimiter: new RateLimiter({ limits: { 'GET /api/lists/{id}': [1, 60] }, now: () => 0, sleep }),
		});
		const list = t.emu.store.addList({ name: 'Paced' });
		await klaviyo.lists.getListById(list.id);
		const waiting = klaviyo.lists.getListById(list.id, { signal: AbortSignal.timeout(50) });
		await expect(waiting).rejects.toMatchObject({ name: 'TimeoutError' });
		expect(waits).toEqual([1000]);
		expect(t.emu.requests).toHaveLength(1);
	});

	it('refuses a call over the daily cap before anything is sent', async () => {
		let now = 0;
		const rateLimiter = new RateLimiter({ limits: { 'POST /api/lists': [10, 150, 2] }, now: () => now });
		const lists = new Lists(connect(t.emu.privateKey, { baseUrl: t.emu.url, maxRetries: 0, rateLimiter }));
		await lists.createList('One');
		now = 1000;
		await lists.createList('Two');
		await expect(lists.createList('Three')).rejects.toMatchObject({
			name: 'KlaviyoRateLimitError',
			retryAfter: 86_399,
		});
		expect(t.emu.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
	});

	it('is on by default with the published limits', async () => {
		// When each request leaves the client: what the limiter paces, whatever the server's speed.
		const sentAt: number[] = [];
		const klaviyo = t.client({
			rateLimiter: undefined,
			fetch: (input, init) => {
				sentAt.push(performance.now());
				return fetch(input, init);
			},
		});
		await Promise.all(
			Array.from({ length: 4 }, () =>
				klaviyo.dataPrivacy.requestProfileDeletion({ identifier: 'a@example.com' }),
			),
		);
		// request_profile_deletion allows 3 per second: the fourth leaves a second after the first.
		expect(sentAt).toHaveLength(4);
		expect(sentAt[3]! - sentAt[0]!).toBeGreaterThanOrEqual(950);
	});
});
