import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	api,
	client,
	type EventSpec,
	eventAttributes,
	eventBody,
	expectConformingResponses,
	expectKlaviyoError,
	startTestEmulator,
} from '../helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

const ada = { email: 'ada@example.com' };
const track = (spec: EventSpec) =>
	client(emu, 'POST', '/client/events', { body: eventBody({ profile: ada, ...spec }) });

const bulkEntry = (profile: Record<string, unknown>, events: EventSpec[]) => ({
	type: 'event-bulk-create',
	attributes: {
		profile: { data: { type: 'profile', attributes: profile } },
		events: { data: events.map((spec) => ({ type: 'event', attributes: eventAttributes(spec) })) },
	},
});

describe('creating events', () => {
	it('upserts the profile, creates the metric, stores the event (202, no body)', async () => {
		const reply = await track({
			metric: 'Placed Order',
			value: 9.99,
			properties: { sku: 'A1' },
			uniqueId: 'order-1',
		});
		expect(reply.status).toBe(202);
		expect(reply.body).toBeUndefined();
		const profile = emu.store.profileByEmail('ada@example.com')!;
		const metric = emu.store.metricByName('Placed Order')!;
		expect(metric.id).toMatch(/^[A-Za-z0-9]{6}$/);
		expect(emu.store.events).toEqual([
			expect.objectContaining({
				profile_id: profile.id,
				metric_id: metric.id,
				value: 9.99,
				unique_id: 'order-1',
				properties: { sku: 'A1' },
			}),
		]);
		expect(profile.last_event_date).toBe(emu.store.events[0]!.datetime);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('accepts a Klaviyo profile id instead of identifiers', async () => {
		const profile = emu.store.addProfile({ email: 'known@example.com' });
		const body = eventBody({ profileId: profile.id, profile: {} });
		expect((await api(emu, 'POST', '/api/events', { body })).status).toBe(202);
		expect(emu.store.eventsForProfile(profile.id)).toHaveLength(1);
	});

	it('dedupes a repeated unique_id for the same profile and metric (still 202)', async () => {
		expect((await track({ metric: 'Viewed', uniqueId: 'u1', properties: { n: 1 } })).status).toBe(202);
		expect((await track({ metric: 'Viewed', uniqueId: 'u1', properties: { n: 2 } })).status).toBe(202);
		expect(emu.store.events).toHaveLength(1);
		expect(emu.store.events[0]!.properties).toEqual({ n: 1 });
	});

	it('keeps the same unique_id for a different metric or a different profile', async () => {
		await track({ metric: 'Viewed', uniqueId: 'u1' });
		await track({ metric: 'Clicked', uniqueId: 'u1' });
		await client(emu, 'POST', '/client/events', {
			body: eventBody({ profile: { email: 'bob@example.com' }, metric: 'Viewed', uniqueId: 'u1' }),
		});
		expect(emu.store.events).toHaveLength(3);
	});

	it('without unique_id, dedupes on the event time truncated to the second', async () => {
		await track({ metric: 'Viewed', time: '2024-05-01T10:00:00.100Z' });
		await track({ metric: 'Viewed', time: '2024-05-01T10:00:00.900Z' });
		await track({ metric: 'Viewed', time: '2024-05-01T10:00:01.000Z' });
		expect(emu.store.events.map((e) => e.datetime)).toEqual([
			'2024-05-01T10:00:00+00:00',
			'2024-05-01T10:00:01+00:00',
		]);
	});
});

describe('bulk event creation', () => {
	it('/client/event-bulk-create stores up to 1000 events for one profile', async () => {
		const events = Array.from({ length: 3 }, (_, i) => ({ metric: 'Viewed', uniqueId: `b${i}` }));
		const reply = await client(emu, 'POST', '/client/event-bulk-create', {
			body: { data: bulkEntry(ada, events) },
		});
		expect(reply.status).toBe(202);
		expect(emu.store.events).toHaveLength(3);
	});

	it('a unique_id repeated for the same profile+metric in one request → 400 and nothing stored', async () => {
		const events = [
			{ metric: 'Viewed', uniqueId: 'dup' },
			{ metric: 'Clicked', uniqueId: 'dup' },
			{ metric: 'Viewed', uniqueId: 'dup' },
		];
		const reply = await client(emu, 'POST', '/client/event-bulk-create', {
			body: { data: bulkEntry(ada, events) },
		});
		const [error] = expectKlaviyoError(reply, 400, 'invalid');
		expect(error!.source).toEqual({ pointer: '/data/attributes/events/data/2/attributes/unique_id' });
		expect(emu.store.events).toHaveLength(0);
		expect(emu.store.profiles.size).toBe(0);
		expect(emu.invalidRequests()).toHaveLength(1);
	});

	it('/api/event-bulk-create-jobs: several profiles; repetition across entries of one profile also fails', async () => {
		const ok = await api(emu, 'POST', '/api/event-bulk-create-jobs', {
			body: {
				data: {
					type: 'event-bulk-create-job',
					attributes: {
						'events-bulk-create': {
							data: [
								bulkEntry(ada, [{ metric: 'Viewed', uniqueId: 'x' }]),
								bulkEntry({ email: 'bob@example.com' }, [{ metric: 'Viewed', uniqueId: 'x' }]),
							],
						},
					},
				},
			},
		});
		expect(ok.status).toBe(202);
		expect(emu.store.events).toHaveLength(2);

		const clash = await api(emu, 'POST', '/api/event-bulk-create-jobs', {
			body: {
				data: {
					type: 'event-bulk-create-job',
					attributes: {
						'events-bulk-create': {
							data: [
								bulkEntry({ email: 'carol@example.com' }, [{ metric: 'Viewed', uniqueId: 'y' }]),
								bulkEntry({ email: 'CAROL@example.com' }, [{ metric: 'Viewed', uniqueId: 'y' }]),
							],
						},
					},
				},
			},
		});
		expectKlaviyoError(clash, 400);
		expect(emu.store.events).toHaveLength(2);
	});

	it('more than 1000 events → 400', async () => {
		const events = Array.from({ length: 1001 }, (_, i) => ({ metric: 'Viewed', uniqueId: `e${i}` }));
		const reply = await client(emu, 'POST', '/client/event-bulk-create', {
			body: { data: bulkEntry(ada, events) },
		});
		expect(expectKlaviyoError(reply, 400)[0]!.detail).toMatch(/at most 1000 events/);
		expect(emu.store.events).toHaveLength(0);
	});
});

describe('reading events', () => {
	const seed = () => {
		const a = emu.store.addProfile({ email: 'a@x.com' });
		const b = emu.store.addProfile({ email: 'b@x.com' });
		for (let i = 0; i < 5; i++) {
			emu.store.addEvent({ profileId: a.id, metricName: 'Viewed', time: `2024-01-0${i + 1}T00:00:00Z` });
		}
		emu.store.addEvent({ profileId: a.id, metricName: 'Ordered', time: '2024-01-03T12:00:00Z', value: 20 });
		emu.store.addEvent({ profileId: b.id, metricName: 'Viewed', time: '2024-01-02T12:00:00Z' });
		return { a, b, viewed: emu.store.metricByName('Viewed')!, ordered: emu.store.metricByName('Ordered')! };
	};

	it('filters by profile and metric together, and by time', async () => {
		const { a, viewed } = seed();
		const both = await api(emu, 'GET', '/api/events', {
			query: { filter: `and(equals(profile_id,"${a.id}"),equals(metric_id,"${viewed.id}"))` },
		});
		expect(both.body.data).toHaveLength(5);
		const since = await api(emu, 'GET', '/api/events', {
			query: { filter: 'greater-or-equal(datetime,2024-01-03T00:00:00Z)' },
		});
		expect(since.body.data).toHaveLength(4);
		const byTimestamp = await api(emu, 'GET', '/api/events', {
			query: { filter: `less-than(timestamp,${Date.parse('2024-01-02T00:00:00Z') / 1000})` },
		});
		expect(byTimestamp.body.data).toHaveLength(1);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('rejects filters the endpoint does not allow', async () => {
		const reply = await api(emu, 'GET', '/api/events', { query: { filter: 'equals(uuid,"x")' } });
		expectKlaviyoError(reply, 400);
	});

	it('sorts, pages by cursor and includes metric and profile', async () => {
		const { a, ordered } = seed();
		const first = await api(emu, 'GET', '/api/events', {
			query: { sort: '-datetime', 'page[size]': 4, include: 'metric,profile' },
		});
		expect(first.body.data.map((e: { attributes: { datetime: string } }) => e.attributes.datetime)).toEqual([
			'2024-01-05T00:00:00+00:00',
			'2024-01-04T00:00:00+00:00',
			'2024-01-03T12:00:00+00:00',
			'2024-01-03T00:00:00+00:00',
		]);
		const order = first.body.data[2];
		expect(order.relationships.metric.data).toEqual({ type: 'metric', id: ordered.id });
		expect(order.relationships.profile.data).toEqual({ type: 'profile', id: a.id });
		expect(order.attributes.event_properties).toEqual({ $value: 20 });
		expect(order.attributes.timestamp).toBe(Date.parse('2024-01-03T12:00:00Z') / 1000);
		const types = first.body.included.map((r: { type: string }) => r.type).sort();
		expect(types).toEqual(['metric', 'metric', 'profile']);
		const rest = await api(emu, 'GET', first.body.links.next);
		expect(rest.body.data).toHaveLength(3);
		expect(rest.body.links.next).toBeUndefined();
	});

	it('GET /api/events/{id} and its metric/profile relations', async () => {
		const { a } = seed();
		const id = emu.store.events[0]!.id;
		const event = await api(emu, 'GET', `/api/events/${id}`, { query: { include: 'profile' } });
		expect(event.body.data.id).toBe(id);
		expect(event.body.included[0].id).toBe(a.id);
		expect((await api(emu, 'GET', `/api/events/${id}/relationships/profile`)).body.data).toEqual({
			type: 'profile',
			id: a.id,
		});
		expect((await api(emu, 'GET', `/api/events/${id}/metric`)).body.data.attributes.name).toBe('Viewed');
		expectKlaviyoError(await api(emu, 'GET', '/api/events/nope'), 404);
	});
});
