import { describe, expect, it } from 'vitest';
import { KlaviyoApiError, KlaviyoAuthenticationError } from '../../../src/core/errors.js';
import type { LegacyEvent } from '../../../src/private/index.js';
import { LIMITS } from '../../../src/private/index.js';
import { expectInvalid, rejection, useEmulator } from '../setup.js';

const t = useEmulator();

type BulkBody = {
	data: {
		attributes: { 'events-bulk-create': { data: Array<{ attributes: { events: { data: unknown[] } } }> } };
	};
};
const eventsIn = (body: unknown) =>
	(body as BulkBody).data.attributes['events-bulk-create'].data.reduce(
		(n, e) => n + e.attributes.events.data.length,
		0,
	);

function orders(count: number, extra: (i: number) => Partial<LegacyEvent> = () => ({})): LegacyEvent[] {
	return Array.from({ length: count }, (_, i) => ({
		event: 'Placed Order',
		email: `shopper${i % 7}@example.com`,
		properties: { $value: i, $event_id: `order-${i}` },
		...extra(i),
	}));
}

describe('events.create', () => {
	it('records a server-side event with node-klaviyo’s track vocabulary', async () => {
		const result = await t.klaviyo.events.create({
			event: 'Ordered Pizza',
			email: 'pizza.dave@example.com',
			properties: { items: ['Pepperoni'], $value: 23.99, $event_id: 'order-1' },
			customerProperties: { $first_name: 'Dave', likesOnions: true },
			timestamp: 1532806824,
			ipAddress: '127.0.0.1',
		});
		expect(result).toEqual({ unique_id: 'order-1' });
		const [event] = t.emu.store.events;
		expect(event).toMatchObject({
			value: 23.99,
			unique_id: 'order-1',
			datetime: '2018-07-28T19:40:24+00:00',
		});
		const dave = t.emu.store.profileByEmail('pizza.dave@example.com')!;
		expect(dave).toMatchObject({
			first_name: 'Dave',
			properties: { likesOnions: true },
			location: { ip: '127.0.0.1' },
		});
		expect(t.emu.requests[0]!.path).toBe('/api/events');
	});

	it('always sends a unique_id, the same one on every retry', async () => {
		t.emu.faults.add({ path: '/api/events', status: 429, retryAfter: 0 });
		const { unique_id } = await t
			.client({ maxRetries: 1 })
			.events.create({ event: 'Viewed', email: 'a@example.com' });
		expect(unique_id).toMatch(/^[0-9a-f-]{36}$/);
		const ids = t.emu.requests.map(
			(r) => (r.body as { data: { attributes: { unique_id: string } } }).data.attributes.unique_id,
		);
		expect(ids).toEqual([unique_id, unique_id]);
		expect(t.emu.store.events).toHaveLength(1);
	});

	it('validates like node-klaviyo’s track (identity first)', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.create({ event: 'Viewed' }),
			'You must identify a user by email or ID.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.create({} as never),
			'You must identify a user by email or ID.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.create({ email: 'a@example.com' } as never),
			'Event name was not provided.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.create({ event: 'x'.repeat(128), email: 'a@example.com' }),
			'must be less than 128 characters',
			'event',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.create({ event: 'Viewed', email: 'a@example.com', timestamp: 10 }),
			/after 1990/,
			'timestamp',
		);
	});

	it('accepts any profile identifier in customerProperties', async () => {
		await t.klaviyo.events.create({ event: 'Viewed', customerProperties: { $phone_number: '+12223334444' } });
		expect(t.emu.store.findProfiles('phone_number', '+12223334444')).toHaveLength(1);
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/events', status: 400 });
		const error = await rejection(t.klaviyo.events.create({ event: 'Viewed', email: 'a@example.com' }));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(400);
	});

	it('does not let a second event with the same $event_id count twice', async () => {
		const event = { event: 'Placed Order', email: 'a@example.com', properties: { $event_id: 'order-7' } };
		await t.klaviyo.events.create(event);
		await t.klaviyo.events.create(event);
		expect(t.emu.store.events).toHaveLength(1);
	});
});

describe('events.bulkCreate', () => {
	it('refuses data that is not JSON (a BigInt) as bad input, before anything is sent', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.bulkCreate([{ event: 'Big', email: 'a@b.co', properties: { n: 10n } }]),
			/must not be a bigint/,
		);
	});

	it('sends exactly 1,000 events as one job, grouped by profile', async () => {
		const result = await t.klaviyo.events.bulkCreate(orders(1000));
		expect(result).toEqual({
			chunks: [{ index: 0, offset: 0, count: 1000, ok: true }],
			sent: 1000,
			failed: 0,
		});
		expect(t.emu.requests).toHaveLength(1);
		const body = t.emu.requests[0]!.body as BulkBody;
		expect(body.data.attributes['events-bulk-create'].data).toHaveLength(7);
		expect(eventsIn(body)).toBe(1000);
		expect(t.emu.store.events).toHaveLength(1000);
	});

	it('splits 1,001 events into two jobs', async () => {
		const result = await t.klaviyo.events.bulkCreate(orders(1001));
		expect(result.chunks.map(({ offset, count, ok }) => ({ offset, count, ok }))).toEqual([
			{ offset: 0, count: 1000, ok: true },
			{ offset: 1000, count: 1, ok: true },
		]);
		expect(t.emu.requests.map((r) => eventsIn(r.body))).toEqual([1000, 1]);
		expect(t.emu.store.events).toHaveLength(1001);
	});

	it('splits by serialized size: no job body over 5 MB', async () => {
		const blob = 'x'.repeat(90_000); // under Klaviyo's 100 KB per string
		const events = orders(120, () => ({ properties: { a: blob } }));
		const result = await t.klaviyo.events.bulkCreate(events);
		expect(result.sent).toBe(120);
		expect(result.chunks.length).toBe(3);
		const sizes = t.emu.requests.map((r) => new TextEncoder().encode(JSON.stringify(r.body)).length);
		for (const size of sizes) expect(size).toBeLessThanOrEqual(LIMITS.jobBytes);
		// Chunks are as full as the budget allows: the first could not take one more event.
		expect(sizes[0]! + 90_100).toBeGreaterThan(LIMITS.jobBytes);
		expect(t.emu.store.events).toHaveLength(120);
	});

	it('reports a failed chunk and goes on with the next', async () => {
		t.emu.faults.add({ path: '/api/event-bulk-create-jobs', status: 400, nth: [1] });
		const result = await t.klaviyo.events.bulkCreate(orders(1500));
		expect(result.sent).toBe(500);
		expect(result.failed).toBe(1000);
		expect(result.chunks[0]).toMatchObject({ index: 0, offset: 0, count: 1000, ok: false });
		expect(result.chunks[0]!.error).toBeInstanceOf(KlaviyoApiError);
		expect(result.chunks[1]).toMatchObject({ index: 1, offset: 1000, count: 500, ok: true });
		expect(t.emu.store.events).toHaveLength(500);
	});

	it('rejects with the error when no chunk got through', async () => {
		t.emu.faults.add({ path: '/api/event-bulk-create-jobs', status: 403, times: 2 });
		expect(await rejection(t.klaviyo.events.bulkCreate(orders(1001)))).toBeInstanceOf(
			KlaviyoAuthenticationError,
		);
	});

	it('validates every event before sending anything, naming its position', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.bulkCreate([...orders(3), { event: 'Viewed' }]),
			'You must identify a user by email or ID.',
			'events.3.email',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.bulkCreate(orders(2, () => ({ timestamp: 'nope' }))),
			/after 1990/,
			'events.0.timestamp',
		);
		expectInvalid(
			t.emu,
			() =>
				t.klaviyo.events.bulkCreate(
					orders(3, () => ({ email: 'a@example.com', properties: { $event_id: 'same' } })),
				),
			'must be unique for the same profile and metric',
			'events.1.properties.$event_id',
		);
		// 51 strings of 99 KB: each under Klaviyo's 100 KB, together over its 5 MB per request.
		const heavy = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`p${i}`, 'x'.repeat(99_000)]));
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.bulkCreate(orders(1, () => ({ properties: heavy }))),
			/at most 5,000,000 bytes/,
			'events.0',
		);
		// One bad event would fail its whole job (up to 1,000 events): it is refused before anything is sent.
		expectInvalid(
			t.emu,
			() =>
				t.klaviyo.events.bulkCreate([
					...orders(2),
					{ event: 'Viewed', email: 'a@example.com', properties: { items: [{ note: 'x'.repeat(100_001) }] } },
				]),
			'must be at most 100,000 bytes',
			'events.2.properties.items.0.note',
		);
		const many = Object.fromEntries(Array.from({ length: 401 }, (_, i) => [`p${i}`, i]));
		expectInvalid(
			t.emu,
			() => t.klaviyo.events.bulkCreate(orders(1, () => ({ properties: { ...many, $value: 1 } }))),
			'must have at most 400 properties',
			'events.0.properties',
		);

		expectInvalid(t.emu, () => t.klaviyo.events.bulkCreate('nope' as never), 'must be an array of events');
	});

	it('sees a repeated $event_id for one profile however the profile is spelled (Klaviyo would fail the whole job)', () => {
		const event = { event: 'Placed Order', properties: { $event_id: 'order-1' } };
		const spellings: LegacyEvent[][] = [
			[
				{ ...event, email: 'pat@example.com' },
				{ ...event, email: 'Pat@Example.com' },
			],
			[
				{ ...event, email: 'pat@example.com' },
				{ ...event, email: 'pat@example.com', customerProperties: { $first_name: 'Pat' } },
			],
			[
				{ ...event, id: 'customer-7' },
				{ ...event, email: 'pat@example.com', customerProperties: { $id: 'customer-7' } },
			],
		];
		for (const events of spellings) {
			expectInvalid(
				t.emu,
				() => t.klaviyo.events.bulkCreate(events),
				'must be unique for the same profile and metric',
				'events.1.properties.$event_id',
			);
		}
	});

	it('lets one $event_id be used by different profiles and metrics', async () => {
		const event = { properties: { $event_id: 'order-1' } };
		const result = await t.klaviyo.events.bulkCreate([
			{ ...event, event: 'Placed Order', email: 'pat@example.com' },
			{ ...event, event: 'Placed Order', email: 'sam@example.com' },
			{ ...event, event: 'Refunded Order', email: 'pat@example.com' },
		]);
		expect(result).toMatchObject({ sent: 3, failed: 0 });
		expect(t.emu.store.events).toHaveLength(3);
	});

	it('counts the 400 properties after $value and $event_id have left them', async () => {
		const properties = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`p${i}`, i]));
		const result = await t.klaviyo.events.bulkCreate(
			orders(1, () => ({ properties: { ...properties, $value: 1, $event_id: 'x' } })),
		);
		expect(result.sent).toBe(1);
	});

	it('sends nothing for an empty array', async () => {
		await expect(t.klaviyo.events.bulkCreate([])).resolves.toEqual({ chunks: [], sent: 0, failed: 0 });
		expect(t.emu.requests).toHaveLength(0);
	});
});
