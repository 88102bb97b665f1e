import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	api,
	client,
	expectConformingResponses,
	expectKlaviyoError,
	profileBody,
	startTestEmulator,
} from '../helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => {
	expectConformingResponses(emu);
	expect(emu.invalidRequests()).toEqual([]);
});

const findByEmail = (email: string, query: Record<string, string> = {}) =>
	api(emu, 'GET', '/api/profiles', { query: { filter: `equals(email,${JSON.stringify(email)})`, ...query } });

describe('client upsert then server lookup', () => {
	it('POST /client/profiles (202, no body) then GET /api/profiles?filter=equals(email,…)', async () => {
		const created = await client(emu, 'POST', '/client/profiles', {
			body: profileBody({ email: 'ada+1@example.com', first_name: 'Ada', properties: { plan: 'pro' } }),
		});
		expect(created.status).toBe(202);
		expect(created.body).toBeUndefined();

		const found = await findByEmail('ada+1@example.com');
		expect(found.status).toBe(200);
		expect(found.body.data).toHaveLength(1);
		const [profile] = found.body.data;
		expect(profile.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(profile.attributes).toMatchObject({
			email: 'ada+1@example.com',
			first_name: 'Ada',
			properties: { plan: 'pro' },
			location: { city: null },
		});
		expect(profile.links.self).toBe(`${emu.url}/api/profiles/${profile.id}/`);
		expect(found.body.links.self).toContain('/api/profiles?filter=');
	});

	it('upserting the same email again merges instead of duplicating', async () => {
		await client(emu, 'POST', '/client/profiles', {
			body: profileBody({ email: 'm@example.com', properties: { a: 1 } }),
		});
		await client(emu, 'POST', '/client/profiles', {
			body: profileBody({ email: 'm@example.com', last_name: 'Merge', properties: { b: 2 } }),
		});
		const found = await findByEmail('m@example.com');
		expect(found.body.data).toHaveLength(1);
		expect(found.body.data[0].attributes).toMatchObject({ last_name: 'Merge', properties: { a: 1, b: 2 } });
	});

	it('client writes match by precedence and never change an existing identifier', async () => {
		const existing = emu.store.addProfile({ email: 'first@example.com', external_id: 'ext-1' });
		await client(emu, 'POST', '/client/profiles', {
			body: profileBody({ external_id: 'ext-1', email: 'changed@example.com', first_name: 'Kept' }),
		});
		expect(emu.store.profiles.size).toBe(1);
		expect(existing).toMatchObject({ email: 'first@example.com', first_name: 'Kept' });
	});

	it('honours meta.patch_properties on the client endpoint', async () => {
		emu.store.addProfile({ email: 'p@example.com', properties: { old: 1, keep: 2 } });
		await client(emu, 'POST', '/client/profiles', {
			body: profileBody(
				{ email: 'p@example.com' },
				{ meta: { patch_properties: { unset: 'old', append: { tags: 'x' } } } },
			),
		});
		expect(emu.store.profileByEmail('p@example.com')!.properties).toEqual({ keep: 2, tags: ['x'] });
	});

	it('a profile without any identifier → 400', async () => {
		const reply = await client(emu, 'POST', '/client/profiles', {
			body: profileBody({ first_name: 'Nobody' }),
		});
		expectKlaviyoError(reply, 400);
		emu.reset(); // the request above is deliberately invalid
	});
});

describe('POST /api/profile-import', () => {
	it('201 when created, 200 when updated, with the profile document', async () => {
		const first = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 'i@example.com', location: { city: 'Oslo' } }),
		});
		expect(first.status).toBe(201);
		expect(first.body.data).toMatchObject({ type: 'profile', attributes: { email: 'i@example.com' } });
		const second = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 'i@example.com', phone_number: '+4712345678', location: { zip: '0150' } }),
		});
		expect(second.status).toBe(200);
		expect(second.body.data.id).toBe(first.body.data.id);
		expect(second.body.data.attributes).toMatchObject({
			phone_number: '+4712345678',
			location: { city: 'Oslo', zip: '0150' },
		});
	});

	it('identifiers of two different profiles → 409 duplicate_profile', async () => {
		emu.store.addProfile({ email: 'a@example.com' });
		const other = emu.store.addProfile({ phone_number: '+15005550006' });
		const reply = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 'a@example.com', phone_number: '+15005550006' }),
		});
		const [error] = expectKlaviyoError(reply, 409, 'duplicate_profile');
		expect(error!.meta).toEqual({ duplicate_profile_id: other.id });
	});

	it('additional-fields[profile]=subscriptions adds attributes.subscriptions', async () => {
		const reply = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 's@example.com' }),
			query: { 'additional-fields[profile]': 'subscriptions' },
		});
		expect(reply.body.data.attributes.subscriptions.email.marketing).toMatchObject({
			consent: 'NEVER_SUBSCRIBED',
			can_receive_email_marketing: true,
			suppression: [],
			list_suppressions: [],
		});
	});
});

describe('POST /api/profiles', () => {
	it('creates (201) and refuses an existing identifier with 409 + meta.duplicate_profile_id', async () => {
		const created = await api(emu, 'POST', '/api/profiles', {
			body: profileBody({ email: 'new@example.com' }),
		});
		expect(created.status).toBe(201);
		const again = await api(emu, 'POST', '/api/profiles', {
			body: profileBody({ email: 'new@example.com' }),
		});
		const [error] = expectKlaviyoError(again, 409, 'duplicate_profile');
		expect(error!.meta).toEqual({ duplicate_profile_id: created.body.data.id });
	});
});

describe('GET /api/profiles', () => {
	it('filters by any(email,…), id, phone_number and external_id', async () => {
		const a = emu.store.addProfile({ email: 'a@x.com', phone_number: '+15005550001' });
		const b = emu.store.addProfile({ email: 'b@x.com', external_id: 'ext-b' });
		emu.store.addProfile({ email: 'c@x.com' });
		const ids = async (filter: string) =>
			(await api(emu, 'GET', '/api/profiles', { query: { filter } })).body.data.map(
				(p: { id: string }) => p.id,
			);
		expect(await ids('any(email,["a@x.com","b@x.com"])')).toEqual([a.id, b.id]);
		expect(await ids(`equals(id,"${b.id}")`)).toEqual([b.id]);
		expect(await ids(`any(id,["${a.id}","nope"])`)).toEqual([a.id]);
		expect(await ids('equals(phone_number,"+15005550001")')).toEqual([a.id]);
		expect(await ids("equals(external_id,'ext-b')")).toEqual([b.id]);
	});

	it('pages with page[size] (default 20) and sorts', async () => {
		for (let i = 0; i < 25; i++) emu.store.addProfile({ email: `p${String(i).padStart(2, '0')}@x.com` });
		const first = await api(emu, 'GET', '/api/profiles', { query: { sort: '-email' } });
		expect(first.body.data).toHaveLength(20);
		expect(first.body.data[0].attributes.email).toBe('p24@x.com');
		const second = await api(emu, 'GET', first.body.links.next);
		expect(second.body.data).toHaveLength(5);
		expect(second.body.links.next).toBeUndefined();
		expect(second.body.links.prev).toContain('page%5Bcursor%5D=');
		const small = await api(emu, 'GET', '/api/profiles', { query: { 'page[size]': 100 } });
		expect(small.body.data).toHaveLength(25);
	});

	it('finds list-suppressed profiles (the list exclusions lookup)', async () => {
		const suppressed = emu.store.addProfile({ email: 'x@x.com' });
		suppressed.subscriptions.email.marketing.list_suppressions.push({
			list_id: 'L1',
			reason: 'UNSUBSCRIBE',
			timestamp: '2024-01-01T00:00:00+00:00',
		});
		emu.store.addProfile({ email: 'y@x.com' });
		const reply = await api(emu, 'GET', '/api/profiles', {
			query: {
				filter: 'equals(subscriptions.email.marketing.list_suppressions.list_id,"L1")',
				'additional-fields[profile]': 'subscriptions',
			},
		});
		expect(reply.body.data.map((p: { id: string }) => p.id)).toEqual([suppressed.id]);
		expect(reply.body.data[0].attributes.subscriptions.email.marketing.list_suppressions).toHaveLength(1);
	});

	it('fields[profile] returns only the requested attributes', async () => {
		emu.store.addProfile({ email: 'f@x.com', first_name: 'F', location: { city: 'Rome' } });
		// Raw brackets in the query, as many clients send them; links come back percent-encoded.
		const reply = await api(emu, 'GET', '/api/profiles?fields[profile]=email,location.city');
		expect(reply.body.data[0].attributes).toEqual({ email: 'f@x.com', location: { city: 'Rome' } });
		expect(reply.body.links.self).toBe(`${emu.url}/api/profiles?fields%5Bprofile%5D=email%2Clocation.city`);
	});
});

describe('GET and PATCH /api/profiles/{id}', () => {
	it('GET unknown id → 404', async () => {
		expectKlaviyoError(await api(emu, 'GET', '/api/profiles/01HZZZZZZZZZZZZZZZZZZZZZZZ'), 404, 'not_found');
	});

	it('include=lists embeds the lists', async () => {
		const profile = emu.store.addProfile({ email: 'l@x.com' });
		const list = emu.store.addList({ name: 'VIP', profileIds: [profile.id] });
		const reply = await api(emu, 'GET', `/api/profiles/${profile.id}`, { query: { include: 'lists' } });
		expect(reply.body.data.relationships.lists.data).toEqual([{ type: 'list', id: list.id }]);
		expect(reply.body.included).toMatchObject([{ type: 'list', id: list.id, attributes: { name: 'VIP' } }]);
	});

	it('PATCH merges, null clears, and patch_properties unset/append/unappend apply', async () => {
		const profile = emu.store.addProfile({
			email: 'u@x.com',
			first_name: 'Old',
			title: 'Dr',
			location: { city: 'Paris', zip: '75001' },
			properties: { keep: 1, drop: 2, skus: ['a', 'b'] },
		});
		const reply = await api(emu, 'PATCH', `/api/profiles/${profile.id}`, {
			body: {
				data: {
					type: 'profile',
					id: profile.id,
					attributes: {
						first_name: 'New',
						title: null,
						location: { zip: null },
						properties: { added: true },
					},
					meta: { patch_properties: { unset: ['drop'], append: { skus: 'c' }, unappend: { skus: 'a' } } },
				},
			},
		});
		expect(reply.status).toBe(200);
		expect(reply.body.data.attributes).toMatchObject({
			email: 'u@x.com',
			first_name: 'New',
			title: null,
			location: { city: 'Paris', zip: null },
			properties: { keep: 1, added: true, skus: ['b', 'c'] },
		});
		expect(reply.body.data.attributes.properties).not.toHaveProperty('drop');
	});

	it('PATCH with a data.id different from the URL → 409, recorded as invalid', async () => {
		const profile = emu.store.addProfile({ email: 'v@x.com' });
		const reply = await api(emu, 'PATCH', `/api/profiles/${profile.id}`, {
			body: { data: { type: 'profile', id: 'SOMEONE_ELSE', attributes: {} } },
		});
		expectKlaviyoError(reply, 409);
		expect(emu.invalidRequests()).toHaveLength(1);
		emu.reset();
	});

	it('PATCH to an email another profile owns → 409 duplicate_profile', async () => {
		emu.store.addProfile({ email: 'taken@x.com' });
		const profile = emu.store.addProfile({ email: 'mine@x.com' });
		const reply = await api(emu, 'PATCH', `/api/profiles/${profile.id}`, {
			body: { data: { type: 'profile', id: profile.id, attributes: { email: 'taken@x.com' } } },
		});
		expectKlaviyoError(reply, 409, 'duplicate_profile');
	});
});
