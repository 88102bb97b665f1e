/**
 * Bulk replay through a first-party relay in Chromium: a page whose client has `endpoint: '/k'`
 * and comes from `createBatchedClient` sends what is queued for a shopper to `/k/track-bulk` in one
 * request (no CORS preflight), the relay (adapters/relay.ts, mounted on the shop's origin) sends it
 * on as one `/client/event-bulk-create`; at page exit the bulk leaves by `sendBeacon`.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRelay } from '../../adapters/relay.js';
import { storedEvents, until } from '../public/helpers.js';
import { buildStorefrontModule } from './bundles.js';
import { launchChromium } from './chromium.js';
import { type Site, startSite } from './site.js';

let emu: EmulatorServer;
let site: Site;
let browser: Browser;

beforeAll(async () => {
	[emu, browser] = await Promise.all([startEmulator(), launchChromium()]);
	// No retries of its own: Klaviyo's faults reach the page, which is what is under test.
	site = await startSite(createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, maxRetries: 0 }));
	site.files.set('/sdk.js', await buildStorefrontModule());
	site.files.set(
		'/shop.html',
		`<!doctype html><title>Shop</title><script type="module">
import * as sdk from '/sdk.js';
window.sdk = sdk;
window.ready = true;
</script>`,
	);
	site.files.set('/next.html', '<!doctype html><title>next</title><p>Thanks!</p>');
});
afterEach(() => {
	emu.reset();
	site.log.length = 0;
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});

type Win = {
	sdk: typeof import('../../src/public/index.js') & typeof import('../../src/public/storefront.js');
};

async function shop(page: Page): Promise<void> {
	await page.goto(`${site.url}/shop.html`);
	await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
}

/** `METHOD /path` of what reached the relay. */
const relayed = () => site.log.filter((line) => line.includes('/k/')).map((line) => line.split('?')[0]);

describe('bulk replay through the relay, in Chromium', () => {
	it('100 events stored while the relay was unreachable arrive once each, in at most 5 requests, under faults', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await shop(page);
		await page.evaluate(
			async ([key]) => {
				const { sdk } = window as unknown as Win;
				// The network is gone: every attempt fails at once, and no beacon leaves at exit
				// (one handed over would count as sent): the events stay stored for the next page.
				const offline = () => Promise.reject(new TypeError('Failed to fetch'));
				Object.defineProperty(navigator, 'sendBeacon', { value: () => false });
				const client = sdk.createClient(key!, {
					endpoint: '/k',
					maxRetries: 0,
					onError: () => {},
					fetch: offline,
				});
				await Promise.allSettled(
					Array.from({ length: 100 }, (_, n) =>
						sdk.track(client, { event: 'Stored', email: 'stored@example.com', properties: { n } }),
					),
				);
			},
			[emu.publicKey],
		);
		await page.close();
		expect(relayed()).toEqual([]);
		emu.faults.add({ method: 'POST', path: '/client/*', status: 503, times: 1 });
		emu.faults.add({ method: 'POST', path: '/client/*', drop: true, times: 1 });
		// The next page of the shop (same browser profile) finds the stored queue and replays it.
		const next = await context.newPage();
		await shop(next);
		await next.evaluate(
			([key]) => {
				const { sdk } = window as unknown as Win;
				sdk.createBatchedClient(key!, { endpoint: '/k' });
			},
			[emu.publicKey],
		);
		await until(() => emu.store.events.length === 100, 15_000, 'the replay');
		await new Promise((resolve) => setTimeout(resolve, 500));
		const requests = relayed();
		expect(requests.length).toBeLessThanOrEqual(5);
		expect(new Set(requests)).toEqual(new Set(['POST /k/track-bulk']));
		expect(new Set(emu.store.events.map((event) => event.properties.n)).size).toBe(100);
		expect(new Set(emu.store.events.map((event) => event.unique_id)).size).toBe(100);
		expect(site.log.filter((line) => line.startsWith('OPTIONS'))).toEqual([]);
		expect(emu.invalidRequests()).toEqual([]);
		console.info(
			`Chromium, through the relay: 100 stored events replayed in ${requests.length} requests (2 faults)`,
		);
		await context.close();
	}, 40_000);

	it('at page exit, what waits for the relay leaves as one beacon to /k/track-bulk', async () => {
		const page = await (await browser.newContext()).newPage();
		await shop(page);
		// Klaviyo says "later" to the first two requests (the first event alone, then the bulk of the rest).
		emu.faults.add({ method: 'POST', path: '/client/*', status: 429, retryAfter: 30, times: 2 });
		await page.evaluate(
			([key]) => {
				const { sdk } = window as unknown as Win;
				const client = sdk.createBatchedClient(key!, { endpoint: '/k' });
				for (let n = 0; n < 10; n++)
					void sdk.track(client, { event: 'Left', email: 'left@example.com', properties: { n } });
			},
			[emu.publicKey],
		);
		await page.waitForFunction(
			() => {
				const queue = JSON.parse(
					Object.entries(localStorage).find(([key]) => key.startsWith('kx:queue:'))?.[1] ?? '[]',
				);
				return queue.length === 10 && queue.every((item: { tries: number }) => item.tries === 1);
			},
			undefined,
			{ polling: 50 },
		);
		expect(relayed()).toEqual(['GET /k/track', 'POST /k/track-bulk']);
		await page.evaluate(() => {
			location.href = '/next.html';
		});
		await page.waitForURL('**/next.html');
		await until(() => storedEvents(emu, 'Left').length === 10, 5_000, 'the beacon');
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(relayed()).toEqual(['GET /k/track', 'POST /k/track-bulk', 'POST /k/track-bulk']);
		expect(new Set(storedEvents(emu, 'Left').map((event) => event.properties.n)).size).toBe(10);
		expect(emu.invalidRequests()).toEqual([]);
		await page.context().close();
	}, 30_000);
});
