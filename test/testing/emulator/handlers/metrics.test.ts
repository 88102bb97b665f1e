import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, expectConformingResponses, expectKlaviyoError, startTestEmulator } from '../helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

const aggregate = (attributes: Record<string, unknown>) => ({
	data: { type: 'metric-aggregate', attributes },
});

/** Two profiles ordering on three days of January 2024. */
function seedOrders() {
	const a = emu.store.addProfile({ email: 'a@x.com' });
	const b = emu.store.addProfile({ email: 'b@x.com' });
	const order = (profileId: string, time: string, value: number, url: string) =>
		emu.store.addEvent({ profileId, metricName: 'Placed Order', time, value, properties: { URL: url } });
	order(a.id, '2024-01-01T09:00:00Z', 10, '/a');
	order(a.id, '2024-01-01T17:00:00Z', 15, '/b');
	order(b.id, '2024-01-01T18:00:00Z', 5, '/a');
	order(b.id, '2024-01-03T08:00:00Z', 20, '/a');
	order(b.id, '2024-01-05T08:00:00Z', 99, '/a'); // outside the range below
	emu.store.addEvent({ profileId: a.id, metricName: 'Viewed', time: '2024-01-02T00:00:00Z' });
	return emu.store.metricByName('Placed Order')!;
}

const januaryRange = [
	'greater-or-equal(datetime,2024-01-01T00:00:00)',
	'less-than(datetime,2024-01-04T00:00:00)',
];

describe('GET /api/metrics', () => {
	it('lists metrics created by events, filters by integration, and gets one', async () => {
		const metric = seedOrders();
		const all = await api(emu, 'GET', '/api/metrics');
		expect(all.body.data.map((m: { attributes: { name: string } }) => m.attributes.name)).toEqual([
			'Placed Order',
			'Viewed',
		]);
		expect(all.body.data[0].attributes.integration).toMatchObject({
			object: 'integration',
			name: 'API',
			category: 'API',
		});
		const api_ = await api(emu, 'GET', '/api/metrics', {
			query: { filter: 'equals(integration.name,"API")' },
		});
		expect(api_.body.data).toHaveLength(2);
		const shopify = await api(emu, 'GET', '/api/metrics', {
			query: { filter: 'equals(integration.category,"Shopify")' },
		});
		expect(shopify.body.data).toHaveLength(0);
		const one = await api(emu, 'GET', `/api/metrics/${metric.id}`);
		expect(one.body.data).toMatchObject({
			type: 'metric',
			id: metric.id,
			attributes: { name: 'Placed Order' },
		});
		expectKlaviyoError(await api(emu, 'GET', '/api/metrics/nope00'), 404);
		// This revision has no page[size] for metrics.
		expectKlaviyoError(await api(emu, 'GET', '/api/metrics', { query: { 'page[size]': 5 } }), 400);
	});
});

describe('POST /api/metric-aggregates', () => {
	it('counts events, unique profiles and summed value per day', async () => {
		const metric = seedOrders();
		const reply = await api(emu, 'POST', '/api/metric-aggregates', {
			body: aggregate({
				metric_id: metric.id,
				measurements: ['count', 'unique', 'sum_value'],
				interval: 'day',
				filter: januaryRange,
			}),
		});
		expect(reply.status).toBe(200);
		expect(reply.body.data.type).toBe('metric-aggregate');
		expect(reply.body.data.attributes).toEqual({
			dates: ['2024-01-01T00:00:00+00:00', '2024-01-02T00:00:00+00:00', '2024-01-03T00:00:00+00:00'],
			data: [
				{ dimensions: [], measurements: { count: [3, 0, 1], unique: [2, 0, 1], sum_value: [30, 0, 20] } },
			],
		});
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('groups by an event property and honours extra filters', async () => {
		const metric = seedOrders();
		const byUrl = await api(emu, 'POST', '/api/metric-aggregates', {
			body: aggregate({
				metric_id: metric.id,
				measurements: ['count'],
				filter: januaryRange,
				by: ['URL'],
				sort: '-count',
			}),
		});
		expect(byUrl.body.data.attributes.data).toEqual([
			{ dimensions: ['/a'], measurements: { count: [2, 0, 1] } },
			{ dimensions: ['/b'], measurements: { count: [1, 0, 0] } },
		]);
		const filtered = await api(emu, 'POST', '/api/metric-aggregates', {
			body: aggregate({
				metric_id: metric.id,
				measurements: ['count'],
				filter: [...januaryRange, 'equals(URL,"/b")'],
			}),
		});
		expect(filtered.body.data.attributes.data[0].measurements.count).toEqual([1, 0, 0]);
	});

	it('supports hour and month intervals and time zones', async () => {
		const metric = seedOrders();
		const hourly = await api(emu, 'POST', '/api/metric-aggregates', {
			body: aggregate({
				metric_id: metric.id,
				measurements: ['count'],
				interval: 'hour',
				filter: [
					'greater-or-equal(datetime,2024-01-01T08:00:00Z)',
					'less-than(datetime,2024-01-01T10:00:00Z)',
				],
			}),
		});
		expect(hourly.body.data.attributes.data[0].measurements.count).toEqual([0, 1]);
		const monthly = await api(emu, 'POST', '/api/metric-aggregates', {
			body: aggregate({
				metric_id: metric.id,
				measurements: ['count'],
				interval: 'month',
				filter: [
					'greater-or-equal(datetime,2024-01-01T00:00:00Z)',
					'less-than(datetime,2024-03-01T00:00:00Z)',
				],
			}),
		});
		expect(monthly.body.data.attributes).toMatchObject({
			dates: ['2024-01-01T00:00:00+00:00', '2024-02-01T00:00:00+00:00'],
			data: [{ measurements: { count: [5, 0] } }],
		});
		const newYork = await api(emu, 'POST', '/api/metric-aggregates', {
			body: aggregate({
				metric_id: metric.id,
				measurements: ['count'],
				timezone: 'America/New_York',
				filter: [
					'greater-or-equal(datetime,2024-01-01T05:00:00Z)',
					'less-than(datetime,2024-01-03T05:00:00Z)',
				],
			}),
		});
		expect(newYork.body.data.attributes).toMatchObject({
			dates: ['2024-01-01T00:00:00-05:00', '2024-01-02T00:00:00-05:00'],
			data: [{ measurements: { count: [3, 0] } }],
		});
	});

	it('requires the datetime range, a known metric and a valid measurement', async () => {
		const metric = seedOrders();
		const post = (attributes: Record<string, unknown>) =>
			api(emu, 'POST', '/api/metric-aggregates', { body: aggregate(attributes) });
		const noRange = await post({
			metric_id: metric.id,
			measurements: ['count'],
			filter: ['equals(URL,"/a")'],
		});
		expect(expectKlaviyoError(noRange, 400)[0]!.detail).toMatch(/time range/);
		expectKlaviyoError(
			await post({ metric_id: 'nope00', measurements: ['count'], filter: januaryRange }),
			404,
		);
		expectKlaviyoError(
			await post({ metric_id: metric.id, measurements: ['median'], filter: januaryRange }),
			400,
		);
		expectKlaviyoError(
			await post({ metric_id: metric.id, measurements: ['count'], filter: ['equals(URL'] }),
			400,
		);
	});
});
