import type { EmulatorServer } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, expectConformingResponses, expectKlaviyoError, startTestEmulator } from '../helpers.js';

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
