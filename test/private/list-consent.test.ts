// The consent workflows behind the list methods (src/private/list-consent.ts), through the methods
// node-klaviyo users call.
import { describe, expect, it } from 'vitest';
import { KlaviyoApiError } from '../../src/core/errors.js';
import { expectInvalid, rejection, sent, useEmulator } from './setup.js';

const t = useEmulator();

function seedList(name = 'Pizza fans', emails: string[] = [], opt_in_process?: 'double_opt_in') {
	const profiles = emails.map((email) => t.emu.store.addProfile({ email }));
	const list = t.emu.store.addList({ name, opt_in_process, profileIds: profiles.map((p) => p.id) });
	return { list, profiles };
}

describe('lists.addSubscribersToList', () => {
	it('subscribes email (and SMS with sms_consent) and stores custom properties', async () => {
		const { list } = seedList();
		const result = await t.klaviyo.lists.addSubscribersToList({
			listId: list.id,
			profiles: [
				{ email: 'pizza.dave@example.com', pizzaSubscriptionType: 'Premium' },
				{ email: 'salami.sam@example.com', phone_number: '+12223334444', sms_consent: true },
				{ phone_number: '+15556667777' },
			],
		});
		expect(result).toMatchObject({ sent: 3, failed: 0, imported: { sent: 1, failed: 0 } });
		expect(sent(t.emu)).toEqual([
			'POST /api/profile-bulk-import-jobs',
			'POST /api/profile-subscription-bulk-create-jobs',
		]);
		const dave = t.emu.store.profileByEmail('pizza.dave@example.com')!;
		const sam = t.emu.store.profileByEmail('salami.sam@example.com')!;
		expect(dave.subscriptions.email.marketing.consent).toBe('SUBSCRIBED');
		expect(sam.subscriptions.sms.marketing.consent).toBe('SUBSCRIBED');
		expect(list.members.has(dave.id)).toBe(true);
		const phoneOnly = t.emu.store.findProfiles('phone_number', '+15556667777')[0]!;
		expect(phoneOnly.subscriptions.sms.marketing.consent).not.toBe('SUBSCRIBED');
		// The import job is processed when polled: its properties land on the profile then.
		const { job } = result.imported!.chunks[0]!;
		await t.klaviyo.profiles.waitForImportJob(job!.id, { pollInterval: 1 });
		expect(t.emu.store.profileByEmail('pizza.dave@example.com')!.properties).toEqual({
			pizzaSubscriptionType: 'Premium',
		});
	});

	it('sends only the consent job when there are no custom properties', async () => {
		const { list } = seedList();
		const result = await t.klaviyo.lists.addSubscribersToList({
			listId: list.id,
			profiles: [{ email: 'a@example.com' }],
		});
		expect(result.imported).toBeUndefined();
		expect(sent(t.emu)).toEqual(['POST /api/profile-subscription-bulk-create-jobs']);
		expect(t.emu.requests[0]!.body).toMatchObject({
			data: { relationships: { list: { data: { type: 'list', id: list.id } } } },
		});
	});

	it('reports a bare push_token (which profile, which field, why) and subscribes the rest', async () => {
		const { list } = seedList();
		// node-klaviyo's README example, as written.
		const result = await t.klaviyo.lists.addSubscribersToList({
			listId: list.id,
			profiles: [
				{ email: 'pizza.dave@mailinator.com', pizzaSubscriptionType: 'Premium' },
				{ email: 'salami.sam@mailinator.com', phone_number: '+12223334444', sms_consent: true },
				{ email: 'lasagna.larry@mailinator.com', push_token: 'myPushToken' },
			],
		});
		expect(result).toMatchObject({ sent: 3, failed: 0 });
		expect(result.skipped).toBeUndefined();
		expect(result.unsent).toEqual([
			{ profile: 2, field: 'push_token', reason: expect.stringMatching(/platform and vendor/) },
		]);
		expect(JSON.stringify(t.emu.requests.map((r) => r.body))).not.toContain('myPushToken');
		const larry = t.emu.store.profileByEmail('lasagna.larry@mailinator.com')!;
		expect(larry.subscriptions.email.marketing.consent).toBe('SUBSCRIBED');
		const sam = t.emu.store.profileByEmail('salami.sam@mailinator.com')!;
		expect(sam.subscriptions.sms.marketing.consent).toBe('SUBSCRIBED');
		expect(t.emu.invalidRequests()).toEqual([]);
	});

	it('skips (and reports) a profile with only a push_token, and sms_consent without a phone number', async () => {
		const { list } = seedList();
		const result = await t.klaviyo.lists.addSubscribersToList({
			listId: list.id,
			profiles: [{ push_token: 'tok' }, { email: 'a@example.com', sms_consent: true }],
		});
		expect(result).toMatchObject({ sent: 1, failed: 0, skipped: 1 });
		expect(result.unsent).toEqual([
			{ profile: 0, field: 'push_token', reason: expect.stringMatching(/nothing of it was sent/) },
			{ profile: 1, field: 'sms_consent', reason: 'not sent: SMS consent needs a phone_number' },
		]);
		expect(t.emu.requests[0]!.body).toMatchObject({
			data: {
				attributes: {
					profiles: {
						data: [
							{
								attributes: {
									email: 'a@example.com',
									subscriptions: { email: { marketing: { consent: 'SUBSCRIBED' } } },
								},
							},
						],
					},
				},
			},
		});
	});

	it('sends nothing when no profile has anything sendable, and says why', async () => {
		const result = await t.klaviyo.lists.addSubscribersToList({
			listId: 'Nope12',
			profiles: [{ push_token: 'a' }, { push_token: 'b' }],
		});
		expect(result).toMatchObject({ chunks: [], sent: 0, failed: 0, skipped: 2 });
		expect(result.unsent.map((u) => [u.profile, u.field])).toEqual([
			[0, 'push_token'],
			[1, 'push_token'],
		]);
		expect(t.emu.requests).toEqual([]);
	});

	it('validates', () => {
		const add = t.klaviyo.lists.addSubscribersToList.bind(t.klaviyo.lists);
		expectInvalid(t.emu, () => add({} as never), 'List ID was not provided.');
		expectInvalid(
			t.emu,
			() => add({ listId: 'x', profiles: [{ email: 'a@example.com' }, { push_token: 5 as never }] }),
			'must be a string',
			'profiles.1.push_token',
		);
		expectInvalid(
			t.emu,
			() => add({ listId: 'x', profiles: [{ email: 'a@example.com', sms_consent: 'yes' as never }] }),
			'must be a boolean',
			'profiles.0.sms_consent',
		);
		expectInvalid(
			t.emu,
			() => add({ listId: 'x', profiles: [{ first_name: 'x' }] }),
			'must have an email, a phone_number or a push_token',
		);
	});

	it('rejects with the API error when the list does not exist', async () => {
		const error = await rejection(
			t.klaviyo.lists.addSubscribersToList({ listId: 'Nope12', profiles: [{ email: 'a@example.com' }] }),
		);
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(404);
	});
});

describe('lists.deleteSubscribersFromList', () => {
	it('unsubscribes members from the list only, and leaves non-members alone', async () => {
		const { list, profiles } = seedList('News', ['a@example.com']);
		const outsider = t.emu.store.addProfile({ email: 'outsider@example.com' });
		await t.klaviyo.profiles.subscribe([{ email: 'a@example.com' }, { email: 'outsider@example.com' }]);
		t.emu.requests.length = 0;
		const result = await t.klaviyo.lists.deleteSubscribersFromList({
			listId: list.id,
			emails: ['a@example.com', 'outsider@example.com'],
		});
		expect(result).toMatchObject({ sent: 1, failed: 0, skipped: 1 });
		expect(sent(t.emu)).toEqual([
			`GET /api/lists/${list.id}/profiles`,
			'POST /api/profile-subscription-bulk-delete-jobs',
		]);
		expect(t.emu.requests[1]!.body).toMatchObject({
			data: {
				attributes: { profiles: { data: [{ attributes: { email: 'a@example.com' } }] } },
				relationships: { list: { data: { id: list.id } } },
			},
		});
		const member = t.emu.store.profiles.get(profiles[0]!.id)!;
		expect(member.subscriptions.email.marketing.list_suppressions.map((s) => s.list_id)).toEqual([list.id]);
		// Without the membership check Klaviyo would have unsubscribed the outsider from everything.
		expect(t.emu.store.profiles.get(outsider.id)!.subscriptions.email.marketing.consent).toBe('SUBSCRIBED');
	});

	it('sends nothing for an empty list of emails', async () => {
		await expect(t.klaviyo.lists.deleteSubscribersFromList({ listId: 'abc' })).resolves.toMatchObject({
			sent: 0,
			skipped: 0,
		});
		expect(t.emu.requests).toHaveLength(0);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.lists.deleteSubscribersFromList({} as never),
			'List ID was not provided.',
		);
	});

	it('rejects with a 404 for an unknown list', async () => {
		const error = await rejection(
			t.klaviyo.lists.deleteSubscribersFromList({ listId: 'Nope12', emails: ['a@example.com'] }),
		);
		expect(error.statusCode).toBe(404);
	});
});

describe('lists.addMembersToList', () => {
	it('imports the profiles with their properties into the list, and can wait for the job', async () => {
		const { list } = seedList();
		const progress: string[] = [];
		const result = await t.klaviyo.lists.addMembersToList({
			listId: list.id,
			profiles: [
				{ email: 'pizza.dave@example.com', pizzaSubscriptionType: 'Premium', $first_name: 'Dave' },
				{ email: 'salami.sam@example.com', phone_number: '+12223334444', sms_consent: false },
			],
			wait: { pollInterval: 1, onProgress: (job) => progress.push(job.attributes.status) },
		});
		expect(result).toMatchObject({ sent: 2, failed: 0 });
		expect(result.chunks[0]!.job!.attributes).toMatchObject({
			status: 'complete',
			total_count: 2,
			completed_count: 2,
		});
		expect(progress.at(-1)).toBe('complete');
		const dave = t.emu.store.profileByEmail('pizza.dave@example.com')!;
		expect(dave).toMatchObject({ first_name: 'Dave', properties: { pizzaSubscriptionType: 'Premium' } });
		expect(list.members.has(dave.id)).toBe(true);
		expect(t.emu.requests[0]!.body).toMatchObject({
			data: {
				type: 'profile-bulk-import-job',
				relationships: { lists: { data: [{ type: 'list', id: list.id }] } },
			},
		});
	});

	it('records sms_consent: true as SMS consent and reports a bare push_token (the README example)', async () => {
		const { list } = seedList();
		const result = await t.klaviyo.lists.addMembersToList({
			listId: list.id,
			profiles: [
				{ email: 'pizza.dave@mailinator.com', pizzaSubscriptionType: 'Premium' },
				{ email: 'salami.sam@mailinator.com', phone_number: '+12223334444', sms_consent: true },
				{ email: 'lasagna.larry@mailinator.com', push_token: 'myPushToken' },
			],
			wait: { pollInterval: 1 },
		});
		expect(result).toMatchObject({ sent: 3, failed: 0, consented: { sent: 1, failed: 0 } });
		expect(result.unsent).toEqual([
			{ profile: 2, field: 'push_token', reason: expect.stringMatching(/platform and vendor/) },
		]);
		// The import (waited for), then the consent job.
		expect(sent(t.emu).map((line) => line.replace(/jobs\/\w+$/, 'jobs/{id}'))).toEqual([
			'POST /api/profile-bulk-import-jobs',
			'GET /api/profile-bulk-import-jobs/{id}',
			'GET /api/profile-bulk-import-jobs/{id}',
			'POST /api/profile-subscription-bulk-create-jobs',
		]);
		expect(t.emu.requests.at(-1)!.body).toMatchObject({
			data: {
				attributes: {
					profiles: {
						data: [
							{
								attributes: {
									email: 'salami.sam@mailinator.com',
									phone_number: '+12223334444',
									subscriptions: { sms: { marketing: { consent: 'SUBSCRIBED' } } },
								},
							},
						],
					},
				},
				relationships: { list: { data: { type: 'list', id: list.id } } },
			},
		});
		expect(JSON.stringify(t.emu.requests.map((r) => r.body))).not.toContain('myPushToken');
		const sam = t.emu.store.profileByEmail('salami.sam@mailinator.com')!;
		expect(sam.subscriptions.sms.marketing.consent).toBe('SUBSCRIBED');
		// Members are added regardless of opt-in: email consent is not given.
		expect(sam.subscriptions.email.marketing.consent).not.toBe('SUBSCRIBED');
		for (const email of ['pizza.dave', 'salami.sam', 'lasagna.larry']) {
			expect(list.members.has(t.emu.store.profileByEmail(`${email}@mailinator.com`)!.id), email).toBe(true);
		}
		expect(t.emu.invalidRequests()).toEqual([]);
	});

	it('validates', () => {
		const add = t.klaviyo.lists.addMembersToList.bind(t.klaviyo.lists);
		expectInvalid(t.emu, () => add({ profiles: [] } as never), 'List ID was not provided.');
		expectInvalid(
			t.emu,
			() => add({ listId: 'x', profiles: [{ email: 'a@example.com', sms_consent: 1 as never }] }),
			'must be a boolean',
			'profiles.0.sms_consent',
		);
		expectInvalid(
			t.emu,
			() => add({ listId: 'x', profiles: [{ first_name: 'Ada' }] }),
			'must have an email, a phone_number or a push_token',
			'profiles.0',
		);
	});

	it('rejects with the API error when the job is refused', async () => {
		t.emu.faults.add({ path: '/api/profile-bulk-import-jobs', status: 400 });
		const error = await rejection(
			t.klaviyo.lists.addMembersToList({ listId: 'abc', profiles: [{ email: 'a@example.com' }] }),
		);
		expect(error.statusCode).toBe(400);
	});
});
