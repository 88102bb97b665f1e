/**
 * A page written for Klaviyo's onsite object runs unchanged on klaviyo-edge/onsite, in Chromium:
 * the official snippet first, calls before the script loads (both `klaviyo.*` and `_learnq.push`
 * forms, callbacks and promises), calls after; every call arrives once, in order, spec-valid.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanTraffic, until } from '../public/helpers.js';
import { buildOnsiteScript } from './bundles.js';
import { launchChromium } from './chromium.js';
import { type Site, startSite } from './site.js';

let emu: EmulatorServer;
let site: Site;
let browser: Browser;

/** Klaviyo's own snippet, as its docs give it. */
const SNIPPET = `!function(){if(!window.klaviyo){window._klOnsite=window._klOnsite||[];try{window.klaviyo=new Proxy({},{get:function(n,i){return"push"===i?function(){var n;(n=window._klOnsite).push.apply(n,arguments)}:function(){for(var n=arguments.length,o=new Array(n),w=0;w<n;w++)o[w]=arguments[w];var t="function"==typeof o[o.length-1]?o.pop():void 0,e=new Promise((function(n){window._klOnsite.push([i].concat(o,[function(i){t&&t(i),n(i)}]))}));return e}}})}catch(n){window.klaviyo=window.klaviyo||[],window.klaviyo.push=function(){var n;(n=window._klOnsite).push.apply(n,arguments)}}}}();`;

beforeAll(async () => {
	[emu, browser, site] = await Promise.all([startEmulator(), launchChromium(), startSite()]);
	site.files.set('/onsite.js', await buildOnsiteScript());
	// A shop's page as written for klaviyo.js: only the script's URL changed.
	site.files.set(
		'/product.html',
		`<!doctype html><title>Product</title>
<script>${SNIPPET}</script>
<script>
window.log = [];
window._learnq = window._learnq || [];
_learnq.push(['identify', { $email: 'ada@example.com' }]);
_learnq.push(['track', 'Viewed Category', { Category: 'Shoes' }]);
klaviyo.identify({ email: 'ada@example.com', first_name: 'Ada' }, (profile) => log.push(['identified', profile.first_name]));
klaviyo.track('Viewed Product', { ProductID: 1111, $value: 29.99 }).then((ok) => log.push(['viewed', ok]));
klaviyo.push(['track', 'Added to Cart', { ProductID: 1111 }]);
klaviyo.trackViewedItem({ Title: 'Runner', ItemId: 1111, Url: location.href });
klaviyo.openForm('ABC123').then((result) => log.push(['openForm', result === undefined]));
klaviyo.isIdentified().then((known) => log.push(['known before load', known]));
</script>
<script async src="/onsite.js?company_id=${emu.publicKey}" data-base-url="${emu.url}" onload="afterLoad()"></script>
<script>
function afterLoad() {
	klaviyo.track('Started Checkout', { $value: 29.99 }, (ok) => log.push(['checkout', ok]));
	_learnq.push(['track', 'Placed Order', { $value: 29.99 }]);
	klaviyo.isIdentified().then((known) => log.push(['known after', known]));
	klaviyo.push(['showForm']); // a forms call: ignored, one warning
	klaviyo.push(['openForm', 'X']); // warned once already
	window.loaded = true;
}
</script>`,
	);
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});

describe('klaviyo-edge/onsite in place of klaviyo.js', () => {
	it('runs a page written for the klaviyo object unchanged: every call once, in order, spec-valid', async () => {
		const page = await (await browser.newContext()).newPage();
		const warnings: string[] = [];
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${site.url}/product.html`);
		await page.waitForFunction(() => (window as unknown as { loaded?: boolean }).loaded);
		const expected = [
			'Viewed Category',
			'Viewed Product',
			'Added to Cart',
			'Viewed Item',
			'Started Checkout',
			'Placed Order',
		];
		await until(() => emu.store.events.length === expected.length, 10_000, 'the events');
		const names = emu.store.events.map((event) => emu.store.metrics.get(event.metric_id)?.name);
		expect(names).toEqual(expected);
		const ada = emu.store.profileByEmail('ada@example.com')!;
		expect(ada.first_name).toBe('Ada');
		expect(new Set(emu.store.events.map((event) => event.profile_id))).toEqual(new Set([ada.id]));
		expect(emu.store.events[1]!.value).toBe(29.99);
		// What the page's callbacks and promises were given. A callback runs when the answer reaches
		// the page, which can be after the emulator has recorded the request: wait until each has run.
		const answers = [
			['identified', 'Ada'],
			['viewed', true],
			['openForm', true],
			['checkout', true],
			['known after', true],
		];
		await page.waitForFunction(
			(names) => {
				const log = (window as unknown as { log: unknown[][] }).log;
				return names.every((name) => log.some(([entry]) => entry === name));
			},
			answers.map(([name]) => name),
			{ timeout: 10_000 },
		);
		const log = await page.evaluate(() => (window as unknown as { log: unknown[] }).log);
		expect(log).toEqual(expect.arrayContaining(answers));
		expect(warnings.filter((text) => /openForm/.test(text))).toHaveLength(1);
		expect(warnings.filter((text) => /showForm/.test(text))).toHaveLength(1);
		expect(errors).toEqual([]);
		expectCleanTraffic(emu);
		// Fewer requests: the events went in bulk.
		const posts = emu.requests.filter((request) => request.method === 'POST');
		console.info(`onsite page: ${expected.length} events and 2 identify calls in ${posts.length} requests`);
		await page.context().close();
	});
});
