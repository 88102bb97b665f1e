import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	api,
	expectConformingResponses,
	expectKlaviyoError,
	listBody,
	startTestEmulator,
} from '../helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

const members = (ids: string[]) => ({ data: ids.map((id) => ({ type: 'profile', id })) });

describe('list CRUD', () => {
	it('creates (201, single opt-in by default), reads, renames and deletes', async () => {
		const created = await api(emu, 'POST', '/api/lists', { body: listBody('Newsletter') });
		expect(created.status).toBe(201);
		const id = created.body.data.id;
		expect(id).toMatch(/^[A-Za-z0-9]{6}$/);
		expect(created.body.data.attributes).toMatchObject({
			name: 'Newsletter',
			opt_in_process: 'single_opt_in',
		});

		const renamed = await api(emu, 'PATCH', `/api/lists/${id}`, {
			body: { data: { type: 'list', id, attributes: { name: 'Weekly', opt_in_process: 'double_opt_in' } } },
		});
		expect(renamed.status).toBe(200);
		expect(renamed.body.data.attributes).toMatchObject({ name: 'Weekly', opt_in_process: 'double_opt_in' });

		const fetched = await api(emu, 'GET', `/api/lists/${id}`, {
			query: { 'additional-fields[list]': 'profile_count' },
		});
		expect(fetched.body.data.attributes).toMatchObject({ name: 'Weekly', profile_count: 0 });

		const deleted = await api(emu, 'DELETE', `/api/lists/${id}`);
		expect(deleted.status).toBe(204);
		expect(deleted.body).toBeUndefined();
		expectKlaviyoError(await api(emu, 'GET', `/api/lists/${id}`), 404);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('25 lists come back in 3 pages by following links.next', async () => {
		for (let i = 1; i <= 25; i++) emu.store.addList({ name: `List ${i}` });
		const names: string[] = [];
		let next: string | undefined = `${emu.url}/api/lists?sort=created`;
		let pages = 0;
		while (next) {
			const page = await api(emu, 'GET', next);
			expect(page.status).toBe(200);
			names.push(...page.body.data.map((l: { attributes: { name: string } }) => l.attributes.name));
			next = page.body.links.next;
			if (next) expect(new URL(next).searchParams.get('sort')).toBe('created');
			pages++;
		}
		expect(pages).toBe(3);
		expect(names).toHaveLength(25);
		expect(new Set(names).size).toBe(25);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('filters by name and ids, sorts by name', async () => {
		const [a, b] = [emu.store.addList({ name: 'Alpha' }), emu.store.addList({ name: 'Beta' })];
		emu.store.addList({ name: 'Gamma' });
		const byName = await api(emu, 'GET', '/api/lists', { query: { filter: 'equals(name,"Beta")' } });
		expect(byName.body.data.map((l: { id: string }) => l.id)).toEqual([b.id]);
		const byIds = await api(emu, 'GET', '/api/lists', {
			query: { filter: `any(id,["${a.id}","${b.id}"])`, sort: '-name' },
		});
		expect(byIds.body.data.map((l: { id: string }) => l.id)).toEqual([b.id, a.id]);
	});

	it('PATCH with a mismatched data.id → 409', async () => {
		const list = emu.store.addList({ name: 'X' });
		const reply = await api(emu, 'PATCH', `/api/lists/${list.id}`, {
			body: { data: { type: 'list', id: 'other', attributes: { name: 'Y' } } },
		});
		expectKlaviyoError(reply, 409);
	});
});

describe('membership', () => {
	it('adds and removes profiles by id (204); profile_count and member listings follow', async () => {
		const list = emu.store.addList({ name: 'VIP' });
		const [a, b] = [emu.store.addProfile({ email: 'a@x.com' }), emu.store.addProfile({ email: 'b@x.com' })];
		const add = await api(emu, 'POST', `/api/lists/${list.id}/relationships/profiles`, {
			body: members([a.id, b.id]),
		});
		expect(add.status).toBe(204);
		const ids = await api(emu, 'GET', `/api/lists/${list.id}/relationships/profiles`);
		expect(ids.body.data).toEqual([
			{ type: 'profile', id: a.id },
			{ type: 'profile', id: b.id },
		]);
		const profiles = await api(emu, 'GET', `/api/lists/${list.id}/profiles`, {
			query: { filter: 'any(email,["b@x.com"])', 'additional-fields[profile]': 'subscriptions' },
		});
		expect(profiles.body.data).toHaveLength(1);
		expect(profiles.body.data[0].attributes).toMatchObject({
			email: 'b@x.com',
			joined_group_at: expect.stringMatching(/\+00:00$/),
			subscriptions: { email: { marketing: { consent: 'NEVER_SUBSCRIBED' } } },
		});
		const removed = await api(emu, 'DELETE', `/api/lists/${list.id}/relationships/profiles`, {
			body: members([a.id]),
		});
		expect(removed.status).toBe(204);
		const count = await api(emu, 'GET', `/api/lists/${list.id}`, {
			query: { 'additional-fields[list]': 'profile_count' },
		});
		expect(count.body.data.attributes.profile_count).toBe(1);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('filters members by joined_group_at and pages them (default 20)', async () => {
		const list = emu.store.addList({ name: 'Big' });
		for (let i = 0; i < 30; i++) {
			const profile = emu.store.addProfile({ email: `m${i}@x.com` });
			list.members.set(profile.id, `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00+00:00`);
		}
		const page = await api(emu, 'GET', `/api/lists/${list.id}/profiles`, {
			query: { sort: '-joined_group_at' },
		});
		expect(page.body.data).toHaveLength(20);
		expect(page.body.data[0].attributes.email).toBe('m29@x.com');
		const recent = await api(emu, 'GET', `/api/lists/${list.id}/profiles`, {
			query: { filter: 'greater-or-equal(joined_group_at,2024-01-25T00:00:00Z)' },
		});
		expect(recent.body.data).toHaveLength(6);
	});

	it('unknown list → 404; unknown profile → 404; over 1000 ids → 400', async () => {
		const list = emu.store.addList({ name: 'L' });
		expectKlaviyoError(
			await api(emu, 'POST', '/api/lists/nope/relationships/profiles', { body: members(['x']) }),
			404,
		);
		expectKlaviyoError(
			await api(emu, 'POST', `/api/lists/${list.id}/relationships/profiles`, { body: members(['missing']) }),
			404,
		);
		const tooMany = Array.from({ length: 1001 }, (_, i) => `p${i}`);
		expectKlaviyoError(
			await api(emu, 'DELETE', `/api/lists/${list.id}/relationships/profiles`, { body: members(tooMany) }),
			400,
		);
	});
});

describe('segments (seeded through the store)', () => {
	it('lists segment members with the list-members shape and filters', async () => {
		const [a, b] = [emu.store.addProfile({ email: 'a@x.com' }), emu.store.addProfile({ email: 'b@x.com' })];
		const segment = emu.store.addSegment({ name: 'Engaged', profileIds: [a.id, b.id] });
		const all = await api(emu, 'GET', `/api/segments/${segment.id}/profiles`);
		expect(all.body.data.map((p: { id: string }) => p.id)).toEqual([a.id, b.id]);
		expect(all.body.data[0].attributes.joined_group_at).toEqual(expect.any(String));
		const one = await api(emu, 'GET', `/api/segments/${segment.id}/profiles`, {
			query: { filter: `equals(profile_id,"${b.id}")` },
		});
		expect(one.body.data.map((p: { id: string }) => p.id)).toEqual([b.id]);
		const ids = await api(emu, 'GET', `/api/segments/${segment.id}/relationships/profiles`);
		expect(ids.body.data).toHaveLength(2);
		const listed = await api(emu, 'GET', '/api/segments');
		expect(listed.body.data[0]).toMatchObject({
			type: 'segment',
			id: segment.id,
			attributes: { name: 'Engaged' },
		});
		expectKlaviyoError(await api(emu, 'GET', '/api/segments/nope/profiles'), 404);
	});

	it("a profile's lists and segments", async () => {
		const profile = emu.store.addProfile({ email: 'p@x.com' });
		const list = emu.store.addList({ name: 'L', profileIds: [profile.id] });
		const segment = emu.store.addSegment({ name: 'S', profileIds: [profile.id] });
		expect((await api(emu, 'GET', `/api/profiles/${profile.id}/relationships/lists`)).body.data).toEqual([
			{ type: 'list', id: list.id },
		]);
		expect((await api(emu, 'GET', `/api/profiles/${profile.id}/segments`)).body.data[0].id).toBe(segment.id);
	});
});
