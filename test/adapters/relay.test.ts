/**
 * adapters/relay.ts: decodes node-klaviyo's legacy formats, validates them, and forwards them to
 * Klaviyo's current `/client/*` endpoints (the emulator) with the relay's public key.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, type RelayHandler } from '../../adapters/relay.js';
import { toBase64Json } from '../../src/protocol/wire.js';
import { createClient, identify, KlaviyoApiError, subscribe, track } from '../../src/public/index.js';
import { readQueue } from '../../src/public/outbox/queue.js';
import { clientPosts, eventOf, expectCleanTraffic, rejectionOf, storedEvents } from '../public/helpers.js';

let emu: EmulatorServer;
let relay: RelayHandler;
beforeAll(async () => {
	emu = await startEmulator();
	relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url });
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const SHOP = 'http://shop.test';
const trackData = {
	token: 'PUBKEY',
	event: 'Viewed Product',
	properties: { $value: 5, sku: 'A1' },
	customer_properties: { $email: 'r@example.com' },
	time: 1_700_000_000,
};

const get = (path: string, data: unknown) =>
	relay(new Request(`${SHOP}/k/${path}?data=${encodeURIComponent(toBase64Json(data))}`));
const post = (path: string, body: BodyInit, type?: string) =>
	relay(
		new Request(`${SHOP}/k/${path}`, { method: 'POST', body, headers: type ? { 'content-type': type } : {} }),
	);

async function problemOf(response: Response): Promise<string> {
	const body = (await response.json()) as { errors: Array<{ detail: string }> };
	return body.errors[0]!.detail;
}

describe('decoding the legacy formats', () => {
	it('GET ?data=<base64 JSON> (Track)', async () => {
		const response = await get('track', trackData);
		expect(response.status).toBe(202);
		expect(await response.text()).toBe('1');
		const [forwarded] = clientPosts(emu, '/client/events');
		expect(forwarded!.query).toEqual({ company_id: emu.publicKey });
		expect(eventOf(forwarded!)).toMatchObject({
			value: 5,
			properties: { sku: 'A1' },
			time: '2023-11-14T22:13:20.000Z',
			profile: { data: { attributes: { email: 'r@example.com' } } },
		});
		expect(storedEvents(emu, 'Viewed Product')).toHaveLength(1);
		expectCleanTraffic(emu);
	});

	it('form POST data=<JSON> (Identify), as node-klaviyo post mode sent it', async () => {
		const data = { token: 'PUBKEY', properties: { $email: 'f@example.com', $first_name: 'Fay', tier: 2 } };
		const form = new URLSearchParams({ data: JSON.stringify(data) });
		const response = await post('identify', form);
		expect(response.status).toBe(202);
		expect(emu.store.profileByEmail('f@example.com')).toMatchObject({
			first_name: 'Fay',
			properties: { tier: 2 },
		});
		expectCleanTraffic(emu);
	});

	it('sendBeacon bodies: text/plain form, bare JSON, and ?data= with an empty body', async () => {
		const beacon = `data=${encodeURIComponent(JSON.stringify({ ...trackData, event: 'Beacon 1' }))}`;
		expect((await post('track', beacon, 'text/plain;charset=UTF-8')).status).toBe(202);
		expect(
			(await post('track', JSON.stringify({ ...trackData, event: 'Beacon 2' }), 'text/plain')).status,
		).toBe(202);
		const url = `${SHOP}/k/track?data=${encodeURIComponent(toBase64Json({ ...trackData, event: 'Beacon 3' }))}`;
		expect((await relay(new Request(url, { method: 'POST' }))).status).toBe(202);
		const form = new URLSearchParams({ data: toBase64Json({ ...trackData, event: 'Beacon 4' }) });
		expect((await post('track', form)).status).toBe(202);
		for (const n of [1, 2, 3, 4]) expect(storedEvents(emu, `Beacon ${n}`)).toHaveLength(1);
		expectCleanTraffic(emu);
	});

	it('decodes UTF-8 and URL-safe base64', async () => {
		const data = { ...trackData, event: 'Café ☕', properties: { note: 'ünïcödé' } };
		const urlSafe = toBase64Json(data).replace(/\+/g, '-').replace(/\//g, '_');
		expect((await relay(new Request(`${SHOP}/k/track?data=${urlSafe}`))).status).toBe(202);
		expect(storedEvents(emu, 'Café ☕')[0]!.properties).toEqual({ note: 'ünïcödé' });
	});

	it('subscribe', async () => {
		const list = emu.store.addList({ name: 'VIP' });
		const data = { properties: { $email: 's@example.com' }, list_id: list.id, custom_source: 'Relay form' };
		expect((await get('subscribe', data)).status).toBe(202);
		expect(clientPosts(emu, '/client/subscriptions')[0]!.body).toMatchObject({
			data: {
				attributes: { custom_source: 'Relay form' },
				relationships: { list: { data: { id: list.id } } },
			},
		});
		expect(emu.store.profileByEmail('s@example.com')!.subscriptions.email.marketing.consent).toBe(
			'SUBSCRIBED',
		);
		expectCleanTraffic(emu);
	});
});

describe('validation', () => {
	it('answers bad input with 400 and a clear JSON:API error, sending nothing', async () => {
		const cases: Array<[Promise<Response>, RegExp]> = [
			[relay(new Request(`${SHOP}/k/track`)), /`data` was not provided/],
			[relay(new Request(`${SHOP}/k/track?data=%%%`)), /neither JSON nor base64/],
			[get('track', [1, 2]), /must be a JSON object/],
			[get('track', { ...trackData, event: '' }), /^Event name was not provided\.$/],
			[
				get('track', { ...trackData, customer_properties: {} }),
				/^You must identify a user by email or ID\.$/,
			],
			[get('track', { ...trackData, properties: 'x' }), /"properties" must be an object/],
			[get('track', { ...trackData, time: 'yesterday' }), /after 1990/],
			[get('track', { ...trackData, time: 1 }), /after 1990/],
			[get('identify', { properties: { plan: 'gold' } }), /identify a user/],
			[get('subscribe', { properties: { $email: 'a@example.com' } }), /List ID was not provided/],
			[get('subscribe', { list_id: 'Y6nRLr', properties: {} }), /email or phone number/],
			[get('track', { ...trackData, token: 'SOMEONE_ELSE' }), /does not match/],
		];
		for (const [response, message] of cases) {
			const answer = await response;
			expect(answer.status).toBe(400);
			expect(answer.headers.get('content-type')).toBe('application/vnd.api+json');
			expect(await problemOf(answer)).toMatch(message);
		}
		expect(emu.requests).toEqual([]);
	});

	it('refuses a private key as token, without echoing it', async () => {
		const answer = await get('track', { ...trackData, token: 'pk_live_supersecret' });
		expect(answer.status).toBe(400);
		const text = await answer.text();
		expect(text).toMatch(/private API key/);
		expect(text).not.toContain('supersecret');
		expect(emu.requests).toEqual([]);
		expect(() => createRelay({ publicKey: 'pk_live_supersecret' })).toThrow(/private API key/);
	});

	it('knows only its three paths and GET/POST', async () => {
		expect((await relay(new Request(`${SHOP}/k/people`))).status).toBe(404);
		expect((await relay(new Request(`${SHOP}/k/track`, { method: 'PUT', body: 'x' }))).status).toBe(405);
		const big = new URLSearchParams({ data: 'x'.repeat(140_000) });
		const tooBig = await post('track', big);
		expect(tooBig.status).toBe(400);
		expect(await problemOf(tooBig)).toMatch(/larger than 131072 characters/);
	});
});

describe('forwarding', () => {
	it('passes Klaviyo 4xx back as they came', async () => {
		emu.faults.add({
			path: '/client/events',
			status: 400,
			body: { errors: [{ id: '1', code: 'invalid', title: 'Bad', detail: 'nope' }] },
		});
		const answer = await get('track', trackData);
		expect(answer.status).toBe(400);
		expect(await problemOf(answer)).toBe('nope');
	});

	it('retries a 503 itself, and hands a long Retry-After back to the page', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: 1 });
		expect((await get('track', trackData)).status).toBe(202);
		expect(clientPosts(emu).map((request) => request.status)).toEqual([503, 202]);

		emu.faults.add({ path: '/client/events', status: 429, retryAfter: 30, times: 1 });
		const limited = await get('track', { ...trackData, event: 'Later' });
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('30');
		// Handed back at once: a wait past the relay's 2 s would have been followed by a second attempt.
		expect(clientPosts(emu).map((request) => request.status)).toEqual([503, 202, 429]);
	});

	it('answers 502 when Klaviyo cannot be reached', async () => {
		const offline = createRelay({ publicKey: 'PUBKEY', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 });
		const answer = await offline(
			new Request(`${SHOP}/k/track?data=${encodeURIComponent(toBase64Json(trackData))}`),
		);
		expect(answer.status).toBe(502);
	});

	it('only lets listed origins in from elsewhere, with CORS headers', async () => {
		const guarded = createRelay({
			publicKey: emu.publicKey,
			baseUrl: emu.url,
			allowedOrigins: ['https://shop.example'],
		});
		const url = `${SHOP}/k/track?data=${encodeURIComponent(toBase64Json(trackData))}`;
		const allowed = await guarded(new Request(url, { headers: { origin: 'https://shop.example' } }));
		expect(allowed.status).toBe(202);
		expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
		const refused = await guarded(new Request(url, { headers: { origin: 'https://evil.example' } }));
		expect(refused.status).toBe(403);
		const sameOrigin = await guarded(new Request(url, { headers: { origin: SHOP } }));
		expect(sameOrigin.status).toBe(202);
		const preflight = await guarded(
			new Request(url, { method: 'OPTIONS', headers: { origin: 'https://shop.example' } }),
		);
		expect(preflight.status).toBe(204);
		expect(clientPosts(emu)).toHaveLength(2);
	});
});

describe('the public client in relay mode', () => {
	const seen: Request[] = [];
	const viaRelay: typeof fetch = async (input, init) => {
		const request = new Request(input, init);
		seen.push(request.clone());
		return relay(request);
	};
	const open = () => createClient(emu.publicKey, { endpoint: `${SHOP}/k/`, fetch: viaRelay });

	it('sends header-less GETs and form POSTs that the relay turns into valid requests', async () => {
		seen.length = 0;
		const page = open();
		await expect(
			identify(page, { email: 'p@example.com', properties: { $first_name: 'Pat' } }),
		).resolves.toBe(1);
		await expect(
			track(page, {
				event: 'Added to Cart',
				email: 'p@example.com',
				properties: { $value: 9.5, $event_id: 'cart-1' },
			}),
		).resolves.toBe(1);
		await expect(track(page, { event: 'Posted', email: 'p@example.com', post: true })).resolves.toBe(1);
		const list = emu.store.addList({ name: 'News' });
		await expect(subscribe(page, { listId: list.id, email: 'p@example.com' })).resolves.toBe(1);

		expect(seen.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
			'GET /k/identify',
			'GET /k/track',
			'POST /k/track',
			'GET /k/subscribe',
		]);
		expect([...seen[1]!.headers.keys()]).toEqual([]);
		expect(seen[2]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
		expect(emu.store.profileByEmail('p@example.com')!.first_name).toBe('Pat');
		expect(storedEvents(emu, 'Added to Cart')[0]).toMatchObject({ unique_id: 'cart-1', value: 9.5 });
		expectCleanTraffic(emu);
	});

	it("carries the SDK's unique_id as $event_id, so a retried relay send is recorded once", async () => {
		emu.faults.add({ path: '/client/events', status: 400, times: 1 });
		const page = open();
		const error = await rejectionOf(track(page, { event: 'Once', email: 'u@example.com' }));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		const again = seen.at(-1)!;
		const data = JSON.parse(atob(decodeURIComponent(new URL(again.url).searchParams.get('data')!)));
		const uniqueId = data.properties.$event_id;
		expect(uniqueId).toMatch(/^[0-9a-f-]{36}$/);
		await relay(new Request(again.url));
		await relay(new Request(again.url));
		expect(clientPosts(emu).map((request) => eventOf(request).unique_id)).toEqual([
			uniqueId,
			uniqueId,
			uniqueId,
		]);
		expect(storedEvents(emu, 'Once')).toHaveLength(1);
	});
});

describe('the page going away, through the relay', () => {
	const beacons: string[] = [];
	const sendBeacon = (url: string) => beacons.push(url) > 0;
	const originalNavigator = globalThis.navigator;
	beforeAll(() =>
		Object.defineProperty(globalThis, 'navigator', { value: { sendBeacon }, configurable: true }),
	);
	afterAll(() =>
		Object.defineProperty(globalThis, 'navigator', { value: originalNavigator, configurable: true }),
	);

	// The relay is down: it answers 502, so only a request whose outcome the page reads is kept.
	const down = () => Promise.resolve(new Response('{"errors":[]}', { status: 502 }));
	const page = () => createClient(emu.publicKey, { endpoint: `${SHOP}/k`, fetch: down, maxRetries: 0 });

	it('a hidden page (it may come back) sends with fetch and keeps what failed for a retry', async () => {
		beacons.length = 0;
		const client = page();
		client.exiting = 'hidden';
		await rejectionOf(track(client, { event: 'Hidden', email: 'h@example.com' }));
		expect(beacons).toEqual([]);
		expect(readQueue(client)).toHaveLength(1);
	});

	it('a page being unloaded hands relay requests to sendBeacon, which outlives it', async () => {
		beacons.length = 0;
		const client = page();
		client.exiting = 'gone';
		await expect(track(client, { event: 'Gone', email: 'g@example.com' })).resolves.toBe(1);
		expect(beacons).toHaveLength(1);
		expect(beacons[0]).toMatch(/^http:\/\/shop\.test\/k\/track\?data=/);
		expect(readQueue(client)).toHaveLength(0);
	});
});
