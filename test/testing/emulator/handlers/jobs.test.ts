/**
 * Klaviyo's pollable jobs: accepted `queued`, `processing` for `jobSteps` GETs, then `complete`,
 * when their work is done (items that cannot be done become the job's errors). A completed bulk
 * create job's records are in the store: 2,500 catalog items read back by cursor, 5,000 coupon
 * codes listed.
 */
import type { EmulatorServer } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	api,
	expectConformingResponses,
	expectKlaviyoError,
	listBody,
	startTestEmulator,
} from '../helpers.js';

let emu: EmulatorServer;

beforeAll(async () => {
	emu = await startTestEmulator({ jobSteps: 1 });
});
afterAll(() => emu.close());
afterEach(() => {
	try {
		expectConformingResponses(emu);
		expect(emu.invalidRequests().map((r) => r.violations)).toEqual([]);
	} finally {
		emu.reset();
	}
});

const catalogItem = (sku: string, title = `Item ${sku}`) => ({
	type: 'catalog-item',
	attributes: { external_id: sku, title, description: 'd', url: `https://shop.example/${sku}` },
});

const itemsJob = (action: 'create' | 'update' | 'delete', items: unknown[]) => ({
	data: { type: `catalog-item-bulk-${action}-job`, attributes: { items: { data: items } } },
});

/** Polls a job until it is no longer queued or processing; returns the statuses seen and the last answer. */
async function poll(path: string, query: Record<string, string> = {}) {
	const statuses: string[] = [];
	for (let i = 0; i < 10; i++) {
		const reply = await api(emu, 'GET', path, { query });
		expect(reply.status).toBe(200);
		statuses.push(reply.body.data.attributes.status);
		if (!['queued', 'processing'].includes(reply.body.data.attributes.status)) return { statuses, reply };
	}
	throw new Error(`${path} never finished: ${statuses.join(', ')}`);
}

describe('catalog bulk jobs', () => {
	it('2,500 items synced by 25 create jobs of 100, then read back by cursor', async () => {
		const jobs: string[] = [];
		for (let job = 0; job < 25; job++) {
			const items = Array.from({ length: 100 }, (_, i) => catalogItem(`SKU-${job * 100 + i}`));
			const accepted = await api(emu, 'POST', '/api/catalog-item-bulk-create-jobs', {
				body: itemsJob('create', items),
			});
			expect(accepted.status).toBe(202);
			expect(accepted.body.data.attributes).toMatchObject({
				status: 'queued',
				total_count: 100,
				completed_count: 0,
			});
			jobs.push(accepted.body.data.id);
		}
		// Nothing exists before a job runs.
		expect((await api(emu, 'GET', '/api/catalog-items')).body.data).toEqual([]);
		for (const id of jobs) {
			const { statuses, reply } = await poll(`/api/catalog-item-bulk-create-jobs/${id}`);
			expect(statuses).toEqual(['processing', 'complete']);
			expect(reply.body.data.attributes).toMatchObject({ completed_count: 100, failed_count: 0, errors: [] });
			expect(reply.body.data.attributes.completed_at).toMatch(/^\d{4}-/);
		}
		const seen: string[] = [];
		let next: string | undefined = `${emu.url}/api/catalog-items?page%5Bsize%5D=100`;
		let pages = 0;
		while (next) {
			const reply = await fetch(next, {
				headers: { revision: '2026-07-15', authorization: `Klaviyo-API-Key ${emu.privateKey}` },
			});
			const body = (await reply.json()) as { data: Array<{ id: string }>; links: { next?: string } };
			seen.push(...body.data.map((item) => item.id));
			next = body.links.next;
			pages++;
		}
		expect(pages).toBe(25);
		expect(seen).toHaveLength(2500);
		expect(new Set(seen).size).toBe(2500);
		expect(seen[2499]).toBe('$custom:::$default:::SKU-2499');
		// The job lists what it made.
		const made = await api(emu, 'GET', `/api/catalog-item-bulk-create-jobs/${jobs[0]}`, {
			query: { include: 'items' },
		});
		expect(made.body.included).toHaveLength(100);
		const complete = await api(emu, 'GET', '/api/catalog-item-bulk-create-jobs', {
			query: { filter: "equals(status,'complete')" },
		});
		expect(complete.body.data).toHaveLength(25);
	}, 60_000);

	it('items that cannot be done are the job errors; the rest are done (status stays complete)', async () => {
		await api(emu, 'POST', '/api/catalog-items', { body: { data: catalogItem('TAKEN') } });
		const created = await api(emu, 'POST', '/api/catalog-item-bulk-create-jobs', {
			body: itemsJob('create', [catalogItem('NEW'), catalogItem('TAKEN')]),
		});
		const { reply } = await poll(`/api/catalog-item-bulk-create-jobs/${created.body.data.id}`);
		expect(reply.body.data.attributes).toMatchObject({
			status: 'complete',
			completed_count: 1,
			failed_count: 1,
		});
		expect(reply.body.data.attributes.errors).toMatchObject([
			{
				code: 'conflict',
				detail: expect.stringContaining('already exists'),
				source: { pointer: '/data/attributes/items/data/1' },
			},
		]);

		const updates = [
			{ type: 'catalog-item', id: '$custom:::$default:::NEW', attributes: { title: 'New title' } },
			{ type: 'catalog-item', id: '$custom:::$default:::MISSING', attributes: { title: 'x' } },
		];
		const update = await api(emu, 'POST', '/api/catalog-item-bulk-update-jobs', {
			body: itemsJob('update', updates),
		});
		const updated = await poll(`/api/catalog-item-bulk-update-jobs/${update.body.data.id}`);
		expect(updated.reply.body.data.attributes).toMatchObject({
			status: 'complete',
			completed_count: 1,
			failed_count: 1,
		});
		expect(updated.reply.body.data.attributes.errors[0].source).toEqual({
			pointer: '/data/attributes/items/data/1/id',
		});
		const item = await api(
			emu,
			'GET',
			`/api/catalog-items/${encodeURIComponent('$custom:::$default:::NEW')}`,
		);
		expect(item.body.data.attributes.title).toBe('New title');

		const deletes = [
			{ type: 'catalog-item', id: '$custom:::$default:::NEW' },
			{ type: 'catalog-item', id: '$custom:::$default:::TAKEN' },
		];
		const removal = await api(emu, 'POST', '/api/catalog-item-bulk-delete-jobs', {
			body: itemsJob('delete', deletes),
		});
		const removed = await poll(`/api/catalog-item-bulk-delete-jobs/${removal.body.data.id}`);
		expect(removed.reply.body.data.attributes).toMatchObject({ completed_count: 2, failed_count: 0 });
		expect((await api(emu, 'GET', '/api/catalog-items')).body.data).toEqual([]);
	});

	it('a job over its documented maximum (100 items) is refused, before anything happens', async () => {
		const items = Array.from({ length: 101 }, (_, i) => catalogItem(`X${i}`));
		const [error] = expectKlaviyoError(
			await api(emu, 'POST', '/api/catalog-item-bulk-create-jobs', { body: itemsJob('create', items) }),
			400,
		);
		expect(error!.detail).toMatch(/At most 100/);
		expect(emu.requests.at(-1)!.valid).toBe(false);
		emu.reset();
	});
});

describe('coupon codes', () => {
	it('5,000 codes created by 5 jobs of 1,000 and listed for their coupon', async () => {
		await api(emu, 'POST', '/api/coupons', {
			body: { data: { type: 'coupon', attributes: { external_id: 'SUMMER' } } },
		});
		for (let job = 0; job < 5; job++) {
			const codes = Array.from({ length: 1000 }, (_, i) => ({
				type: 'coupon-code',
				attributes: { unique_code: `C${job * 1000 + i}` },
				relationships: { coupon: { data: { type: 'coupon', id: 'SUMMER' } } },
			}));
			const accepted = await api(emu, 'POST', '/api/coupon-code-bulk-create-jobs', {
				body: {
					data: { type: 'coupon-code-bulk-create-job', attributes: { 'coupon-codes': { data: codes } } },
				},
			});
			expect(accepted.status).toBe(202);
			const { reply } = await poll(`/api/coupon-code-bulk-create-jobs/${accepted.body.data.id}`);
			expect(reply.body.data.attributes).toMatchObject({ status: 'complete', completed_count: 1000 });
		}
		let count = 0;
		let next: string | undefined =
			`${emu.url}/api/coupon-codes?filter=${encodeURIComponent('equals(coupon.id,"SUMMER")')}`;
		while (next) {
			const reply = await fetch(next, {
				headers: { revision: '2026-07-15', authorization: `Klaviyo-API-Key ${emu.privateKey}` },
			});
			const body = (await reply.json()) as {
				data: Array<{ id: string; attributes: { status: string } }>;
				links: { next?: string };
			};
			count += body.data.length;
			expect(
				body.data.every((code) => code.id.startsWith('SUMMER-') && code.attributes.status === 'UNASSIGNED'),
			).toBe(true);
			next = body.links.next;
		}
		expect(count).toBe(5000);
		const ids = await api(emu, 'GET', '/api/coupons/SUMMER/relationships/coupon-codes');
		expect(ids.body.data.length).toBeGreaterThan(0);
	}, 60_000);

	it('codes for a coupon that does not exist fail, each one an error of the job', async () => {
		const codes = ['A', 'B'].map((code) => ({
			type: 'coupon-code',
			attributes: { unique_code: code },
			relationships: { coupon: { data: { type: 'coupon', id: 'NOPE' } } },
		}));
		const accepted = await api(emu, 'POST', '/api/coupon-code-bulk-create-jobs', {
			body: {
				data: { type: 'coupon-code-bulk-create-job', attributes: { 'coupon-codes': { data: codes } } },
			},
		});
		const { reply } = await poll(`/api/coupon-code-bulk-create-jobs/${accepted.body.data.id}`);
		expect(reply.body.data.attributes).toMatchObject({
			status: 'complete',
			completed_count: 0,
			failed_count: 2,
		});
		expect(
			reply.body.data.attributes.errors.map((e: { source: { pointer: string } }) => e.source.pointer),
		).toEqual([
			'/data/attributes/coupon-codes/data/0/relationships/coupon/data/id',
			'/data/attributes/coupon-codes/data/1/relationships/coupon/data/id',
		]);
	});
});

describe('campaigns', () => {
	async function campaign(listId: string) {
		const reply = await api(emu, 'POST', '/api/campaigns', {
			body: {
				data: {
					type: 'campaign',
					attributes: {
						name: 'Launch',
						audiences: { included: [listId] },
						'campaign-messages': {
							data: [{ type: 'campaign-message', attributes: { definition: { channel: 'email' } } }],
						},
					},
				},
			},
		});
		return reply.body.data.id as string;
	}

	it('a send job completes and the campaign is Sent; its recipient estimation counts its list', async () => {
		const list = emu.store.addList({ name: 'Launch list' });
		for (const email of ['a@example.com', 'b@example.com', 'c@example.com'])
			list.members.set(emu.store.addProfile({ email }).id, '2026-01-01T00:00:00+00:00');
		const id = await campaign(list.id);
		const send = await api(emu, 'POST', '/api/campaign-send-jobs', {
			body: { data: { type: 'campaign-send-job', id } },
		});
		expect(send.status).toBe(202);
		expect(send.body.data).toMatchObject({ id, attributes: { status: 'queued' } });
		const { statuses } = await poll(`/api/campaign-send-jobs/${id}`);
		expect(statuses).toEqual(['processing', 'complete']);
		const sent = await api(emu, 'GET', `/api/campaigns/${id}`);
		expect(sent.body.data.attributes.status).toBe('Sent');
		expect(sent.body.data.attributes.send_time).toMatch(/^\d{4}-/);

		expectKlaviyoError(await api(emu, 'GET', `/api/campaign-recipient-estimations/${id}`), 404);
		const estimate = { data: { type: 'campaign-recipient-estimation-job', id } };
		await api(emu, 'POST', '/api/campaign-recipient-estimation-jobs', { body: estimate });
		await poll(`/api/campaign-recipient-estimation-jobs/${id}`);
		const estimation = await api(emu, 'GET', `/api/campaign-recipient-estimations/${id}`);
		expect(estimation.body.data).toMatchObject({ id, attributes: { estimated_recipient_count: 3 } });
	});

	it('a send cancelled before it completes is cancelled, and the campaign too (revert: back to Draft)', async () => {
		const id = await campaign(emu.store.addList({ name: 'L' }).id);
		await api(emu, 'POST', '/api/campaign-send-jobs', { body: { data: { type: 'campaign-send-job', id } } });
		const cancel = { data: { type: 'campaign-send-job', id, attributes: { action: 'cancel' } } };
		expect((await api(emu, 'PATCH', `/api/campaign-send-jobs/${id}`, { body: cancel })).status).toBe(204);
		expect((await api(emu, 'GET', `/api/campaign-send-jobs/${id}`)).body.data.attributes.status).toBe(
			'cancelled',
		);
		expect((await api(emu, 'GET', `/api/campaigns/${id}`)).body.data.attributes.status).toBe('Cancelled');

		const other = await campaign(emu.store.addList({ name: 'M' }).id);
		await api(emu, 'POST', '/api/campaign-send-jobs', {
			body: { data: { type: 'campaign-send-job', id: other } },
		});
		const revert = { data: { type: 'campaign-send-job', id: other, attributes: { action: 'revert' } } };
		await api(emu, 'PATCH', `/api/campaign-send-jobs/${other}`, { body: revert });
		expect((await api(emu, 'GET', `/api/campaigns/${other}`)).body.data.attributes.status).toBe('Draft');
	});

	it('sending a campaign that does not exist is a 404', async () => {
		expectKlaviyoError(
			await api(emu, 'POST', '/api/campaign-send-jobs', {
				body: { data: { type: 'campaign-send-job', id: 'NOPE' } },
			}),
			404,
		);
	});
});

describe('profile suppression', () => {
	it('suppresses by email (creating the profile), then unsuppresses', async () => {
		const known = emu.store.addProfile({ email: 'known@example.com' });
		const profiles = (emails: string[]) => ({
			data: emails.map((email) => ({ type: 'profile', attributes: { email } })),
		});
		const suppress = await api(emu, 'POST', '/api/profile-suppression-bulk-create-jobs', {
			body: {
				data: {
					type: 'profile-suppression-bulk-create-job',
					attributes: { profiles: profiles(['known@example.com', 'new@example.com']) },
				},
			},
		});
		expect(suppress.status).toBe(202);
		const { reply } = await poll(`/api/profile-suppression-bulk-create-jobs/${suppress.body.data.id}`);
		expect(reply.body.data.attributes).toMatchObject({
			status: 'complete',
			total_count: 2,
			completed_count: 2,
		});
		const reasons = (email: string) =>
			emu.store.profileByEmail(email)!.subscriptions.email.marketing.suppression.map((s) => s.reason);
		expect(reasons('known@example.com')).toEqual(['USER_SUPPRESSED']);
		expect(reasons('new@example.com')).toEqual(['USER_SUPPRESSED']);
		const read = await api(emu, 'GET', `/api/profiles/${known.id}`, {
			query: { 'additional-fields[profile]': 'subscriptions' },
		});
		expect(read.body.data.attributes.subscriptions.email.marketing.can_receive_email_marketing).toBe(false);

		const unsuppress = await api(emu, 'POST', '/api/profile-suppression-bulk-delete-jobs', {
			body: {
				data: {
					type: 'profile-suppression-bulk-delete-job',
					attributes: { profiles: profiles(['known@example.com']) },
				},
			},
		});
		await poll(`/api/profile-suppression-bulk-delete-jobs/${unsuppress.body.data.id}`);
		expect(reasons('known@example.com')).toEqual([]);
	});

	it('suppresses every member of a list', async () => {
		const listId = (await api(emu, 'POST', '/api/lists', { body: listBody('Bounced') })).body.data
			.id as string;
		const member = emu.store.addProfile({ email: 'member@example.com' });
		emu.store.lists.get(listId)!.members.set(member.id, '2026-01-01T00:00:00+00:00');
		const job = await api(emu, 'POST', '/api/profile-suppression-bulk-create-jobs', {
			body: {
				data: {
					type: 'profile-suppression-bulk-create-job',
					attributes: {},
					relationships: { list: { data: { type: 'list', id: listId } } },
				},
			},
		});
		await poll(`/api/profile-suppression-bulk-create-jobs/${job.body.data.id}`);
		expect(member.subscriptions.email.marketing.suppression.map((s) => s.reason)).toEqual([
			'USER_SUPPRESSED',
		]);
	});
});
