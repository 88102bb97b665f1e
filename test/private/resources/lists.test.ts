import { describe, expect, it } from 'vitest';
import {
	KlaviyoApiError,
	KlaviyoAuthenticationError,
	KlaviyoServerError,
	KlaviyoValidationError,
} from '../../../src/core/errors.js';
import { expectInvalid, rejection, sent, useEmulator } from '../setup.js';

const t = useEmulator();

/** What `call` threw synchronously (node-klaviyo's methods refuse before returning a promise). */
function thrownBy(call: () => unknown): unknown {
	try {
		call();
	} catch (error) {
		return error;
	}
	throw new Error('expected the call to throw');
}

function seedList(name = 'Pizza fans', emails: string[] = [], opt_in_process?: 'double_opt_in') {
	const profiles = emails.map((email) => t.emu.store.addProfile({ email }));
	const list = t.emu.store.addList({ name, opt_in_process, profileIds: profiles.map((p) => p.id) });
	return { list, profiles };
}

describe('lists.getLists', () => {
	it('returns every list in one document, walking Klaviyo’s 10-per-page cursors', async () => {
		for (let i = 0; i < 23; i++) seedList(`List ${i}`);
		const lists = await t.klaviyo.lists.getLists();
		expect(lists.data).toHaveLength(23);
		expect(lists.links?.next).toBeUndefined();
		expect(t.emu.requests).toHaveLength(3);
		expect(lists.data.map((l) => l.attributes.name)).toContain('List 22');
	});

	it('can be walked with for await', async () => {
		for (let i = 0; i < 12; i++) seedList(`List ${i}`);
		const names: string[] = [];
		for await (const list of t.klaviyo.lists.getLists()) names.push(list.attributes.name ?? '');
		expect(names).toHaveLength(12);
	});

	it('rejects with the API error (e.g. a bad key)', async () => {
		const klaviyo = t.client();
		t.emu.faults.add({ path: '/api/lists', status: 401 });
		expect(await rejection(klaviyo.lists.getLists())).toBeInstanceOf(KlaviyoAuthenticationError);
	});
});

describe('lists.createList', () => {
	it('creates a list (201) and returns its document', async () => {
		const created = await t.klaviyo.lists.createList('My New List');
		expect(created.data).toMatchObject({ type: 'list', attributes: { name: 'My New List' } });
		expect(t.emu.store.lists.get(created.data.id)?.name).toBe('My New List');
	});

	it('validates', () => {
		expectInvalid(t.emu, () => t.klaviyo.lists.createList(''), 'List name was not provided.');
		expectInvalid(t.emu, () => t.klaviyo.lists.createList(undefined as never), 'List name was not provided.');
	});

	it('is not retried: a repeat could create a second list', async () => {
		t.emu.faults.add({ path: '/api/lists', method: 'POST', status: 503 });
		const error = await rejection(t.client({ maxRetries: 3 }).lists.createList('Once'));
		expect(error).toBeInstanceOf(KlaviyoServerError);
		expect(t.emu.requests).toHaveLength(1);
	});
});

describe('lists.getListById', () => {
	it('returns the list document', async () => {
		const { list } = seedList('VIP');
		const doc = await t.klaviyo.lists.getListById(list.id);
		expect(doc.data).toMatchObject({ id: list.id, attributes: { name: 'VIP' } });
	});

	it('validates', () => {
		expectInvalid(t.emu, () => t.klaviyo.lists.getListById(''), 'List ID was not provided.');
	});

	it('rejects with a 404 for an unknown list', async () => {
		const error = await rejection(t.klaviyo.lists.getListById('Nope12'));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error.statusCode).toBe(404);
	});
});

describe('lists.updateListNameById', () => {
	it('renames the list', async () => {
		const { list } = seedList('Old');
		const doc = await t.klaviyo.lists.updateListNameById({ listId: list.id, listName: 'New List Name' });
		expect(doc.data.attributes.name).toBe('New List Name');
		expect(t.emu.store.lists.get(list.id)?.name).toBe('New List Name');
	});

	it('validates with node-klaviyo’s message', () => {
		const missing = 'List name or ID was not provided.';
		expectInvalid(t.emu, () => t.klaviyo.lists.updateListNameById({ listId: 'x' } as never), missing);
		expectInvalid(t.emu, () => t.klaviyo.lists.updateListNameById({ listName: 'x' } as never), missing);
		expectInvalid(t.emu, () => t.klaviyo.lists.updateListNameById(undefined as never), missing);
	});

	it('rejects with a 404 for an unknown list', async () => {
		expect(
			(await rejection(t.klaviyo.lists.updateListNameById({ listId: 'Nope12', listName: 'x' }))).statusCode,
		).toBe(404);
	});
});

describe('a bad list id', () => {
	it('gets one refusal whichever method it reaches: field, rule and wording alike', () => {
		const calls = {
			getListById: (id: string) => t.klaviyo.lists.getListById(id),
			deleteList: (id: string) => t.klaviyo.lists.deleteList(id),
			getMembersFromList: (id: string) => t.klaviyo.lists.getMembersFromList({ listId: id }),
			removeMembersFromList: (id: string) => t.klaviyo.lists.removeMembersFromList({ listId: id }),
			getListExclusions: (id: string) => t.klaviyo.lists.getListExclusions({ listId: id }),
		};
		for (const id of ['..', 'a/b']) {
			const refusals = Object.entries(calls).map(([name, call]) => {
				const error = thrownBy(() => call(id)) as KlaviyoValidationError;
				expect(error, name).toBeInstanceOf(KlaviyoValidationError);
				// The message names the method; the rest of it is the same for every method.
				return { field: error.field, rule: error.rule, message: error.message.replace(name, 'METHOD') };
			});
			expect(new Set(refusals.map((r) => JSON.stringify(r))).size).toBe(1);
			expect(refusals[0]).toMatchObject({ field: 'listId', rule: expect.stringMatching(/^must be an id/) });
		}
		expect(t.emu.requests).toEqual([]);
	});
});

describe('lists.deleteList', () => {
	it('deletes and resolves {} like node-klaviyo', async () => {
		const { list } = seedList();
		await expect(t.klaviyo.lists.deleteList(list.id)).resolves.toEqual({});
		expect(t.emu.store.lists.has(list.id)).toBe(false);
	});

	it('validates', () => {
		expectInvalid(t.emu, () => t.klaviyo.lists.deleteList(undefined as never), 'List ID was not provided.');
	});

	it('rejects with a 404 for an unknown list', async () => {
		expect((await rejection(t.klaviyo.lists.deleteList('Nope12'))).statusCode).toBe(404);
	});
});

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

describe('lists.getSubscribersFromList', () => {
	it('returns the members not suppressed on the looked-up channel', async () => {
		const { list, profiles } = seedList('News', ['a@example.com', 'b@example.com', 'c@example.com']);
		t.emu.store.addProfile({ email: 'not-member@example.com' });
		await t.klaviyo.profiles.subscribe([{ email: 'a@example.com' }, { email: 'b@example.com' }], {
			listId: list.id,
		});
		await t.klaviyo.profiles.unsubscribe([{ email: 'b@example.com' }], { listId: list.id });
		t.emu.requests.length = 0;
		const result = await t.klaviyo.lists.getSubscribersFromList({
			listId: list.id,
			emails: ['a@example.com', 'b@example.com', 'c@example.com', 'not-member@example.com'],
		});
		// b unsubscribed from this list; c never subscribed but may be emailed (Klaviyo's rule).
		expect(result.data.map((p) => p.id)).toEqual([profiles[0]!.id, profiles[2]!.id]);
		expect(t.emu.requests[0]!.query).toMatchObject({
			filter: 'any(email,["a@example.com","b@example.com","c@example.com","not-member@example.com"])',
			'additional-fields[profile]': 'subscriptions',
		});
	});

	it('asks once per identifier type and merges', async () => {
		const { list } = seedList('SMS');
		const sam = t.emu.store.addProfile({ email: 's@example.com', phone_number: '+12223334444' });
		t.emu.store.addMember(list, sam.id);
		await t.klaviyo.profiles.subscribe([{ email: 's@example.com', phone_number: '+12223334444' }]);
		t.emu.requests.length = 0;
		const result = await t.klaviyo.lists.getSubscribersFromList({
			listId: list.id,
			emails: ['s@example.com'],
			phoneNumbers: ['+12223334444'],
		});
		expect(result.data.map((p) => p.id)).toEqual([sam.id]);
		expect(t.emu.requests.map((r) => r.query.filter)).toEqual([
			'any(email,["s@example.com"])',
			'any(phone_number,["+12223334444"])',
		]);
	});

	it('sends nothing when no identifier is given', async () => {
		const result = await t.klaviyo.lists.getSubscribersFromList({ listId: 'abc' });
		expect(result.data).toEqual([]);
		expect(t.emu.requests).toHaveLength(0);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.lists.getSubscribersFromList({} as never),
			'List ID was not provided.',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.lists.getSubscribersFromList({ listId: 'x', emails: 'a@example.com' as never }),
			'must be an array of strings',
			'emails',
		);
	});

	it('rejects with a 404 for an unknown list', async () => {
		const error = await rejection(
			t.klaviyo.lists.getSubscribersFromList({ listId: 'Nope12', emails: ['a@example.com'] }),
		);
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

describe('lists.getMembersFromList', () => {
	it('returns the profiles that are on the list', async () => {
		const { list, profiles } = seedList('VIP', ['a@example.com', 'b@example.com']);
		t.emu.store.addProfile({ email: 'c@example.com' });
		const result = await t.klaviyo.lists.getMembersFromList({
			listId: list.id,
			emails: ['a@example.com', 'c@example.com'],
			phoneNumbers: [],
		});
		expect(result.data.map((p) => p.id)).toEqual([profiles[0]!.id]);
		expect(result.data[0]!.attributes.joined_group_at).toBeTruthy();
	});

	it('splits long identifier lists into lookups of 100', async () => {
		const emails = Array.from({ length: 150 }, (_, i) => `m${i}@example.com`);
		const { list } = seedList('Big', emails);
		const result = await t.klaviyo.lists.getMembersFromList({ listId: list.id, emails });
		expect(result.data).toHaveLength(150);
		expect(t.emu.requests).toHaveLength(2);
	});

	it('keeps each lookup URL short enough for servers, however long the identifiers', async () => {
		// 100 long (but valid) addresses in one any() would make a ~28 KB URL, past common 8–16 KB caps.
		const emails = Array.from(
			{ length: 100 },
			(_, i) => `${'a'.repeat(60)}${i}@${'b'.repeat(100)}.example.com`,
		);
		const { list } = seedList('Long', emails);
		const result = await t.klaviyo.lists.getMembersFromList({ listId: list.id, emails });
		expect(result.data).toHaveLength(100);
		expect(t.emu.requests.length).toBeGreaterThan(1);
		for (const request of t.emu.requests) {
			expect(request.status).toBe(200);
			expect(encodeURIComponent(request.query.filter!).length).toBeLessThan(8_000);
		}
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.lists.getMembersFromList({ emails: [] } as never),
			'List ID was not provided.',
		);
	});

	it('rejects with a 404 for an unknown list', async () => {
		expect(
			(await rejection(t.klaviyo.lists.getMembersFromList({ listId: 'Nope12', emails: ['a@x.com'] })))
				.statusCode,
		).toBe(404);
	});
});

describe('lists.removeMembersFromList', () => {
	it('looks up ids, then removes them without touching consent', async () => {
		const { list, profiles } = seedList('VIP', ['a@example.com', 'b@example.com']);
		const result = await t.klaviyo.lists.removeMembersFromList({
			listId: list.id,
			emails: ['a@example.com', 'not-a-member@example.com'],
		});
		expect(result).toMatchObject({ sent: 1, failed: 0 });
		expect(sent(t.emu)).toEqual([
			`GET /api/lists/${list.id}/relationships/profiles`,
			`DELETE /api/lists/${list.id}/relationships/profiles`,
		]);
		expect([...list.members.keys()]).toEqual([profiles[1]!.id]);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.lists.removeMembersFromList({} as never),
			'List ID was not provided.',
		);
	});

	it('rejects when the removal fails', async () => {
		const { list } = seedList('VIP', ['a@example.com']);
		t.emu.faults.add({ method: 'DELETE', path: `/api/lists/${list.id}/relationships/profiles`, status: 500 });
		const error = await rejection(
			t.klaviyo.lists.removeMembersFromList({ listId: list.id, emails: ['a@example.com'] }),
		);
		expect(error).toBeInstanceOf(KlaviyoServerError);
	});
});

describe('lists.getListExclusions', () => {
	it('returns the profiles suppressed for this list, with the reason', async () => {
		const { list, profiles } = seedList('News', ['a@example.com', 'b@example.com']);
		await t.klaviyo.profiles.subscribe([{ email: 'a@example.com' }, { email: 'b@example.com' }], {
			listId: list.id,
		});
		await t.klaviyo.profiles.unsubscribe([{ email: 'a@example.com' }], { listId: list.id });
		t.emu.requests.length = 0;
		const page = await t.klaviyo.lists.getListExclusions({ listId: list.id });
		expect(page.data.map((p) => p.id)).toEqual([profiles[0]!.id]);
		const suppression = page.data[0]!.attributes.subscriptions?.email?.marketing?.list_suppressions?.[0];
		expect(suppression).toMatchObject({
			list_id: list.id,
			reason: expect.any(String),
			timestamp: expect.any(String),
		});
	});

	it('resumes from marker = the previous links.next', async () => {
		const emails = Array.from({ length: 120 }, (_, i) => `m${i}@example.com`);
		const { list } = seedList('Big', emails);
		for (const profile of t.emu.store.profiles.values()) {
			profile.subscriptions.email.marketing.list_suppressions.push({
				list_id: list.id,
				reason: 'UNSUBSCRIBE',
				timestamp: '2024-01-01T00:00:00+00:00',
			});
		}
		const first = await t.klaviyo.lists.getListExclusions({ listId: list.id });
		expect(first.data).toHaveLength(100);
		const second = await t.klaviyo.lists.getListExclusions({ listId: list.id, marker: first.links!.next! });
		expect(second.data).toHaveLength(20);
		expect(await t.klaviyo.lists.getListExclusions({ listId: list.id }).toArray()).toHaveLength(120);
	});

	it('validates (node-klaviyo threw a TypeError without options; this says what is missing)', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.lists.getListExclusions(undefined as never),
			'List ID was not provided.',
		);
	});

	it('surfaces an API error', async () => {
		t.emu.faults.add({ path: '/api/profiles', status: 500 });
		expect(await rejection(t.klaviyo.lists.getListExclusions({ listId: 'x' }))).toBeInstanceOf(
			KlaviyoServerError,
		);
	});
});

describe('lists.getAllMembers', () => {
	it('pages through a list’s members, 100 at a time', async () => {
		const emails = Array.from({ length: 130 }, (_, i) => `m${i}@example.com`);
		const { list } = seedList('Big', emails);
		const members = await t.klaviyo.lists.getAllMembers({ groupId: list.id }).toArray();
		expect(members).toHaveLength(130);
		expect(sent(t.emu)).toEqual([`GET /api/lists/${list.id}/profiles`, `GET /api/lists/${list.id}/profiles`]);
		expect(t.emu.requests[0]!.query['page[size]']).toBe('100');
	});

	it('falls back to the segment with that id', async () => {
		const dave = t.emu.store.addProfile({ email: 'dave@example.com' });
		const segment = t.emu.store.addSegment({ name: 'Engaged', profileIds: [dave.id] });
		const page = await t.klaviyo.lists.getAllMembers({ groupId: segment.id });
		expect(page.data.map((p) => p.id)).toEqual([dave.id]);
		expect(sent(t.emu)).toEqual([
			`GET /api/lists/${segment.id}/profiles`,
			`GET /api/segments/${segment.id}/profiles`,
		]);
	});

	it('accepts a marker', async () => {
		const { list } = seedList(
			'Big',
			Array.from({ length: 101 }, (_, i) => `m${i}@example.com`),
		);
		const first = await t.klaviyo.lists.getAllMembers({ groupId: list.id });
		const rest = await t.klaviyo.lists.getAllMembers({ groupId: list.id, marker: first.links!.next! });
		expect(rest.data).toHaveLength(1);
	});

	it('reads marker 0 as the first page, as node-klaviyo (which sent no marker for it) did', async () => {
		const { list } = seedList('Small', ['a@example.com']);
		const page = await t.klaviyo.lists.getAllMembers({ groupId: list.id, marker: 0 });
		expect(page.data).toHaveLength(1);
		expect(t.emu.requests[0]!.query['page[cursor]']).toBeUndefined();
		await t.klaviyo.lists.getListExclusions({ listId: list.id, marker: 0 });
		expect(t.emu.requests[1]!.query['page[cursor]']).toBeUndefined();
	});

	it('validates', () => {
		expectInvalid(t.emu, () => t.klaviyo.lists.getAllMembers({} as never), 'Group ID was not provided.');
	});

	it('rejects with a 404 when neither a list nor a segment has the id', async () => {
		expect((await rejection(t.klaviyo.lists.getAllMembers({ groupId: 'Nope12' }))).statusCode).toBe(404);
	});
});
