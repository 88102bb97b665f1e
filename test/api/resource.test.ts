import { describe, expect, it } from 'vitest';
import {
	EventsApi,
	KlaviyoRateLimitError,
	KlaviyoServerError,
	ListsApi,
	MetricsApi,
	ProfilesApi,
	RateLimiter,
} from '../../src/api/index.js';
import { Lists } from '../../src/private/index.js';
import { sent, useApi } from './setup.js';

const t = useApi();
const list = (name: string) => ({ data: { type: 'list' as const, attributes: { name } } });
const event = (uniqueId?: string) => ({
	data: {
		type: 'event' as const,
		attributes: {
			properties: { sku: 'A1' },
			metric: { data: { type: 'metric' as const, attributes: { name: 'Viewed Product' } } },
			profile: { data: { type: 'profile' as const, attributes: { email: 'ada@example.com' } } },
			...(uniqueId ? { unique_id: uniqueId } : {}),
		},
	},
});

describe('retries by the one policy', () => {
	const retrying = () => t.connect({ maxRetries: 1 });

	it('a GET is retried after a 503', async () => {
		t.emu.faults.add({ method: 'GET', path: '/api/lists', status: 503 });
		await new ListsApi(retrying()).getLists();
		expect(t.emu.requests.map((r) => r.status)).toEqual([503, 200]);
	});

	it('a POST that could act twice is not retried after a 503', async () => {
		t.emu.faults.add({ method: 'POST', path: '/api/lists', status: 503 });
		await expect(new ListsApi(retrying()).createList(list('Once'))).rejects.toBeInstanceOf(
			KlaviyoServerError,
		);
		expect(sent(t.emu)).toEqual(['POST /api/lists']);
	});

	it('any POST is retried after a 429, which Klaviyo answers before doing anything', async () => {
		t.emu.faults.add({ method: 'POST', path: '/api/lists', status: 429, retryAfter: 0 });
		await new ListsApi(retrying()).createList(list('After 429'));
		expect(t.emu.requests.map((r) => r.status)).toEqual([429, 201]);
	});

	it('a read-only POST (metric aggregates) and an upsert are retried after a 503', async () => {
		const metric = t.emu.store.ensureMetric('Placed Order');
		t.emu.faults.add({ method: 'POST', path: '/api/metric-aggregates', status: 503 });
		t.emu.faults.add({ method: 'POST', path: '/api/profile-import', status: 503 });
		const aggregates = await new MetricsApi(retrying()).queryMetricAggregates({
			data: {
				type: 'metric-aggregate',
				attributes: {
					metric_id: metric.id,
					measurements: ['count'],
					interval: 'day',
					filter: [
						'greater-or-equal(datetime,2026-01-01T00:00:00)',
						'less-than(datetime,2026-01-03T00:00:00)',
					],
				},
			},
		});
		expect(aggregates.data.attributes.dates).toHaveLength(2);
		const profile = { data: { type: 'profile' as const, attributes: { email: 'ada@example.com' } } };
		await new ProfilesApi(retrying()).createOrUpdateProfile(profile);
		expect(t.emu.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
			'/api/metric-aggregates 503',
			'/api/metric-aggregates 200',
			'/api/profile-import 503',
			'/api/profile-import 201',
		]);
	});

	it('an event is retried only when it carries a unique_id', async () => {
		const events = new EventsApi(retrying());
		t.emu.faults.add({ method: 'POST', path: '/api/events', status: 503 });
		await events.createEvent(event('order-1001'));
		expect(t.emu.requests.map((r) => r.status)).toEqual([503, 202]);
		t.emu.faults.add({ method: 'POST', path: '/api/events', status: 503 });
		await expect(events.createEvent(event())).rejects.toBeInstanceOf(KlaviyoServerError);
		expect(t.emu.requests.map((r) => r.status)).toEqual([503, 202, 503]);
		expect(t.emu.events()).toHaveLength(1);
	});

	it('maxRetries per call wins over the connection’s', async () => {
		t.emu.faults.add({ method: 'GET', path: '/api/lists', status: 503, times: 2 });
		await expect(new ListsApi(retrying()).getLists({ maxRetries: 0 })).rejects.toBeInstanceOf(
			KlaviyoServerError,
		);
		expect(t.emu.requests).toHaveLength(1);
	});
});

describe('one connection for every class', () => {
	it('one rate limiter paces the classes and the private resources alike', async () => {
		const waits: number[] = [];
		// Klaviyo's table for the private resources; the classes bring their own limits.
		const rateLimiter = new RateLimiter({ now: () => 0, sleep: async (ms) => void waits.push(ms) });
		const connection = t.connect({ rateLimiter });
		// POST /api/lists allows 10 a second, whoever calls it: the 11th waits its turn.
		const a = new ListsApi(connection);
		const b = new ListsApi(connection);
		const legacy = new Lists(connection);
		for (let i = 0; i < 4; i++) await a.createList(list(`a${i}`));
		for (let i = 0; i < 4; i++) await b.createList(list(`b${i}`));
		for (let i = 0; i < 3; i++) await legacy.createList(`legacy${i}`);
		expect(waits).toEqual([1000]);
		expect(t.emu.lists()).toHaveLength(11);
	});

	it('a class call over the endpoint’s daily cap is refused before it is sent', async () => {
		let now = 0;
		// A minute between calls: only the daily cap (create_list: 150 a day) can hold one back.
		const rateLimiter = new RateLimiter({ limits: {}, now: () => (now += 60_001) });
		const lists = new ListsApi(t.connect({ rateLimiter }));
		for (let i = 0; i < 150; i++) await lists.createList(list(`List ${i}`));
		const refused = await lists.createList(list('One too many')).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(KlaviyoRateLimitError);
		expect((refused as KlaviyoRateLimitError).retryAfter).toBeGreaterThan(0);
		expect((refused as KlaviyoRateLimitError).retryAfter).toBeLessThanOrEqual(86_400);
		expect(t.emu.requests).toHaveLength(150);
		// Other endpoints are not held back by it.
		await new MetricsApi(t.connect({ rateLimiter })).getMetrics();
		expect(t.emu.requests).toHaveLength(151);
	});
});
