import { describe, expect, it } from 'vitest';
import { KlaviyoApiError, KlaviyoServerError } from '../../../src/core/errors.js';
import { expectInvalid, rejection, useEmulator } from '../setup.js';

const t = useEmulator();

/** `count` metrics, named in creation order, each with one event. */
function seedMetrics(count: number) {
	const profile = t.emu.store.addProfile({ email: 'dave@example.com' });
	for (let i = 0; i < count; i++) t.emu.store.ensureMetric(`Metric ${String(i).padStart(3, '0')}`);
	return profile;
}

describe('metrics.getMetrics', () => {
	it('pages Klaviyo’s way without options: await = first 200, for await = all', async () => {
		seedMetrics(230);
		const first = await t.klaviyo.metrics.getMetrics();
		expect(first.data).toHaveLength(200);
		expect(first.links?.next).toBeTruthy();
		const all = await t.klaviyo.metrics.getMetrics().toArray();
		expect(all).toHaveLength(230);
		expect(new Set(all.map((m) => m.id)).size).toBe(230);
	});

	it('emulates node-klaviyo’s page/count by walking cursors and slicing', async () => {
		seedMetrics(230);
		const page = await t.klaviyo.metrics.getMetrics({ page: 4, count: 50 });
		expect(page.data.map((m) => m.attributes.name)).toEqual(
			Array.from({ length: 30 }, (_, i) => `Metric ${String(200 + i).padStart(3, '0')}`),
		);
		expect(page.links?.next).toBeUndefined();
		expect(t.emu.requests).toHaveLength(2);
		// The slice is also what for await walks.
		const items = [];
		for await (const metric of t.klaviyo.metrics.getMetrics({ page: 1, count: 3 }))
			items.push(metric.attributes.name);
		expect(items).toEqual(['Metric 003', 'Metric 004', 'Metric 005']);
		// …and only the pages the slice needs are fetched.
		expect(t.emu.requests).toHaveLength(3);
	});

	it('defaults count to 50 when only page is given, as node-klaviyo did', async () => {
		seedMetrics(120);
		const page = await t.klaviyo.metrics.getMetrics({ page: 2 });
		expect(page.data).toHaveLength(20);
		expect(page.data[0]!.attributes.name).toBe('Metric 100');
	});

	it('validates', () => {
		expectInvalid(t.emu, () => t.klaviyo.metrics.getMetrics({ page: -1 }), 'must be at least 0', 'page');
		expectInvalid(t.emu, () => t.klaviyo.metrics.getMetrics({ count: 0 }), 'must be at least 1', 'count');
		expectInvalid(
			t.emu,
			() => t.klaviyo.metrics.getMetrics({ count: 1.5 }),
			'must be a whole number',
			'count',
		);
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/metrics', status: 500 });
		expect(await rejection(t.klaviyo.metrics.getMetrics())).toBeInstanceOf(KlaviyoServerError);
	});
});

describe('metrics.getMetricsTimeline', () => {
	it('lists every event, newest first, 100 per page by default', async () => {
		const dave = seedMetrics(0);
		for (let i = 0; i < 3; i++)
			t.emu.store.addEvent({ profileId: dave.id, metricName: `M${i}`, uniqueId: `u${i}` });
		const page = await t.klaviyo.metrics.getMetricsTimeline();
		expect(page.data).toHaveLength(3);
		expect(t.emu.requests[0]!.query).toEqual({
			sort: '-timestamp',
			include: 'metric,profile',
			'page[size]': '100',
		});
	});

	it('bounds by since in the sort direction', async () => {
		const dave = seedMetrics(0);
		for (let day = 1; day <= 4; day++) {
			t.emu.store.addEvent({
				profileId: dave.id,
				metricName: 'Viewed',
				time: new Date(Date.UTC(2024, 0, day)),
			});
		}
		const since = Date.UTC(2024, 0, 2) / 1000;
		const page = await t.klaviyo.metrics.getMetricsTimeline({ since, sort: 'desc' });
		expect(page.data.map((e) => e.attributes.timestamp)).toEqual([since, since - 86_400]);
		expect(t.emu.requests[0]!.query.filter).toBe(`less-or-equal(timestamp,${since})`);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.metrics.getMetricsTimeline({ count: 0 }),
			'must be at least 1',
			'count',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.metrics.getMetricsTimeline({ since: {} as never }),
			'must be unix seconds or a cursor',
			'since',
		);
		// `greater-or-equal(timestamp,NaN)` is not a filter Klaviyo can read.
		for (const since of [Number.NaN, Number.POSITIVE_INFINITY]) {
			expectInvalid(
				t.emu,
				() => t.klaviyo.metrics.getMetricsTimeline({ since }),
				'must be unix seconds or a cursor',
				'since',
			);
		}
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/events', status: 400 });
		expect((await rejection(t.klaviyo.metrics.getMetricsTimeline())).statusCode).toBe(400);
	});
});

describe('metrics.getMetricTimelineById', () => {
	it('filters on the metric', async () => {
		const dave = seedMetrics(0);
		t.emu.store.addEvent({ profileId: dave.id, metricName: 'Ordered', uniqueId: '1' });
		t.emu.store.addEvent({ profileId: dave.id, metricName: 'Viewed', uniqueId: '2' });
		const ordered = t.emu.store.metricByName('Ordered')!;
		const events = await t.klaviyo.metrics
			.getMetricTimelineById({ metricId: ordered.id, count: 10, sort: 'asc' })
			.toArray();
		expect(events.map((e) => e.relationships?.metric?.data?.id)).toEqual([ordered.id]);
		expect(t.emu.requests[0]!.query).toMatchObject({
			filter: `equals(metric_id,"${ordered.id}")`,
			sort: 'timestamp',
		});
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.metrics.getMetricTimelineById({} as never),
			'Metric ID was not provided.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.metrics.getMetricTimelineById(undefined as never),
			'Metric ID was not provided.',
		);
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/events', status: 502 });
		expect(await rejection(t.klaviyo.metrics.getMetricTimelineById({ metricId: 'abc' }))).toBeInstanceOf(
			KlaviyoServerError,
		);
	});
});

describe('metrics.getMetricExport', () => {
	function seedOrders() {
		const dave = seedMetrics(0);
		const sam = t.emu.store.addProfile({ email: 'sam@example.com' });
		const order = (profileId: string, day: number, value: number, message: string) =>
			t.emu.store.addEvent({
				profileId,
				metricName: 'Placed Order',
				time: new Date(Date.UTC(2020, 10, day, 12)),
				value,
				uniqueId: `${profileId}-${day}`,
				properties: { $attributed_message: message },
			});
		order(dave.id, 25, 10, 'm1');
		order(sam.id, 25, 5, 'm2');
		order(dave.id, 26, 7, 'm1');
		order(dave.id, 2 + 30, 99, 'm1'); // 2 Dec: the inclusive end
		order(dave.id, 3 + 30, 1000, 'm1'); // 3 Dec: outside
		return t.emu.store.metricByName('Placed Order')!;
	}

	it('counts per day with an inclusive end date', async () => {
		const metric = seedOrders();
		const result = await t.klaviyo.metrics.getMetricExport({
			metricId: metric.id,
			startDate: '2020-11-25',
			endDate: '2020-12-02',
			unit: 'day',
		});
		const { dates, data } = result.data.attributes;
		expect(dates).toHaveLength(8);
		expect(data[0]!.measurements.count).toEqual([2, 1, 0, 0, 0, 0, 0, 1]);
		expect(t.emu.requests[0]!.body).toMatchObject({
			data: {
				type: 'metric-aggregate',
				attributes: {
					metric_id: metric.id,
					measurements: ['count'],
					interval: 'day',
					filter: [
						'greater-or-equal(datetime,2020-11-25T00:00:00)',
						'less-than(datetime,2020-12-03T00:00:00)',
					],
					timezone: 'UTC',
				},
			},
		});
	});

	it('maps measurement value → sum_value, where → equals(), start_date/end_date spellings', async () => {
		const metric = seedOrders();
		const result = await t.klaviyo.metrics.getMetricExport({
			metricId: metric.id,
			start_date: '2020-11-25',
			end_date: '2020-11-26',
			measurement: 'value',
			where: '[["$attributed_message","=","m1"]]',
		});
		expect(result.data.attributes.data[0]!.measurements.sum_value).toEqual([10, 7]);
		const sentFilter = (t.emu.requests[0]!.body as { data: { attributes: { filter: string[] } } }).data
			.attributes.filter;
		expect(sentFilter[2]).toBe('equals($attributed_message,"m1")');
	});

	it('groups by a supported dimension, count → page_size', async () => {
		const metric = seedOrders();
		const result = await t.klaviyo.metrics.getMetricExport({
			metricId: metric.id,
			startDate: new Date(Date.UTC(2020, 10, 25)),
			endDate: '2020-11-26',
			measurement: 'unique',
			by: '$attributed_message',
			count: 10,
		});
		const rows = result.data.attributes.data.map((row) => [row.dimensions, row.measurements.unique]);
		expect(rows).toEqual(
			expect.arrayContaining([
				[['m1'], [1, 1]],
				[['m2'], [1, 0]],
			]),
		);
		expect(t.emu.requests[0]!.body).toMatchObject({
			data: { attributes: { by: ['$attributed_message'], page_size: 10 } },
		});
	});

	it('keeps node-klaviyo’s checks and rejects what has no modern equivalent', () => {
		const exportOf = t.klaviyo.metrics.getMetricExport.bind(t.klaviyo.metrics);
		expectInvalid(t.emu, () => exportOf({} as never), 'Metric ID was not provided.');
		expectInvalid(
			t.emu,
			() => exportOf({ metricId: 'x', where: '[["a","=","b"]]', by: '$flow' }),
			'Cannot use by and where clauses at the same time.',
		);
		expectInvalid(
			t.emu,
			() => exportOf({ metricId: 'x', measurement: '["sum","Items"]' as never }),
			/sum of another/,
		);
		expectInvalid(
			t.emu,
			() => exportOf({ metricId: 'x', by: 'Item Name' as never }),
			/dimension Klaviyo can group by/,
			'by',
		);
		expectInvalid(
			t.emu,
			() => exportOf({ metricId: 'x', where: '[["a",">",1]]' }),
			/other operators/,
			'where.0',
		);
		expectInvalid(t.emu, () => exportOf({ metricId: 'x', where: 'not json' }), /must be JSON/, 'where');
		expectInvalid(
			t.emu,
			() => exportOf({ metricId: 'x', startDate: 2020 as never }),
			/YYYY-MM-DD/,
			'startDate',
		);
		expectInvalid(
			t.emu,
			() => exportOf({ metricId: 'x', startDate: '2020-12-02', endDate: '2020-11-25' }),
			'must not be after endDate',
		);
	});

	it('rejects with a 404 for an unknown metric', async () => {
		const error = await rejection(t.klaviyo.metrics.getMetricExport({ metricId: 'nope00' }));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(404);
	});

	it('is retried (a query is idempotent)', async () => {
		const metric = seedOrders();
		t.emu.faults.add({ path: '/api/metric-aggregates', status: 429, retryAfter: 0 });
		const result = await t.client({ maxRetries: 2 }).metrics.getMetricExport({ metricId: metric.id });
		expect(result.data.type).toBe('metric-aggregate');
		expect(t.emu.requests.map((r) => r.status)).toEqual([429, 200]);
	});
});
