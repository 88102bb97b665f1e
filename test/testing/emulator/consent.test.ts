import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, client, expectConformingResponses, expectKlaviyoError, startTestEmulator } from './helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

const clientSubscription = (listId: string, attributes: Record<string, unknown>) => ({
	data: {
		type: 'subscription',
		attributes: { profile: { data: { type: 'profile', attributes } } },
		relationships: { list: { data: { type: 'list', id: listId } } },
	},
});

const emailConsent = (consent: 'SUBSCRIBED' | 'UNSUBSCRIBED') => ({ email: { marketing: { consent } } });

const subscribeJob = (
	profiles: Array<Record<string, unknown>>,
	listId?: string,
	extra: Record<string, unknown> = {},
) => ({
	data: {
		type: 'profile-subscription-bulk-create-job',
		attributes: {
			profiles: { data: profiles.map((attributes) => ({ type: 'profile', attributes })) },
			...extra,
		},
		...(listId ? { relationships: { list: { data: { type: 'list', id: listId } } } } : {}),
	},
});

const unsubscribeJob = (emails: string[], listId?: string) => ({
	data: {
		type: 'profile-subscription-bulk-delete-job',
		attributes: {
			profiles: {
				data: emails.map((email) => ({
					type: 'profile',
					attributes: { email, subscriptions: emailConsent('UNSUBSCRIBED') },
				})),
			},
		},
		...(listId ? { relationships: { list: { data: { type: 'list', id: listId } } } } : {}),
	},
});

const marketing = (email: string) => emu.store.profileByEmail(email)!.subscriptions.email.marketing;

describe('POST /client/subscriptions', () => {
	it('single opt-in list: subscribes email (and SMS by default) and adds to the list', async () => {
		const list = emu.store.addList({ name: 'News' });
		const reply = await client(emu, 'POST', '/client/subscriptions', {
			body: clientSubscription(list.id, { email: 'a@x.com', phone_number: '+15005550006' }),
		});
		expect(reply.status).toBe(202);
		const profile = emu.store.profileByEmail('a@x.com')!;
		expect(profile.subscriptions.email.marketing.consent).toBe('SUBSCRIBED');
		expect(profile.subscriptions.sms.marketing.consent).toBe('SUBSCRIBED');
		expect(list.members.has(profile.id)).toBe(true);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('only the channels given in subscriptions are subscribed', async () => {
		const list = emu.store.addList({ name: 'News' });
		await client(emu, 'POST', '/client/subscriptions', {
			body: clientSubscription(list.id, {
				email: 'b@x.com',
				phone_number: '+15005550007',
				subscriptions: { sms: { marketing: { consent: 'SUBSCRIBED' } } },
			}),
		});
		const profile = emu.store.profileByEmail('b@x.com')!;
		expect(profile.subscriptions.email.marketing.consent).toBe('NEVER_SUBSCRIBED');
		expect(profile.subscriptions.sms.marketing.consent).toBe('SUBSCRIBED');
	});

	it('double opt-in list: records a pending confirmation instead; confirming subscribes', async () => {
		const list = emu.store.addList({ name: 'Double', opt_in_process: 'double_opt_in' });
		await client(emu, 'POST', '/client/subscriptions', {
			body: clientSubscription(list.id, { email: 'd@x.com' }),
		});
		const profile = emu.store.profileByEmail('d@x.com')!;
		expect(profile.subscriptions.email.marketing.consent).toBe('NEVER_SUBSCRIBED');
		expect(list.members.size).toBe(0);
		expect(emu.store.pendingOptIns).toMatchObject([
			{ profile_id: profile.id, list_id: list.id, channels: ['email'] },
		]);
		expect(emu.store.confirmOptIn(profile.id, list.id)).toBe(true);
		expect(profile.subscriptions.email.marketing).toMatchObject({
			consent: 'SUBSCRIBED',
			double_optin: true,
		});
		expect(list.members.has(profile.id)).toBe(true);
	});

	it('requires a list relationship and an email or phone number', async () => {
		const list = emu.store.addList({ name: 'L' });
		const noList = clientSubscription(list.id, { email: 'x@x.com' });
		(noList.data as Record<string, unknown>).relationships = {};
		expectKlaviyoError(await client(emu, 'POST', '/client/subscriptions', { body: noList }), 400);
		expectKlaviyoError(
			await client(emu, 'POST', '/client/subscriptions', {
				body: clientSubscription(list.id, { first_name: 'X' }),
			}),
			400,
		);
		expectKlaviyoError(
			await client(emu, 'POST', '/client/subscriptions', {
				body: clientSubscription('nope', { email: 'x@x.com' }),
			}),
			404,
		);
	});
});

describe('POST /api/profile-subscription-bulk-create-jobs', () => {
	it('subscribes each channel given, adds to a single opt-in list, and lifts unsubscribe suppressions', async () => {
		const list = emu.store.addList({ name: 'L' });
		const returning = emu.store.addProfile({ email: 'back@x.com' });
		returning.subscriptions.email.marketing.consent = 'UNSUBSCRIBED';
		returning.subscriptions.email.marketing.suppression.push(
			{ reason: 'UNSUBSCRIBE', timestamp: '2024-01-01T00:00:00+00:00' },
			{ reason: 'HARD_BOUNCE', timestamp: '2024-01-01T00:00:00+00:00' },
		);
		const reply = await api(emu, 'POST', '/api/profile-subscription-bulk-create-jobs', {
			body: subscribeJob(
				[
					{ email: 'back@x.com', subscriptions: emailConsent('SUBSCRIBED') },
					{ email: 'new@x.com', subscriptions: emailConsent('SUBSCRIBED') },
				],
				list.id,
			),
		});
		expect(reply.status).toBe(202);
		expect(reply.body).toBeUndefined();
		expect(marketing('back@x.com')).toMatchObject({
			consent: 'SUBSCRIBED',
			suppression: [{ reason: 'HARD_BOUNCE' }],
		});
		expect(marketing('new@x.com').consent).toBe('SUBSCRIBED');
		expect(list.members.size).toBe(2);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('without a list: subscribes but joins no list', async () => {
		const list = emu.store.addList({ name: 'Untouched' });
		await api(emu, 'POST', '/api/profile-subscription-bulk-create-jobs', {
			body: subscribeJob([{ email: 'solo@x.com', subscriptions: emailConsent('SUBSCRIBED') }]),
		});
		expect(marketing('solo@x.com').consent).toBe('SUBSCRIBED');
		expect(list.members.size).toBe(0);
	});

	it('historical_import needs consented_at in the past; over 1000 profiles → 400', async () => {
		const missing = subscribeJob(
			[{ email: 'h@x.com', subscriptions: emailConsent('SUBSCRIBED') }],
			undefined,
			{
				historical_import: true,
			},
		);
		expectKlaviyoError(
			await api(emu, 'POST', '/api/profile-subscription-bulk-create-jobs', { body: missing }),
			400,
		);
		const tooMany = subscribeJob(
			Array.from({ length: 1001 }, (_, i) => ({
				email: `p${i}@x.com`,
				subscriptions: emailConsent('SUBSCRIBED'),
			})),
		);
		expectKlaviyoError(
			await api(emu, 'POST', '/api/profile-subscription-bulk-create-jobs', { body: tooMany }),
			400,
		);
		expect(emu.store.profiles.size).toBe(0);
	});
});

describe('POST /api/profile-subscription-bulk-delete-jobs', () => {
	it('with a list: members get a list suppression, NON-members are unsubscribed globally', async () => {
		const list = emu.store.addList({ name: 'L' });
		const member = emu.store.addProfile({ email: 'member@x.com' });
		emu.store.addProfile({ email: 'outsider@x.com' });
		emu.store.addMember(list, member.id);
		const reply = await api(emu, 'POST', '/api/profile-subscription-bulk-delete-jobs', {
			body: unsubscribeJob(['member@x.com', 'outsider@x.com'], list.id),
		});
		expect(reply.status).toBe(202);
		expect(marketing('member@x.com')).toMatchObject({
			consent: 'NEVER_SUBSCRIBED',
			suppression: [],
			list_suppressions: [{ list_id: list.id, reason: 'UNSUBSCRIBE' }],
		});
		expect(marketing('outsider@x.com')).toMatchObject({
			consent: 'UNSUBSCRIBED',
			suppression: [{ reason: 'UNSUBSCRIBE' }],
			list_suppressions: [],
		});
		const exclusions = await api(emu, 'GET', '/api/profiles', {
			query: { filter: `equals(subscriptions.email.marketing.list_suppressions.list_id,"${list.id}")` },
		});
		expect(exclusions.body.data.map((p: { id: string }) => p.id)).toEqual([member.id]);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('without a list everyone is unsubscribed globally; unknown emails are created unsubscribed', async () => {
		await api(emu, 'POST', '/api/profile-subscription-bulk-delete-jobs', {
			body: unsubscribeJob(['ghost@x.com']),
		});
		expect(marketing('ghost@x.com').consent).toBe('UNSUBSCRIBED');
		const reply = await api(emu, 'GET', '/api/profiles', {
			query: { filter: 'equals(email,"ghost@x.com")', 'additional-fields[profile]': 'subscriptions' },
		});
		expect(reply.body.data[0].attributes.subscriptions.email.marketing.can_receive_email_marketing).toBe(
			false,
		);
	});

	it('more than 100 profiles → 400', async () => {
		const emails = Array.from({ length: 101 }, (_, i) => `u${i}@x.com`);
		expectKlaviyoError(
			await api(emu, 'POST', '/api/profile-subscription-bulk-delete-jobs', { body: unsubscribeJob(emails) }),
			400,
		);
	});
});
