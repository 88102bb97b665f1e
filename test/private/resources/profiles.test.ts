import { describe, expect, it } from 'vitest';
import { KlaviyoApiError, KlaviyoServerError } from '../../../src/core/errors.js';
import { expectInvalid, rejection, sent, useEmulator } from '../setup.js';

const t = useEmulator();

describe('profiles.getProfile', () => {
	it('returns the JSON:API profile document', async () => {
		const seeded = t.emu.store.addProfile({
			email: 'dave@example.com',
			first_name: 'Dave',
			properties: { pizza: 'Pad thai' },
		});
		const profile = await t.klaviyo.profiles.getProfile(seeded.id);
		expect(profile.data).toMatchObject({
			type: 'profile',
			id: seeded.id,
			attributes: { email: 'dave@example.com', first_name: 'Dave', properties: { pizza: 'Pad thai' } },
		});
		expect(sent(t.emu)).toEqual([`GET /api/profiles/${seeded.id}`]);
	});

	it('URL-encodes the id (a slash-bearing id is refused: see test/private/transport.keys.test.ts)', async () => {
		await expect(t.klaviyo.profiles.getProfile('a b?c#d')).rejects.toBeInstanceOf(KlaviyoApiError);
		expect(t.emu.requests[0]!.path).toBe('/api/profiles/a%20b%3Fc%23d');
	});

	it('throws node-klaviyo’s message without an id', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.getProfile(undefined as never),
			'Profile ID was not provided.',
		);
		expectInvalid(t.emu, () => t.klaviyo.profiles.getProfile(''), 'Profile ID was not provided.');
		expectInvalid(t.emu, () => t.klaviyo.profiles.getProfile(42 as never), 'must be a string');
	});

	it('rejects with a KlaviyoApiError 404 for an unknown profile', async () => {
		const error = await rejection(t.klaviyo.profiles.getProfile('01GDDKASAP8TKDDA2GRZDSVP4H'));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(404);
		expect(error.errors[0]?.code).toBe('not_found');
	});
});

describe('profiles.getProfileIdByEmail', () => {
	it('resolves { id } from an equals(email) lookup, quoting the email', async () => {
		const seeded = t.emu.store.addProfile({ email: 'pizza+dave@example.com' });
		t.emu.store.addProfile({ email: 'other@example.com' });
		await expect(t.klaviyo.profiles.getProfileIdByEmail('pizza+dave@example.com')).resolves.toEqual({
			id: seeded.id,
		});
		expect(t.emu.requests[0]!.query.filter).toBe('equals(email,"pizza+dave@example.com")');
	});

	it('rejects with a 404 KlaviyoApiError when no profile has the email, as before', async () => {
		const error = await rejection(t.klaviyo.profiles.getProfileIdByEmail('nobody@example.com'));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(404);
		expect(error.message).not.toContain('nobody@example.com');
	});

	it('validates the email', () => {
		expectInvalid(t.emu, () => t.klaviyo.profiles.getProfileIdByEmail(''), 'Email address was not provided');
	});

	it('surfaces a server error', async () => {
		t.emu.faults.add({ path: '/api/profiles', status: 500 });
		await expect(t.klaviyo.profiles.getProfileIdByEmail('a@example.com')).rejects.toBeInstanceOf(
			KlaviyoServerError,
		);
	});
});

describe('profiles.updateProfile', () => {
	it('translates legacy keys and keeps JSON types', async () => {
		const seeded = t.emu.store.addProfile({ email: 'dave@example.com' });
		const updated = await t.klaviyo.profiles.updateProfile({
			profileId: seeded.id,
			properties: {
				$first_name: 'Dave',
				$city: 'Boston',
				$id: 'cust-1',
				favoriteFood: 'Tacos',
				visits: 3,
				vip: true,
			},
		});
		expect(updated.data.attributes).toMatchObject({
			first_name: 'Dave',
			external_id: 'cust-1',
			location: { city: 'Boston' },
			properties: { favoriteFood: 'Tacos', visits: 3, vip: true },
		});
		expect(t.emu.requests[0]).toMatchObject({ method: 'PATCH', path: `/api/profiles/${seeded.id}` });
	});

	it('clears the external id with $id: null (it does not set it to "null")', async () => {
		const seeded = t.emu.store.addProfile({ email: 'dave@example.com', external_id: 'cust-1' });
		const updated = await t.klaviyo.profiles.updateProfile({
			profileId: seeded.id,
			properties: { $id: null },
		});
		expect(updated.data.attributes.external_id).toBeNull();
		expect(t.emu.store.profiles.get(seeded.id)!.external_id).toBeNull();
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.updateProfile({} as never),
			'Profile ID was not provided.',
			'profileId',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.updateProfile(undefined as never),
			'Profile ID was not provided.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.updateProfile({ profileId: 'x', properties: 'nope' as never }),
			'must be an object',
			'properties',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.updateProfile({ profileId: 'x', properties: { $exchange_id: 'abc' } }),
			/cannot be set on an existing profile/,
			'properties',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.updateProfile({ profileId: 'x', properties: { blob: 'x'.repeat(100_001) } }),
			/at most 100,000 bytes/,
		);
	});

	it('rejects with a 404 for an unknown profile', async () => {
		const error = await rejection(
			t.klaviyo.profiles.updateProfile({ profileId: '01GDDKASAP8TKDDA2GRZDSVP4H', properties: { a: 1 } }),
		);
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(404);
	});
});

describe('profiles.getProfileMetricsTimeline', () => {
	function seedTimeline() {
		const dave = t.emu.store.addProfile({ email: 'dave@example.com' });
		const sam = t.emu.store.addProfile({ email: 'sam@example.com' });
		for (let i = 0; i < 5; i++) {
			t.emu.store.addEvent({
				profileId: dave.id,
				metricName: i % 2 ? 'Viewed' : 'Ordered',
				time: new Date(Date.UTC(2024, 0, 1 + i)),
			});
		}
		t.emu.store.addEvent({ profileId: sam.id, metricName: 'Ordered', time: new Date(Date.UTC(2024, 0, 9)) });
		return { dave, sam };
	}

	it('lists a profile’s events newest first, with metric and profile included', async () => {
		const { dave } = seedTimeline();
		const page = await t.klaviyo.profiles.getProfileMetricsTimeline({ profileId: dave.id });
		expect(page.data).toHaveLength(5);
		const times = page.data.map((e) => e.attributes.timestamp ?? 0);
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(page.data.every((e) => e.relationships?.profile?.data?.id === dave.id)).toBe(true);
		expect(page.included?.some((r) => r.type === 'metric')).toBe(true);
		expect(t.emu.requests[0]!.query).toMatchObject({
			filter: `equals(profile_id,"${dave.id}")`,
			sort: '-timestamp',
			include: 'metric,profile',
			'page[size]': '100',
		});
	});

	it('maps since/count/sort and pages with for await', async () => {
		const { dave } = seedTimeline();
		const since = Date.UTC(2024, 0, 2) / 1000;
		const events = [];
		for await (const event of t.klaviyo.profiles.getProfileMetricsTimeline({
			profileId: dave.id,
			since,
			count: 2,
			sort: 'asc',
		})) {
			events.push(event);
		}
		expect(events.map((e) => e.attributes.timestamp)).toEqual(
			[2, 3, 4, 5].map((d) => Date.UTC(2024, 0, d) / 1000),
		);
		expect(t.emu.requests).toHaveLength(2);
		expect(t.emu.requests[0]!.query).toMatchObject({
			filter: `and(equals(profile_id,"${dave.id}"),greater-or-equal(timestamp,${since}))`,
			sort: 'timestamp',
			'page[size]': '2',
		});
	});

	it('resumes from a cursor passed as since (the previous page’s links.next)', async () => {
		const { dave } = seedTimeline();
		const first = await t.klaviyo.profiles.getProfileMetricsTimeline({ profileId: dave.id, count: 2 });
		const next = first.links?.next;
		expect(next).toBeTruthy();
		const second = await t.klaviyo.profiles.getProfileMetricsTimeline({
			profileId: dave.id,
			count: 2,
			since: next,
		});
		expect(second.data.map((e) => e.id)).not.toContain(first.data[0]!.id);
		expect(second.data).toHaveLength(2);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.getProfileMetricsTimeline({} as never),
			'Profile ID was not provided.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.getProfileMetricsTimeline({ profileId: 'x', count: 1001 }),
			'must be at most 1000',
			'count',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.getProfileMetricsTimeline({ profileId: 'x', sort: 'up' as never }),
			'must be "asc" or "desc"',
			'sort',
		);
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/events', status: 400 });
		const error = await rejection(t.klaviyo.profiles.getProfileMetricsTimeline({ profileId: 'x' }));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(400);
	});
});

describe('profiles.getProfileMetricsTimelineById', () => {
	it('filters on profile and metric', async () => {
		const dave = t.emu.store.addProfile({ email: 'dave@example.com' });
		t.emu.store.addEvent({ profileId: dave.id, metricName: 'Ordered', uniqueId: 'a' });
		t.emu.store.addEvent({ profileId: dave.id, metricName: 'Viewed', uniqueId: 'b' });
		t.emu.store.addEvent({ profileId: dave.id, metricName: 'Ordered', uniqueId: 'c' });
		const ordered = t.emu.store.metricByName('Ordered')!;
		const events = await t.klaviyo.profiles
			.getProfileMetricsTimelineById({ profileId: dave.id, metricId: ordered.id })
			.toArray();
		expect(events).toHaveLength(2);
		expect(events.every((e) => e.relationships?.metric?.data?.id === ordered.id)).toBe(true);
		expect(t.emu.requests[0]!.query.filter).toBe(
			`and(equals(profile_id,"${dave.id}"),equals(metric_id,"${ordered.id}"))`,
		);
	});

	it('validates with node-klaviyo’s message', () => {
		const missing = 'Profile or metric ID was not provided.';
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.getProfileMetricsTimelineById({ profileId: 'x' } as never),
			missing,
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.getProfileMetricsTimelineById({ metricId: 'x' } as never),
			missing,
		);
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/events', status: 503 });
		const error = await rejection(
			t.klaviyo.profiles.getProfileMetricsTimelineById({ profileId: 'a', metricId: 'b' }),
		);
		expect(error).toBeInstanceOf(KlaviyoServerError);
	});
});

describe('profiles.unsetProfileProperties', () => {
	it('unsets custom properties and clears legacy special ones', async () => {
		const seeded = t.emu.store.addProfile({
			email: 'dave@example.com',
			first_name: 'Dave',
			location: { city: 'Boston', zip: '02110' },
			properties: { favoriteFood: 'Tacos', 'This one has spaces': 1, keep: true },
		});
		const updated = await t.klaviyo.profiles.unsetProfileProperties({
			profileId: seeded.id,
			properties: ['favoriteFood', 'This one has spaces', '$city', '$first_name'],
		});
		expect(updated.data.attributes.properties).toEqual({ keep: true });
		expect(updated.data.attributes.first_name).toBeNull();
		expect(updated.data.attributes.location).toMatchObject({ city: null, zip: '02110' });
		expect(t.emu.requests[0]!.body).toEqual({
			data: {
				type: 'profile',
				id: seeded.id,
				attributes: { location: { city: null }, first_name: null },
				meta: { patch_properties: { unset: ['favoriteFood', 'This one has spaces'] } },
			},
		});
	});

	it('keeps node-klaviyo’s three checks in its order', () => {
		const unset = t.klaviyo.profiles.unsetProfileProperties.bind(t.klaviyo.profiles);
		expectInvalid(t.emu, () => unset({ properties: ['a'] } as never), 'Profile ID was not provided');
		expectInvalid(t.emu, () => unset({ profileId: 'x' } as never), 'No properties provided.');
		expectInvalid(t.emu, () => unset({ profileId: 'x', properties: [] }), 'No properties provided.');
		expectInvalid(t.emu, () => unset({ profileId: 'x', properties: '' as never }), 'No properties provided.');
		expectInvalid(
			t.emu,
			() => unset({ profileId: 'x', properties: 'abc' as never }),
			'Properties must be in an array.',
		);
	});

	it('rejects with a 404 for an unknown profile', async () => {
		const error = await rejection(
			t.klaviyo.profiles.unsetProfileProperties({
				profileId: '01GDDKASAP8TKDDA2GRZDSVP4H',
				properties: ['a'],
			}),
		);
		expect(error.statusCode).toBe(404);
	});
});

describe('profiles.upsert', () => {
	it('creates, then updates the same profile (POST /api/profile-import)', async () => {
		const created = await t.klaviyo.profiles.upsert({ email: 'dave@example.com', first_name: 'Dave' });
		const updated = await t.klaviyo.profiles.upsert({ email: 'dave@example.com', properties: { vip: true } });
		expect(updated.data.id).toBe(created.data.id);
		expect(updated.data.attributes).toMatchObject({ first_name: 'Dave', properties: { vip: true } });
		expect(t.emu.requests.map((r) => r.status)).toEqual([201, 200]);
	});

	it('needs an identifier', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.upsert({ first_name: 'Dave' }),
			'must have an email, phone_number, external_id or _kx',
		);
	});

	it('is retried after a 429 (an upsert converges)', async () => {
		t.emu.faults.add({ path: '/api/profile-import', status: 429, retryAfter: 0 });
		const klaviyo = t.client({ maxRetries: 1 });
		await expect(klaviyo.profiles.upsert({ email: 'dave@example.com' })).resolves.toMatchObject({
			data: { type: 'profile' },
		});
		expect(t.emu.requests.map((r) => r.status)).toEqual([429, 201]);
	});
});
