/**
 * What a storefront's other scripts leave behind, in real Chromium: every record of the SDK and
 * klaviyo.js's __kla_id cookie poisoned at once, then a reload. Tracking carries on, the discarded
 * state is reported, and an ignored failure never becomes an `unhandledrejection` event.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanTraffic, storedEvents } from '../public/helpers.js';
import { buildPublicBundle, launchChromium } from './chromium.js';
import { type Site, startSite } from './site.js';

type Shop = Window & {
	sdk: typeof import('../../src/public/index.js');
	klaviyo: import('../../src/public/index.js').Client;
	reports: { reason: string; message: string; count: number }[];
	unhandled: string[];
};

let emu: EmulatorServer;
let site: Site;
let browser: Browser;

/** A shop page whose client reports to `window.reports`; rejections nobody handled go to `window.unhandled`. */
const shopPage = (
	options: Record<string, unknown>,
) => `<!doctype html><title>shop</title><script type="module">
window.reports = [];
window.unhandled = [];
addEventListener('unhandledrejection', (event) => window.unhandled.push(String(event.reason)));
import * as sdk from '/sdk.js';
window.sdk = sdk;
window.klaviyo = sdk.createClient('PUBKEY', { ...${JSON.stringify(options)}, onError: (report) =>
	window.reports.push({ reason: report.reason, message: report.error.message, count: report.count }) });
window.ready = true;
</script>`;

beforeAll(async () => {
	[emu, browser] = await Promise.all([startEmulator(), launchChromium()]);
	site = await startSite();
	site.files.set('/sdk.js', await buildPublicBundle());
	site.files.set('/shop.html', shopPage({ baseUrl: emu.url, maxRetries: 0 }));
	site.files.set('/blank.html', '<!doctype html><title>another script of the shop</title>');
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});

describe('in Chromium, with poisoned storage and cookies', () => {
	it('everything poisoned at once: on the next page identify and track deliver, and the state is reported', async () => {
		const page = await (await browser.newContext()).newPage();
		// Another script of the same origin, on a page without the SDK, writes under its names.
		await page.goto(`${site.url}/blank.html`);
		await page.evaluate(() => {
			localStorage.setItem('kx:queue:PUBKEY', '{"not":"a list"}');
			localStorage.setItem('kx:done:PUBKEY', '5');
			localStorage.setItem('kx:identity:PUBKEY', '"a string spread into 0, 1, 2…"');
			localStorage.setItem('kx:off:PUBKEY', '{}');
			// biome-ignore lint/suspicious/noDocumentCookie: klaviyo.js's own cookie, as a hostile page could set it.
			document.cookie = `__kla_id=${btoa(JSON.stringify({ cid: 5, $email: { a: 1 } }))}; path=/`;
		});
		await page.goto(`${site.url}/shop.html`);
		await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
		const outcome = await page.evaluate(async () => {
			const { sdk, klaviyo, reports, unhandled } = window as unknown as Shop;
			const results = [
				await sdk.track(klaviyo, { event: 'Poisoned Chrome' }),
				await sdk.identify(klaviyo, { email: 'chrome@example.com' }),
				await sdk.track(klaviyo, { event: 'Poisoned Chrome later' }),
			];
			await new Promise((resolve) => setTimeout(resolve, 100));
			return { results, reports, unhandled, identity: klaviyo.identity };
		});
		expect(outcome.results).toEqual([1, 1, 1]);
		expect(outcome.unhandled).toEqual([]);
		expect(outcome.reports.map((report) => [report.reason, report.message]).sort()).toEqual(
			[
				['discarded', 'Discarded unreadable __kla_id'],
				['discarded', 'Discarded unreadable kx:done:PUBKEY'],
				['discarded', 'Discarded unreadable kx:identity:PUBKEY'],
				['discarded', 'Discarded unreadable kx:off:PUBKEY'],
				['discarded', 'Discarded unreadable kx:queue:PUBKEY'],
			].sort(),
		);
		expect(storedEvents(emu, 'Poisoned Chrome')).toHaveLength(1);
		expect(storedEvents(emu, 'Poisoned Chrome later')).toHaveLength(1);
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('an ignored failing track() reaches onError, not the page as an unhandled rejection', async () => {
		emu.faults.add({ method: 'POST', path: '/client/events', status: 503, times: 1 });
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${site.url}/shop.html`);
		await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
		const outcome = await page.evaluate(async () => {
			const { sdk, klaviyo, reports, unhandled } = window as unknown as Shop;
			sdk.track(klaviyo, { event: 'Ignored', email: 'ignored@example.com' }); // not awaited, no catch
			const awaited = await sdk.track(klaviyo, { event: 'Awaited', email: 'a@example.com' }).catch(String);
			await new Promise((resolve) => setTimeout(resolve, 300));
			return { reports, unhandled, awaited };
		});
		expect(outcome.unhandled).toEqual([]);
		expect(outcome.reports).toContainEqual(expect.objectContaining({ reason: 'unreachable' }));
		expect(outcome.awaited).toBe(1);
		await page.context().close();
	});
});
