/**
 * The public entry in real headless Chromium: delivery through navigation, offline and reload,
 * and the relay mode's promise of no CORS preflight at all.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRelay } from '../../adapters/relay.js';
import { clientPosts, eventOf, expectCleanTraffic, storedEvents, until } from '../public/helpers.js';
import { buildPublicBundle, launchChromium, sdkPage } from './chromium.js';
import { type Site, startSite } from './site.js';

/** What the page script sees (the SDK module and one client). */
type Shop = Window & {
	sdk: typeof import('../../src/public/index.js');
	klaviyo: import('../../src/public/index.js').Client;
};

let emu: EmulatorServer;
let site: Site;
let browser: Browser;

beforeAll(async () => {
	[emu, browser] = await Promise.all([startEmulator(), launchChromium()]);
	site = await startSite(createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, maxRetries: 0 }));
	site.files.set('/sdk.js', await buildPublicBundle());
	site.files.set('/direct.html', sdkPage({ baseUrl: emu.url }));
	site.files.set('/offline.html', sdkPage({ baseUrl: emu.url, maxRetries: 0 }));
	site.files.set('/relay.html', sdkPage({ endpoint: '/k' }));
	site.files.set('/next.html', '<!doctype html><title>next</title><p>Thanks!</p>');
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await emu?.close();
});
afterEach(() => {
	emu.reset();
	site.log.length = 0;
});

async function open(path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${site.url}${path}`);
	await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
	return page;
}

describe('in Chromium', () => {
	it('identify then track reach Klaviyo with the right profile and metric', async () => {
		const page = await open('/direct.html');
		const results = await page.evaluate(async () => {
			const { sdk, klaviyo } = window as unknown as Shop;
			return [
				await sdk.identify(klaviyo, { email: 'chrome@example.com', properties: { $first_name: 'Chrome' } }),
				await sdk.track(klaviyo, { event: 'Viewed Product', properties: { $value: 30, ProductID: 7 } }),
			];
		});
		expect(results).toEqual([1, 1]);
		const profile = emu.store.profileByEmail('chrome@example.com')!;
		expect(profile.first_name).toBe('Chrome');
		expect(storedEvents(emu, 'Viewed Product')[0]).toMatchObject({ profile_id: profile.id, value: 30 });
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('delivers a track fired just before navigating away', async () => {
		// The preflight is slow, so the POST itself can only leave after the page is gone.
		emu.faults.add({ method: 'OPTIONS', path: '/client/events', delayMs: 400 });
		const page = await open('/direct.html');
		await page.evaluate(() => {
			const { sdk, klaviyo } = window as unknown as Shop;
			sdk.track(klaviyo, { event: 'Clicked Checkout', email: 'leaving@example.com' });
			location.href = '/next.html';
		});
		await page.waitForURL('**/next.html');
		await until(() => storedEvents(emu, 'Clicked Checkout').length === 1, 5_000, 'the event');
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('keeps events while Klaviyo is down and delivers each once after a reload', async () => {
		emu.faults.add({ method: 'POST', path: '/client/events', drop: true, times: Number.POSITIVE_INFINITY });
		const page = await open('/offline.html');
		const queued = await page.evaluate(async () => {
			const { sdk, klaviyo } = window as unknown as Shop;
			const calls = [1, 2, 3].map((n) => sdk.track(klaviyo, { event: 'Offline Order', properties: { n } }));
			await Promise.allSettled(calls);
			return JSON.parse(localStorage.getItem('kx:queue:PUBKEY') ?? '[]').map(
				(item: { body: string }) => JSON.parse(item.body).data.attributes.unique_id,
			);
		});
		expect(queued).toHaveLength(3);
		expect(storedEvents(emu, 'Offline Order')).toHaveLength(0);

		emu.faults.clear();
		await page.reload();
		await until(() => storedEvents(emu, 'Offline Order').length === 3, 5_000, 'the replay');
		await page.waitForFunction(() => localStorage.getItem('kx:queue:PUBKEY') === null);
		// The old page may also have sent them while unloading: any repeat carries the same unique_id.
		const accepted = clientPosts(emu).filter((post) => post.status === 202);
		expect(new Set(accepted.map((post) => eventOf(post).unique_id))).toEqual(new Set(queued));
		const stored = storedEvents(emu, 'Offline Order');
		expect(stored.map((event) => event.unique_id).sort()).toEqual([...queued].sort());
		expect(stored.map((event) => event.properties.n).sort()).toEqual([1, 2, 3]);
		await page.context().close();
	});

	it('delivers an event under 64 K characters but over 64 KB, which keepalive would refuse', async () => {
		const page = await open('/offline.html'); // maxRetries: 0, so a refusal would show at once
		const result = await page.evaluate(() => {
			const { sdk, klaviyo } = window as unknown as Shop;
			const review = '€'.repeat(25_000); // 3 bytes each in UTF-8: 75 KB
			return sdk
				.track(klaviyo, { event: 'Long Review', email: 'long@example.com', properties: { review } })
				.then(String, (error: Error) => error.name);
		});
		expect(result).toBe('1');
		expect(storedEvents(emu, 'Long Review')[0]!.properties.review).toHaveLength(25_000);
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('keeps working when another script has filled localStorage: the queue lives in memory', async () => {
		emu.faults.add({ method: 'POST', path: '/client/events', status: 503, times: 1 });
		const page = await open('/direct.html');
		const result = await page.evaluate(() => {
			const { sdk, klaviyo } = window as unknown as Shop;
			for (let size = 1 << 20, n = 0; size >= 1; size >>= 1) {
				try {
					for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
				} catch {}
			}
			return sdk
				.track(klaviyo, { event: 'Storage Full', email: 'full@example.com' })
				.then(String, (error: Error) => error.name);
		});
		expect(result).toBe('1');
		expect(clientPosts(emu).map((post) => post.status)).toEqual([503, 202]); // retried from memory
		expect(storedEvents(emu, 'Storage Full')).toHaveLength(1);
		await page.context().close();
	});

	it('reads what earlier pages saved even once localStorage is full: the shopper and the queue', async () => {
		emu.faults.add({ method: 'POST', path: '/client/events', drop: true, times: Number.POSITIVE_INFINITY });
		const page = await open('/offline.html');
		await page.evaluate(async () => {
			const { sdk, klaviyo } = window as unknown as Shop;
			await sdk.identify(klaviyo, { email: 'kept@example.com' });
			await sdk.track(klaviyo, { event: 'Queued Before' }).catch(() => {});
			for (let size = 1 << 20, n = 0; size >= 1; size >>= 1) {
				try {
					for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
				} catch {}
			}
			for (const key of 'abcdefghijklmnopqrstuvwxyz0123456789') {
				try {
					localStorage.setItem(key, ''); // to the last byte
				} catch {}
			}
		});
		emu.faults.clear();
		await page.reload();
		await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
		const result = await page.evaluate(() => {
			const { sdk, klaviyo } = window as unknown as Shop;
			return sdk.track(klaviyo, { event: 'Tracked After' }).then(String, (error: Error) => error.name);
		});
		expect(result).toBe('1');
		await until(() => storedEvents(emu, 'Queued Before').length === 1, 5_000, 'the replay');
		const shopper = emu.store.profileByEmail('kept@example.com')!;
		expect(storedEvents(emu, 'Queued Before')[0]!.profile_id).toBe(shopper.id);
		expect(storedEvents(emu, 'Tracked After')[0]!.profile_id).toBe(shopper.id);
		expectCleanTraffic(emu);
		await page.context().close();
	});

	it('relay mode: GET beacons, form POSTs and sendBeacon on exit, and not one preflight', async () => {
		const list = emu.store.addList({ name: 'Relay list' });
		const page = await open('/relay.html');
		const results = await page.evaluate(async (listId) => {
			const { sdk, klaviyo } = window as unknown as Shop;
			return [
				await sdk.identify(klaviyo, { email: 'relay@example.com', properties: { $first_name: 'Rae' } }),
				await sdk.track(klaviyo, { event: 'Relayed GET', properties: { $value: 3 } }),
				await sdk.track(klaviyo, { event: 'Relayed POST', post: true }),
				await sdk.subscribe(klaviyo, { listId, email: 'relay@example.com' }),
			];
		}, list.id);
		expect(results).toEqual([1, 1, 1, 1]);

		// A send put off by a 429 (Retry-After: 30) leaves by sendBeacon when the page goes away.
		emu.faults.add({ method: 'POST', path: '/client/events', status: 429, retryAfter: 30, times: 1 });
		await page.evaluate(() => {
			const { sdk, klaviyo } = window as unknown as Shop;
			void sdk.track(klaviyo, { event: 'Beaconed' });
		});
		await page.waitForFunction(() => {
			const queue = JSON.parse(localStorage.getItem('kx:queue:PUBKEY') ?? '[]');
			return queue[0]?.tries === 1 && (window as unknown as Shop).klaviyo.sending.size === 0;
		});
		await page.evaluate(() => {
			location.href = '/next.html';
		});
		await page.waitForURL('**/next.html');
		await until(() => storedEvents(emu, 'Beaconed').length === 1, 5_000, 'the beacon');

		const profile = emu.store.profileByEmail('relay@example.com')!;
		for (const metric of ['Relayed GET', 'Relayed POST', 'Beaconed']) {
			expect(storedEvents(emu, metric)[0]!.profile_id).toBe(profile.id);
		}
		expect(profile.subscriptions.email.marketing.consent).toBe('SUBSCRIBED');
		const relayed = site.log.filter((line) => line.includes('/k/'));
		expect(relayed.map((line) => line.split(/[ ?]/).slice(0, 2).join(' '))).toEqual([
			'GET /k/identify',
			'GET /k/track',
			'POST /k/track',
			'GET /k/subscribe',
			'GET /k/track',
			'POST /k/track',
		]);
		expect(site.log.filter((line) => line.startsWith('OPTIONS'))).toEqual([]);
		expect(emu.requests.filter((request) => request.method === 'OPTIONS')).toEqual([]);
		expectCleanTraffic(emu);
		await page.context().close();
	});
});
