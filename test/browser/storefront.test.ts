/**
 * examples/browser, the storefront, in headless Chromium against the emulator: its pages and
 * shop.js as they are, with the SDK bundle and a config pointing at the emulator.
 */
import { readFile } from 'node:fs/promises';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanTraffic, storedEvents, until } from '../public/helpers.js';
import { buildPublicBundle, launchChromium } from './chromium.js';
import { type Site, startSite } from './site.js';

let emu: EmulatorServer;
let site: Site;
let browser: Browser;

beforeAll(async () => {
	[emu, browser, site] = await Promise.all([startEmulator(), launchChromium(), startSite()]);
	const list = emu.store.addList({ name: 'Newsletter' });
	const config = { publicKey: emu.publicKey, baseUrl: emu.url, listId: list.id, emulator: emu.url };
	site.files.set('/config.js', `export default ${JSON.stringify(config)};`);
	site.files.set('/klaviyo-edge.js', await buildPublicBundle());
	for (const file of ['index.html', 'thanks.html', 'shop.js', 'style.css']) {
		const text = await readFile(new URL(`../../examples/browser/${file}`, import.meta.url), 'utf8');
		site.files.set(`/${file}`, text);
	}
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});

describe('the example storefront', () => {
	it('checks out at once while Klaviyo is down; the order arrives on the next visit', async () => {
		emu.faults.add({ method: 'POST', path: '/client/*', drop: true, times: Number.POSITIVE_INFINITY });
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${site.url}/index.html`);
		await page.fill('#checkout input[name=email]', 'buyer@example.com');
		await page.click('#checkout button');
		await page.waitForURL('**/thanks.html', { timeout: 1_500 }); // analytics never hold up a checkout
		expect(storedEvents(emu, 'Placed Order')).toEqual([]);

		emu.faults.clear();
		await page.goto(`${site.url}/index.html`); // back to the shop: the queue is replayed
		await until(() => storedEvents(emu, 'Placed Order').length === 1, 5_000, 'the order');
		const buyer = emu.store.profileByEmail('buyer@example.com')!;
		expect(storedEvents(emu, 'Placed Order')[0]!.profile_id).toBe(buyer.id);
		expectCleanTraffic(emu);
		await page.context().close();
	});
});
