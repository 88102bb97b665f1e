/**
 * What shops and apps do with the whole API, end to end against the emulator: a catalog synced by
 * bulk jobs and read back by cursor, coupon codes by the thousand, a campaign sent, a webhook's life.
 */
import { describe, expect, it } from 'vitest';
import {
	bulkJobs,
	CampaignsApi,
	CatalogsApi,
	CouponsApi,
	equals,
	ListsApi,
	WebhooksApi,
	waitForJob,
} from '../../src/api/index.js';
import { useApi } from './setup.js';

const t = useApi();

describe('flows', () => {
	it('a catalog of 2,500 items synced by 25 bulk jobs and read back by cursor', async () => {
		const catalogs = new CatalogsApi(t.connection);
		const items = Array.from({ length: 2500 }, (_, i) => ({
			type: 'catalog-item' as const,
			attributes: {
				external_id: `SKU-${i}`,
				title: `Product ${i}`,
				description: `The ${i}th product`,
				url: `https://shop.example/products/${i}`,
				price: 10 + i,
			},
		}));
		const result = await bulkJobs(catalogs, 'catalog-item-bulk-create-job', items, { wait: { interval: 1 } });
		expect(result.chunks).toHaveLength(25);
		expect(result.chunks.every((c) => c.count === 100 && c.ok)).toBe(true);
		expect(result.chunks.map((c) => c.job?.data.attributes.status)).toEqual(Array(25).fill('complete'));
		expect(result.chunks.reduce((n, c) => n + Number(c.job?.data.attributes.completed_count), 0)).toBe(2500);

		const titles = new Map<string, string>();
		let pages = 0;
		for await (const page of catalogs.getCatalogItems({ pageSize: 100, sort: 'created' }).pages()) {
			pages++;
			for (const item of page.data)
				titles.set(String(item.attributes.external_id), String(item.attributes.title));
		}
		expect(pages).toBe(25);
		expect(titles.size).toBe(2500);
		expect(titles.get('SKU-0')).toBe('Product 0');
		expect(titles.get('SKU-2499')).toBe('Product 2499');
		// Filtered by what was written: one item, its price read back.
		const one = await catalogs.getCatalogItems({ filter: 'contains(title,"Product 1234")' });
		expect(one.data.map((item) => [item.attributes.external_id, item.attributes.price])).toEqual([
			['SKU-1234', 1244],
		]);
	});

	it('5,000 coupon codes created by 5 bulk jobs and listed', async () => {
		const coupons = new CouponsApi(t.connection);
		const coupon = await coupons.createCoupon({
			data: { type: 'coupon', attributes: { external_id: 'SUMMER10', description: '10 % off in summer' } },
		});
		const codes = Array.from({ length: 5000 }, (_, i) => ({
			type: 'coupon-code' as const,
			attributes: {
				unique_code: `SUMMER10-${String(i).padStart(5, '0')}`,
				expires_at: '2027-09-01T00:00:00Z',
			},
			relationships: { coupon: { data: { type: 'coupon' as const, id: coupon.data.id } } },
		}));
		const result = await bulkJobs(coupons, 'coupon-code-bulk-create-job', codes, { wait: { interval: 1 } });
		expect(result.chunks.map((c) => c.count)).toEqual([1000, 1000, 1000, 1000, 1000]);
		expect(result.chunks.map((c) => c.job?.data.attributes.status)).toEqual(Array(5).fill('complete'));

		const listed = new Set<string>();
		for await (const code of coupons.getCouponCodes({ filter: equals('coupon.id', coupon.data.id) })) {
			listed.add(String(code.attributes.unique_code));
		}
		expect(listed.size).toBe(5000);
		expect(listed.has('SUMMER10-04999')).toBe(true);
	});

	it('a campaign created, its send job awaited to the end', async () => {
		const list = await new ListsApi(t.connection).createList({
			data: { type: 'list', attributes: { name: 'VIP' } },
		});
		const campaigns = new CampaignsApi(t.connection);
		const campaign = await campaigns.createCampaign({
			data: {
				type: 'campaign',
				attributes: {
					name: 'Summer sale',
					audiences: { included: [list.data.id] },
					'campaign-messages': {
						data: [
							{ type: 'campaign-message', attributes: { definition: { channel: 'email', label: 'Summer' } } },
						],
					},
				},
			},
		});
		expect(campaign.data.attributes.name).toBe('Summer sale');
		const job = await campaigns.sendCampaign({ data: { type: 'campaign-send-job', id: campaign.data.id } });
		const done = await waitForJob(campaigns, job, { interval: 1 });
		expect(done.data).toMatchObject({
			type: 'campaign-send-job',
			id: campaign.data.id,
			attributes: { status: 'complete' },
		});
		const polls = t.emu.requests.filter((r) => r.path === `/api/campaign-send-jobs/${campaign.data.id}`);
		expect(polls.length).toBeGreaterThanOrEqual(1);
		const sent = await campaigns.getCampaign(campaign.data.id);
		expect(sent.data.attributes.status).not.toBe('Draft');
	});

	it('a webhook created, listed, deleted', async () => {
		const webhooks = new WebhooksApi(t.connection);
		// A topic Klaviyo documents (the spec's example); the emulator holds no topic list of its own.
		const topic = { id: 'event:klaviyo.sent_sms' };
		const created = await webhooks.createWebhook({
			data: {
				type: 'webhook',
				attributes: {
					name: 'Orders to the warehouse',
					endpoint_url: 'https://warehouse.example/klaviyo',
					secret_key: 'a-secret-of-at-least-some-length',
				},
				relationships: { 'webhook-topics': { data: [{ type: 'webhook-topic', id: topic.id }] } },
			},
		});
		const listed = await webhooks.getWebhooks();
		expect(listed.data.map((w) => [w.id, w.attributes.name])).toEqual([
			[created.data.id, 'Orders to the warehouse'],
		]);
		const read = await webhooks.getWebhook(created.data.id, { include: ['webhook-topics'] });
		expect(read.data.attributes.endpoint_url).toBe('https://warehouse.example/klaviyo');
		await webhooks.deleteWebhook(created.data.id);
		expect((await webhooks.getWebhooks()).data).toEqual([]);
		await expect(webhooks.getWebhook(created.data.id)).rejects.toMatchObject({ statusCode: 404 });
	});
});
