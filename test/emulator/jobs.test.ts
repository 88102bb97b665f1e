import type { EmulatorServer } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, expectConformingResponses, expectKlaviyoError, startTestEmulator } from './test-helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

const importJob = (profiles: Array<Record<string, unknown>>, listIds: string[] = []) => ({
	data: {
		type: 'profile-bulk-import-job',
		attributes: { profiles: { data: profiles.map((attributes) => ({ type: 'profile', attributes })) } },
		...(listIds.length > 0
			? { relationships: { lists: { data: listIds.map((id) => ({ type: 'list', id })) } } }
			: {}),
	},
});

const deletion = (attributes: Record<string, unknown>, id?: string) => ({
	data: {
		type: 'data-privacy-deletion-job',
		attributes: { profile: { data: { type: 'profile', ...(id ? { id } : {}), attributes } } },
	},
});

const statusOf = async (target: EmulatorServer, id: string) =>
	(await api(target, 'GET', `/api/profile-bulk-import-jobs/${id}`)).body.data.attributes;

describe('bulk profile import jobs', () => {
	it('queued → processing → complete over successive GETs, then profiles exist and joined the list', async () => {
		const list = emu.store.addList({ name: 'Imported' });
		const created = await api(emu, 'POST', '/api/profile-bulk-import-jobs', {
			body: importJob(
				[
					{ email: 'a@x.com', properties: { tier: 'gold' } },
					{ email: 'b@x.com', first_name: 'B' },
					{ email: 'broken-email' },
				],
				[list.id],
			),
		});
		expect(created.status).toBe(202);
		const job = created.body.data;
		expect(job).toMatchObject({
			type: 'profile-bulk-import-job',
			attributes: { status: 'queued', total_count: 3 },
		});
		expect(job.id).toMatch(/^[0-9A-Z]{26}$/);
		expect(emu.store.profiles.size).toBe(0);

		expect(await statusOf(emu, job.id)).toMatchObject({ status: 'processing', completed_count: 0 });
		expect(await statusOf(emu, job.id)).toMatchObject({
			status: 'complete',
			completed_count: 2,
			failed_count: 1,
			completed_at: expect.any(String),
		});
		expect(emu.store.profileByEmail('a@x.com')!.properties).toEqual({ tier: 'gold' });
		expect(list.members.size).toBe(2);

		const errors = await api(emu, 'GET', `/api/profile-bulk-import-jobs/${job.id}/import-errors`);
		expect(errors.body.data).toMatchObject([
			{
				type: 'import-error',
				attributes: {
					code: 'invalid',
					source: { pointer: '/data/attributes/profiles/data/2/attributes/email' },
					original_payload: { email: 'broken-email' },
				},
			},
		]);
		const profiles = await api(emu, 'GET', `/api/profile-bulk-import-jobs/${job.id}/profiles`);
		expect(profiles.body.data.map((p: { attributes: { email: string } }) => p.attributes.email)).toEqual([
			'a@x.com',
			'b@x.com',
		]);
		const ids = await api(emu, 'GET', `/api/profile-bulk-import-jobs/${job.id}/relationships/profiles`);
		expect(ids.body.data).toHaveLength(2);
		const withLists = await api(emu, 'GET', `/api/profile-bulk-import-jobs/${job.id}`, {
			query: { include: 'lists' },
		});
		expect(withLists.body.included).toMatchObject([{ type: 'list', id: list.id }]);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('jobSteps controls how long a job stays unfinished', async () => {
		const slow = await startTestEmulator({ jobSteps: 3 });
		try {
			const created = await api(slow, 'POST', '/api/profile-bulk-import-jobs', {
				body: importJob([{ email: 'z@x.com' }]),
			});
			const statuses = [];
			for (let i = 0; i < 5; i++) statuses.push((await statusOf(slow, created.body.data.id)).status);
			expect(statuses).toEqual(['processing', 'processing', 'processing', 'complete', 'complete']);
		} finally {
			await slow.close();
		}
	});

	it('rejects more than 10,000 profiles, and unknown lists', async () => {
		const many = Array.from({ length: 10_001 }, (_, i) => ({ email: `p${i}@x.com` }));
		expectKlaviyoError(
			await api(emu, 'POST', '/api/profile-bulk-import-jobs', { body: importJob(many) }),
			400,
		);
		expectKlaviyoError(
			await api(emu, 'POST', '/api/profile-bulk-import-jobs', {
				body: importJob([{ email: 'a@x.com' }], ['nope']),
			}),
			404,
		);
		expectKlaviyoError(
			await api(emu, 'GET', '/api/profile-bulk-import-jobs/01HZZZZZZZZZZZZZZZZZZZZZZZ'),
			404,
		);
	});
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
