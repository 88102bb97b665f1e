// @vitest-environment happy-dom
/**
 * The public client in a page (happy-dom): identity, localStorage, page lifecycle listeners.
 * happy-dom's fetch enforces CORS like a browser; the emulator answers the preflights.
 */

import type { RecordedRequest } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	type Client,
	createClient,
	flush,
	identify,
	memoryStorage,
	type PublicClientOptions,
	reset,
	track,
} from '../../src/public/index.js';
import { readQueue } from '../../src/public/outbox/queue.js';
import { eventOf, until } from './helpers.js';
import { eventsNamed, profileOf, type RemoteEmulator, startRemoteEmulator } from './remote-emulator.js';

type HappyWindow = { happyDOM: { setURL(url: string): void } };

let emu: RemoteEmulator;
beforeAll(async () => {
	emu = await startRemoteEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
	localStorage.clear();
	for (const name of ['__kla_id', '__kla_off']) setCookie(`${name}=; max-age=0; path=/`);
});
afterEach(async () => {
	await emu.reset();
	setVisibility('visible');
});

const open = (options: PublicClientOptions = {}) =>
	createClient(emu.publicKey, { baseUrl: emu.url, ...options });

/** Cookies as klaviyo.js leaves them, for the SDK to read. */
function setCookie(cookie: string): void {
	// biome-ignore lint/suspicious/noDocumentCookie: the cookies under test are written by Klaviyo's own script.
	document.cookie = cookie;
}

function setVisibility(state: 'visible' | 'hidden'): void {
	Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
	document.dispatchEvent(new Event('visibilitychange'));
}

/** The SDK's POSTs (happy-dom also sends preflights, which the emulator records). */
async function posts(): Promise<RecordedRequest[]> {
	return (await emu.requests()).filter((request) => request.method === 'POST');
}

/** Every request was spec-valid and went to a current `/client/*` endpoint. */
async function expectCleanTraffic(): Promise<void> {
	const requests = await emu.requests();
	expect(requests.filter((request) => !request.valid)).toEqual([]);
	for (const request of requests) expect(request.path).toMatch(/^\/client\/(events|profiles|subscriptions)$/);
}

describe('identity', () => {
	it('uses a stable anonymous_id before identify, kept across page loads', async () => {
		const page = open();
		const anonymousId = page.identity!.anonymous_id;
		expect(anonymousId).toMatch(/^[0-9a-f-]{36}$/);
		await expect(track(page, { event: 'Viewed Product' })).resolves.toBe(1);
		expect(profileOf(await emu.store(), 'Viewed Product').anonymous_id).toBe(anonymousId);
		expect(open().identity!.anonymous_id).toBe(anonymousId); // the next page load
		await expectCleanTraffic();
	});

	it('remembers identify, so a later track without email lands on the same profile', async () => {
		const page = open();
		await track(page, { event: 'Browsing' });
		await identify(page, { email: 'ann@example.com', properties: { $first_name: 'Ann' } });
		await track(page, { event: 'Added to Cart', properties: { $value: 12 } });
		await track(open(), { event: 'Next Page' }); // and after a reload
		const store = await emu.store();
		const ann = store.profiles.find((profile) => profile.email === 'ann@example.com')!;
		expect(ann.first_name).toBe('Ann');
		expect(profileOf(store, 'Added to Cart').id).toBe(ann.id);
		expect(profileOf(store, 'Next Page').id).toBe(ann.id);
		expect(profileOf(store, 'Browsing').id).toBe(ann.id); // linked through the anonymous_id
		const [, , added] = await posts();
		expect(eventOf(added!).profile.data.attributes).toMatchObject({ email: 'ann@example.com' });
		await expectCleanTraffic();
	});

	it('a call naming someone else does not inherit the remembered identity', async () => {
		const page = open();
		await identify(page, { email: 'ann@example.com', id: 'ann-1' });
		await track(page, { event: 'Gift Sent', email: 'bob@example.com' });
		const [, post] = await posts();
		// Not even Ann's anonymous_id: Klaviyo would find Ann by it, and record Bob's event on her.
		expect(eventOf(post!).profile.data.attributes).toEqual({ email: 'bob@example.com' });
		expect(profileOf(await emu.store(), 'Gift Sent').email).toBe('bob@example.com');
	});

	it('nor does one naming someone by $email in its properties, or a new shopper logging in', async () => {
		const page = open();
		await track(page, { event: 'Browsing' });
		await identify(page, { email: 'ann@example.com', id: 'ann-1', properties: { $first_name: 'Ann' } });
		const annAnonymousId = page.identity!.anonymous_id;
		await track(page, { event: 'Gift Sent', customerProperties: { $email: 'bob@example.com' } });
		// Cat logs in where Ann never logged out, and browses on at once (same tick as identify).
		await Promise.all([
			identify(page, { properties: { $email: 'cat@example.com', $first_name: 'Cat' } }),
			track(page, { event: 'Cat Browsing' }),
		]);
		const sent = await posts();
		const [bob, catBrowsing] = ['Gift Sent', 'Cat Browsing'].map((metric) =>
			sent.find(
				(post) => post.path === '/client/events' && eventOf(post).metric.data.attributes.name === metric,
			),
		);
		const cat = sent.filter((post) => post.path === '/client/profiles').at(-1);
		expect(eventOf(bob!).profile.data.attributes).toEqual({ email: 'bob@example.com' });
		expect((cat!.body as { data: { attributes: unknown } }).data.attributes).toEqual({
			email: 'cat@example.com',
			first_name: 'Cat',
		});
		expect(eventOf(catBrowsing!).profile.data.attributes).toMatchObject({ email: 'cat@example.com' });
		expect(page.identity!.anonymous_id).not.toBe(annAnonymousId);
		expect(page.identity).toMatchObject({ email: 'cat@example.com', external_id: undefined });

		const store = await emu.store();
		const ann = store.profiles.find((profile) => profile.email === 'ann@example.com')!;
		expect(ann).toMatchObject({ first_name: 'Ann', external_id: 'ann-1', anonymous_id: annAnonymousId });
		expect(profileOf(store, 'Browsing').id).toBe(ann.id); // her anonymous past is still hers
		expect(profileOf(store, 'Gift Sent').email).toBe('bob@example.com');
		expect(profileOf(store, 'Cat Browsing')).toMatchObject({ email: 'cat@example.com', external_id: null });
		await expectCleanTraffic();
	});

	it('reset() forgets the shopper', async () => {
		const page = open();
		await identify(page, { email: 'ann@example.com' });
		const before = page.identity!.anonymous_id;
		reset(page);
		expect(Object.keys(page.identity!)).toEqual(['anonymous_id']);
		expect(page.identity!.anonymous_id).not.toBe(before);
		await track(page, { event: 'After Logout' });
		expect(profileOf(await emu.store(), 'After Logout').email).toBeNull();
		expect(open().identity!.email).toBeUndefined();
	});

	it("reads Klaviyo's __kla_id cookie on a first visit", async () => {
		const cookie = { cid: 'klaviyo-cid-1', $exchange_id: 'KX-COOKIE', $email: 'kla@example.com' };
		setCookie(`__kla_id=${encodeURIComponent(btoa(JSON.stringify(cookie)))}; path=/`);
		const page = open();
		expect(page.identity).toMatchObject({
			anonymous_id: 'klaviyo-cid-1',
			_kx: 'KX-COOKIE',
			email: 'kla@example.com',
		});
		await track(page, { event: 'From Cookie' });
		expect(eventOf((await posts())[0]!).profile.data.attributes).toMatchObject({
			_kx: 'KX-COOKIE',
			email: 'kla@example.com',
		});
	});

	it('picks up _kx from an email link', async () => {
		const here = location.href;
		(window as unknown as HappyWindow).happyDOM.setURL(
			'http://localhost:3000/product/1?utm_source=email&_kx=KX-LINK',
		);
		try {
			const page = open();
			expect(page.identity!._kx).toBe('KX-LINK');
			await track(page, { event: 'Clicked Email' });
			expect(profileOf(await emu.store(), 'Clicked Email')._kx).toBe('KX-LINK');
		} finally {
			(window as unknown as HappyWindow).happyDOM.setURL(here);
		}
		expect(open().identity!._kx).toBe('KX-LINK'); // remembered on the next pages
	});
});

describe('opt-out', () => {
	it('honours the __kla_off=true cookie', async () => {
		setCookie('__kla_off=true; path=/');
		const page = open();
		await expect(track(page, { event: 'Tracked?' })).resolves.toBe(0);
		await flush(page);
		expect(await emu.requests()).toEqual([]);
		expect(readQueue(page)).toEqual([]);
	});

	it('forgets what was queued once klaviyo.js sets __kla_off, instead of keeping it stored', async () => {
		await emu.fault({ path: '/client/events', drop: true, times: Number.POSITIVE_INFINITY });
		const page = open({ maxRetries: 0 });
		// Settled (rejected: no retries left) before the test looks at it, so caught at once.
		const call = track(page, { event: 'Before opt-out', email: 'o@example.com' }).catch(
			(error: Error) => error,
		);
		await until(() => readQueue(page)[0]?.tries === 1 && !page.sending.size);
		setCookie('__kla_off=true; path=/');
		await flush(page);
		expect(readQueue(page)).toEqual([]);
		expect(localStorage.getItem(`kx:queue:${emu.publicKey}`)).toBeNull();
		expect(((await call) as Error).name).toBe('KlaviyoConnectionError');
	});
});

describe('the queue in localStorage', () => {
	it('keeps events while the server is down and delivers them once after a reload', async () => {
		await emu.fault({ path: '/client/events', drop: true, times: Number.POSITIVE_INFINITY });
		const page = open({ maxRetries: 0 });
		const calls = [1, 2].map((n) => track(page, { event: 'Offline Cart', properties: { n } }));
		await Promise.allSettled(calls);
		const stored = JSON.parse(localStorage.getItem(`kx:queue:${emu.publicKey}`)!);
		expect(stored).toHaveLength(2);
		await emu.clearFaults();
		const reloaded = open();
		await flush(reloaded);
		expect(readQueue(reloaded)).toEqual([]);
		expect(eventsNamed(await emu.store(), 'Offline Cart')).toHaveLength(2);
		const accepted = (await posts()).filter((post) => post.status === 202);
		expect(accepted).toHaveLength(2);
		expect(new Set(accepted.map((post) => eventOf(post).unique_id))).toEqual(
			new Set(stored.map((item: { body: string }) => JSON.parse(item.body).data.attributes.unique_id)),
		);
	});

	it('sends everything at once when the page is hidden, ignoring backoff', async () => {
		await emu.fault({ path: '/client/events', status: 429, retryAfter: 30, times: 1 });
		const page = open();
		const sent = track(page, { event: 'Left Page' });
		await until(async () => (await posts()).length === 1 && !page.sending.size);
		expect(readQueue(page)[0]!.due).toBeGreaterThan(Date.now() + 20_000);
		setVisibility('hidden');
		await expect(sent).resolves.toBe(1);
		expect(eventsNamed(await emu.store(), 'Left Page')).toHaveLength(1);
	});

	it('leaves no lease behind once the page is going away (the next page would wait 30 s for it)', async () => {
		await emu.fault({ path: '/client/events', drop: true, delayMs: 150, times: Number.POSITIVE_INFINITY });
		// A storage of its own: the clients of earlier tests in this window hear the pagehide too.
		const page = open({ maxRetries: 1, storage: memoryStorage() });
		const sent = track(page, { event: 'Leaving' }).catch(() => 'gave up');
		await until(() => page.sending.size === 1);
		dispatchEvent(new Event('pagehide'));
		expect(readQueue(page)[0]!.lease).toBeUndefined(); // released
		// The exit flush tries again; the page may be gone at any moment from here on.
		await until(() => readQueue(page)[0]?.tries === 1 && page.sending.size === 1);
		expect(readQueue(page)[0]!.lease).toBeFalsy();
		expect(await sent).toBe('gave up');
	});

	it('retries when the network comes back', async () => {
		await emu.fault({ path: '/client/events', drop: true, times: 1 });
		const page = open();
		const sent = track(page, { event: 'Back Online' });
		await until(async () => (await posts()).length === 1 && !page.sending.size);
		dispatchEvent(new Event('online'));
		await expect(sent).resolves.toBe(1);
	});

	it('uses keepalive while within the 64 KB budget', async () => {
		const seen: Array<boolean | undefined> = [];
		const spy: typeof fetch = (input, init) => {
			seen.push(init?.keepalive);
			return fetch(input, init);
		};
		const page: Client = open({ fetch: spy });
		await track(page, { event: 'Small' });
		await track(page, { event: 'Huge', properties: { blob: 'x'.repeat(70_000) } });
		// Counted in UTF-8 bytes, as browsers count: 25 000 characters, but 75 KB.
		await track(page, { event: 'Review', properties: { text: '€'.repeat(25_000) } });
		expect(seen).toEqual([true, false, false]);
	});
});
