/**
 * Consent first, in Chromium: a page whose client waits for consent makes no request and writes no
 * cookie or storage until the shopper consents (asserted on the network and on storage), then
 * delivers what it held; and the recipes of docs/storefront.md, each against a stub of the platform.
 */
import { readFile } from 'node:fs/promises';
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
	for (const recipe of ['consent-shopify.js', 'consent-google.js', 'consent-cmp.js']) {
		site.files.set(
			`/${recipe}`,
			await readFile(new URL(`../../examples/storefront/${recipe}`, import.meta.url), 'utf8'),
		);
	}
});
afterEach(() => emu.reset());
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});

/** A page whose client waits for consent, with `setup` (a recipe) run after it is made. */
function pendingPage(setup = '', before = ''): string {
	return `<!doctype html><title>shop</title><script>${before}</script><script type="module">
import * as sdk from '/sdk.js';
window.sdk = sdk;
window.klaviyo = sdk.createClient(${JSON.stringify(emu.publicKey)}, { baseUrl: ${JSON.stringify(emu.url)}, consent: 'pending' });
window.calls = [
	sdk.identify(klaviyo, { email: 'consent@example.com' }),
	sdk.track(klaviyo, { event: 'Viewed Product', properties: { ProductID: 1 } }),
	sdk.track(klaviyo, { event: 'Added to Cart', properties: { ProductID: 1 } }),
];
sdk.trackPageViews(klaviyo);
${setup}
window.ready = true;
</script>`;
}

/** Everything the page keeps on the shopper: cookies, localStorage, sessionStorage, IndexedDB. */
const kept = (page: Page) =>
	page.evaluate(async () => ({
		cookie: document.cookie,
		local: Object.keys(localStorage),
		session: Object.keys(sessionStorage),
		databases: (await indexedDB.databases()).map((db) => db.name),
	}));

const nothingKept = { cookie: '', local: [], session: [], databases: [] };

async function open(html: string): Promise<{ page: Page; requests: string[] }> {
	site.files.set('/consent.html', html);
	const page = await (await browser.newContext()).newPage();
	const requests: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(site.url)) requests.push(`${request.method()} ${request.url()}`);
	});
	await page.goto(`${site.url}/consent.html`);
	await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
	return { page, requests };
}

const expectedEvents = ['Viewed Product', 'Added to Cart', 'Active on Site', 'Viewed Page'];
const names = () => emu.store.events.map((event) => emu.store.metrics.get(event.metric_id)?.name);

describe("consent: 'pending' in Chromium", () => {
	it('makes no request and keeps nothing until consent, then delivers what was held', async () => {
		const { page, requests } = await open(pendingPage());
		await page.waitForTimeout(500);
		await page.evaluate(() => dispatchEvent(new Event('pagehide'))); // even a page exit sends nothing
		await page.evaluate(() => dispatchEvent(new Event('online')));
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
		expect(emu.requests).toEqual([]);
		expect(await kept(page)).toEqual(nothingKept);

		await page.evaluate(() => {
			const w = window as unknown as { sdk: { grantConsent(c: unknown): Promise<void> }; klaviyo: unknown };
			return w.sdk.grantConsent(w.klaviyo);
		});
		expect(
			await page.evaluate(() => Promise.all((window as unknown as { calls: Promise<number>[] }).calls)),
		).toEqual([1, 1, 1]);
		await until(() => emu.store.events.length === 4, 5_000, 'the held events');
		expect(names().sort()).toEqual([...expectedEvents].sort());
		expect(emu.store.events[0]!.profile_id).toBe(emu.store.profileByEmail('consent@example.com')!.id);
		expect((await kept(page)).local.length).toBeGreaterThan(0); // consented: the queue and identity live on
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('denied: nothing sent, nothing kept, the calls resolve 0', async () => {
		const { page, requests } = await open(pendingPage());
		const outcome = await page.evaluate(async () => {
			const w = window as unknown as {
				sdk: { denyConsent(c: unknown): void };
				klaviyo: unknown;
				calls: Promise<number>[];
			};
			w.sdk.denyConsent(w.klaviyo);
			return Promise.all(w.calls);
		});
		expect(outcome).toEqual([0, 0, 0]);
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
		expect(await kept(page)).toEqual(nothingKept);
		await page.context().close();
	});
});

describe('consent recipes (docs/storefront.md)', () => {
	/** Waits for the held calls to arrive once consent is given through the stub. */
	async function delivered(page: Page, requests: string[], give: string): Promise<void> {
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
		expect(await kept(page)).toEqual(nothingKept);
		await page.evaluate(give);
		await until(() => emu.store.events.length === 4, 5_000, 'the held events');
		expect(names().sort()).toEqual([...expectedEvents].sort());
		await page.context().close();
	}

	it("Shopify's Customer Privacy API", async () => {
		// The stub: undecided at load; the banner's choice comes as visitorConsentCollected.
		const stub = `window.Shopify = { loadFeatures(features, done) { setTimeout(() => done()); },
			customerPrivacy: { currentVisitorConsent: () => ({ marketing: '', analytics: '', preferences: '', sale_of_data: '' }) } };`;
		const { page, requests } = await open(
			pendingPage(
				`import { consentFromShopify } from '/consent-shopify.js'; consentFromShopify(sdk, klaviyo);`,
				stub,
			),
		);
		await delivered(
			page,
			requests,
			`document.dispatchEvent(new CustomEvent('visitorConsentCollected', { detail: { marketingAllowed: true, analyticsAllowed: true } }))`,
		);
	});

	it('Shopify: a shopper who already said no is never tracked', async () => {
		const stub = `window.Shopify = { loadFeatures(features, done) { setTimeout(() => done()); },
			customerPrivacy: { currentVisitorConsent: () => ({ marketing: 'no' }) } };`;
		const { page, requests } = await open(
			pendingPage(
				`import { consentFromShopify } from '/consent-shopify.js'; consentFromShopify(sdk, klaviyo);`,
				stub,
			),
		);
		expect(
			await page.evaluate(() => Promise.all((window as unknown as { calls: Promise<number>[] }).calls)),
		).toEqual([0, 0, 0]);
		expect(requests).toEqual([]);
		await page.context().close();
	});

	it('Google Consent Mode v2 (ad_user_data, analytics_storage)', async () => {
		const gtag = `window.dataLayer = []; function gtag() { dataLayer.push(arguments); }
			gtag('consent', 'default', { ad_user_data: 'denied', ad_storage: 'denied', analytics_storage: 'denied' });`;
		const { page, requests } = await open(
			pendingPage(
				`import { consentFromGoogle } from '/consent-google.js'; consentFromGoogle(sdk, klaviyo);`,
				gtag,
			),
		);
		await delivered(
			page,
			requests,
			`gtag('consent', 'update', { ad_user_data: 'granted', analytics_storage: 'granted' })`,
		);
	});

	it('a generic consent manager callback', async () => {
		const cmp = `window.cmp = { listeners: [], onChange(listener) { this.listeners.push(listener); },
			choose(categories) { for (const listener of this.listeners) listener(categories); } };`;
		const { page, requests } = await open(
			pendingPage(
				`import { consentFromCmp } from '/consent-cmp.js'; consentFromCmp(sdk, klaviyo, (listener) => cmp.onChange(listener));`,
				cmp,
			),
		);
		await delivered(page, requests, `cmp.choose(['necessary', 'marketing'])`);
	});
});
