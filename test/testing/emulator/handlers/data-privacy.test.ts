import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, expectConformingResponses, expectKlaviyoError, startTestEmulator } from '../helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

const deletion = (attributes: Record<string, unknown>, id?: string) => ({
	data: {
		type: 'data-privacy-deletion-job',
		attributes: { profile: { data: { type: 'profile', ...(id ? { id } : {}), attributes } } },
	},
});

describe('data privacy deletion', () => {
	it('deletes ALL profiles matching the email, with their events and memberships', async () => {
		const first = emu.store.addProfile({ email: 'dup@x.com' });
		const second = emu.store.addProfile({ email: 'dup@x.com', phone_number: '+15005550006' });
		const bystander = emu.store.addProfile({ email: 'other@x.com' });
		emu.store.addEvent({ profileId: first.id, metricName: 'Viewed' });
		emu.store.addEvent({ profileId: bystander.id, metricName: 'Viewed' });
		const list = emu.store.addList({ name: 'L', profileIds: [second.id, bystander.id] });

		const reply = await api(emu, 'POST', '/api/data-privacy-deletion-jobs', {
			body: deletion({ email: 'dup@x.com' }),
		});
		expect(reply.status).toBe(202);
		expect([...emu.store.profiles.keys()]).toEqual([bystander.id]);
		expect(emu.store.events.map((e) => e.profile_id)).toEqual([bystander.id]);
		expect([...list.members.keys()]).toEqual([bystander.id]);
		expect(emu.store.deletionJobs).toMatchObject([
			{ identifier: { type: 'email', value: 'dup@x.com' }, deleted_profile_ids: [first.id, second.id] },
		]);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('by phone number or profile id', async () => {
		const byPhone = emu.store.addProfile({ phone_number: '+15005550009' });
		const byId = emu.store.addProfile({ email: 'id@x.com' });
		await api(emu, 'POST', '/api/data-privacy-deletion-jobs', {
			body: deletion({ phone_number: '+15005550009' }),
		});
		await api(emu, 'POST', '/api/data-privacy-deletion-jobs', { body: deletion({}, byId.id) });
		expect(emu.store.profiles.has(byPhone.id)).toBe(false);
		expect(emu.store.profiles.has(byId.id)).toBe(false);
	});

	it('more than one identifier (or none) → 400, nothing deleted', async () => {
		const profile = emu.store.addProfile({ email: 'keep@x.com', phone_number: '+15005550008' });
		const both = deletion({ email: 'keep@x.com', phone_number: '+15005550008' });
		expectKlaviyoError(await api(emu, 'POST', '/api/data-privacy-deletion-jobs', { body: both }), 400);
		expectKlaviyoError(
			await api(emu, 'POST', '/api/data-privacy-deletion-jobs', { body: deletion({}) }),
			400,
		);
		expect(emu.store.profiles.has(profile.id)).toBe(true);
		expect(emu.store.deletionJobs).toEqual([]);
	});
});
