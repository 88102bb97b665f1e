import { describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../src/private/generated/rate-limits.js';
import { RateLimiter } from '../../src/private/index.js';
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
