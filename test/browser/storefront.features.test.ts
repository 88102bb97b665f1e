/**
 * klaviyo-edge/storefront in Chromium against the emulator: back in stock, reviews, page views in a
 * single-page storefront, and a stored queue replayed in bulk.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanTraffic, until } from '../public/helpers.js';
import { buildStorefrontModule } from './bundles.js';
import { launchChromium } from './chromium.js';
import { type Site, startSite } from './site.js';

let emu: EmulatorServer;
let site: Site;
let browser: Browser;

beforeAll(async () => {
	[emu, browser, site] = await Promise.all([startEmulator(), launchChromium(), startSite()]);
	site.files.set('/sdk.js', await buildStorefrontModule());
	site.files.set(
		'/shop.html',
		`<!doctype html><title>Shop</title><script type="module">
import * as sdk from '/sdk.js';
window.sdk = sdk;
window.open = (options = {}) => {
	window.klaviyo = sdk.createClient(${JSON.stringify('KEY')}, { baseUrl: ${JSON.stringify('URL')}, ...options });
	return window.klaviyo;
};
window.ready = true;
</script>`,
	);
});
afterEach(() => emu.reset());
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});

async function shop(): Promise<Page> {
	site.files.set(
		'/shop.html',
		site.files
			.get('/shop.html')!
			.replace('"KEY"', JSON.stringify(emu.publicKey))
			.replace('"URL"', JSON.stringify(emu.url)),
	);
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${site.url}/shop.html`);
	await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
	return page;
}

type Sdk = typeof import('../../src/public/index.js') & typeof import('../../src/public/storefront.js');
type Win = {
	sdk: Sdk;
	open(options?: object): import('../../src/public/index.js').Client;
	klaviyo: import('../../src/public/index.js').Client;
};

describe('klaviyo-edge/storefront in Chromium', () => {
	it('back in stock: the request reaches Klaviyo, spec-valid; bad input throws before any request', async () => {
		const page = await shop();
		const refused = await page.evaluate(() => {
			const { sdk, open } = window as unknown as Win;
			const client = open();
			try {
				sdk.subscribeBackInStock(client, { variantId: '$shopify:::$default:::1', channels: ['EMAIL'] });
			} catch (error) {
				return [(error as Error).name, (error as { field: string }).field];
			}
		});
		expect(refused).toEqual(['KlaviyoValidationError', 'email']);
		expect(emu.requests).toEqual([]);
		await page.evaluate(() => {
			const { sdk, klaviyo } = window as unknown as Win;
			return sdk.subscribeBackInStock(klaviyo, {
				variantId: '$shopify:::$default:::33001893429341',
				email: 'waiting@example.com',
				phone: '+15005550006',
				channels: ['EMAIL', 'SMS'],
			});
		});
		expect(emu.store.backInStock).toMatchObject([
			{ variantId: '$shopify:::$default:::33001893429341', channels: ['EMAIL', 'SMS'] },
		]);
		expect(emu.store.profileByEmail('waiting@example.com')?.phone_number).toBe('+15005550006');
		expect(emu.invalidRequests()).toEqual([]);
		await page.context().close();
	});

	it("reviews: a product's reviews page by page, their figures, and a new review", async () => {
		for (let i = 0; i < 7; i++)
			emu.store.addReview({ productId: 'P1', rating: (i % 5) + 1, content: `Review ${i}` });
		emu.store.addReview({ productId: 'P2', rating: 1 });
		emu.store.addReview({ productId: 'P1', status: 'pending' }); // not shown before moderation
		const page = await shop();
		const read = await page.evaluate(async () => {
			const { sdk, open } = window as unknown as Win;
			const client = open();
			const first = await sdk.getReviews(client, { productId: 'P1', pageSize: 3 });
			const all = await sdk.getReviews(client, { productId: 'P1', pageSize: 3 }).toArray();
			const fives = await sdk.getReviews(client, { productId: 'P1', rating: 5 }).toArray();
			const figures = await sdk.getReviewFigures(client, { productIds: ['P1', 'P2'] });
			await sdk.createReview(client, {
				product: { externalId: 'P1', integration: 'shopify' },
				email: 'reviewer@example.com',
				author: 'Reviewer',
				content: 'Fits well.',
				rating: 4,
			});
			return {
				first: first.data.length,
				next: !!first.links?.next,
				all: all.length,
				fives: fives.length,
				figures,
			};
		});
		expect(read).toEqual({
			first: 3,
			next: true,
			all: 7,
			fives: 1,
			figures: {
				P1: { average_rating: 2.57, total_reviews: 7, total_questions: 0, total_ratings: 7 },
				P2: { average_rating: 1, total_reviews: 1, total_questions: 0, total_ratings: 1 },
			},
		});
		expect(emu.store.reviews.at(-1)).toMatchObject({
			productId: 'P1',
			status: 'pending',
			rating: 4,
			author: 'Reviewer',
		});
		expect(emu.invalidRequests()).toEqual([]);
		await page.context().close();
	});

	it('page views: Viewed Page on load and on each History API navigation, once each; unsubscribe stops it', async () => {
		const page = await shop();
		await page.evaluate(async () => {
			const { sdk, open } = window as unknown as Win;
			const client = open();
			const stop = sdk.trackPageViews(client);
			// Each navigation is a task of its own, as a click is; a router's replaceState of the
			// same URL within one is the same page view.
			const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
			history.pushState({}, '', '/collections/shoes');
			history.replaceState({ scroll: 1 }, '', '/collections/shoes');
			await tick();
			history.replaceState({ scroll: 2 }, '', '/collections/shoes');
			await tick();
			history.pushState({}, '', '/products/runner');
			await tick();
			history.replaceState({}, '', '/products/runner?variant=2');
			await tick();
			history.pushState({}, '', '/collections/shoes');
			await tick();
			history.back();
			await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
			await new Promise((resolve) => setTimeout(resolve, 50));
			stop();
			history.pushState({}, '', '/after-stop');
			await sdk.flush(client);
		});
		await until(() => emu.store.events.length >= 7, 5_000, 'the page views');
		await new Promise((resolve) => setTimeout(resolve, 300));
		const views = emu.store.events
			.filter((event) => emu.store.metrics.get(event.metric_id)?.name === 'Viewed Page')
			.map(
				(event) =>
					new URL(event.properties.url as string).pathname + new URL(event.properties.url as string).search,
			);
		// Sent concurrently: recorded in any order.
		expect(views.sort()).toEqual(
			[
				'/shop.html',
				'/collections/shoes',
				'/products/runner',
				'/products/runner?variant=2',
				'/collections/shoes',
				'/products/runner?variant=2',
			].sort(),
		);
		expect(
			emu.store.events.filter((event) => emu.store.metrics.get(event.metric_id)?.name === 'Active on Site'),
		).toHaveLength(1);
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('bulk replay: 100 events stored while Klaviyo was down arrive once each, in at most 5 requests, under faults', async () => {
		const page = await shop();
		await page.evaluate(async () => {
			const { sdk, open } = window as unknown as Win;
			// The network is gone: every attempt fails at once.
			const offline = () => Promise.reject(new TypeError('Failed to fetch'));
			const client = open({ maxRetries: 0, onError: () => {}, fetch: offline });
			await Promise.allSettled(
				Array.from({ length: 100 }, (_, n) => sdk.track(client, { event: 'Stored', properties: { n } })),
			);
		});
		const context = page.context();
		await page.close();
		expect(emu.requests).toEqual([]);
		emu.faults.add({ method: 'POST', path: '/client/*', status: 503, times: 1 });
		emu.faults.add({ method: 'POST', path: '/client/*', drop: true, times: 1 });
		// The next page of the shop (same browser profile): a new client finds the stored queue and replays it in bulk.
		const next = await context.newPage();
		await next.goto(`${site.url}/shop.html`);
		await next.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
		expect(
			await next.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('kx:queue:'))),
		).toBe(true);
		await next.evaluate(
			([key, baseUrl]) => {
				const { sdk } = window as unknown as Win;
				sdk.createBatchedClient(key!, { baseUrl });
			},
			[emu.publicKey, emu.url],
		);
		await until(() => emu.store.events.length === 100, 15_000, 'the replay');
		await new Promise((resolve) => setTimeout(resolve, 500));
		const posts = emu.requests.filter((request) => request.method === 'POST');
		expect(posts.length).toBeLessThanOrEqual(5);
		expect(new Set(emu.store.events.map((event) => event.properties.n)).size).toBe(100);
		expect(emu.invalidRequests()).toEqual([]);
		console.info(`Chromium: 100 stored events replayed in ${posts.length} requests (2 faults)`);
		await context.close();
	}, 40_000);
});
