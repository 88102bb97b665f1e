/**
 * Every legacy sender: node-klaviyo 1.1.3 itself (the real package, its own request building,
 * pointed at the relay by redirecting its `https.request` to the relay's node:http listener),
 * and a hand-written `<img>` beacon asking for the 1×1 GIF with `i=1`.
 */
import http, { createServer, type IncomingMessage, type Server } from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { relayListener } from '../../../adapters/node.js';
import { toBase64Json } from '../../../src/protocol/wire.js';
import { clientPosts, eventOf, expectCleanTraffic, storedEvents } from '../../public/helpers.js';

interface NodeKlaviyoPublic {
	identify(options: Record<string, unknown>): Promise<number>;
	track(options: Record<string, unknown>): Promise<number>;
	trackOnce(options: Record<string, unknown>): Promise<number>;
}
const NodeKlaviyo = createRequire(import.meta.url)('node-klaviyo') as new (options: {
	publicToken: string;
}) => { public: NodeKlaviyoPublic };

let emu: EmulatorServer;
let server: Server;
const received: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];
const originalRequest = https.request;

beforeAll(async () => {
	emu = await startEmulator();
	// Klaviyo's retired v1 paths, served by the relay: point DNS (here: https.request) at it.
	const relay = relayListener({ publicKey: emu.publicKey, baseUrl: emu.url, path: '/api' });
	server = createServer((request, response) => {
		received.push({ method: request.method!, url: request.url!, headers: request.headers });
		relay(request, response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	// node-klaviyo calls https.request({ hostname: 'a.klaviyo.com', port: 443, path, method, headers }).
	(https as { request: unknown }).request = (options: http.RequestOptions, callback: () => void) =>
		http.request({ ...options, hostname: '127.0.0.1', port }, callback);
});
afterAll(async () => {
	(https as { request: unknown }).request = originalRequest;
	await new Promise((resolve) => server.close(resolve));
	await emu.close();
});
afterEach(() => {
	emu.reset();
	received.length = 0;
});

it("node-klaviyo's identify and track, GET and POST, land once each with their data", async () => {
	const klaviyo = new NodeKlaviyo({ publicToken: emu.publicKey });
	await expect(
		klaviyo.public.identify({ email: 'get@example.com', properties: { $first_name: 'Gina', plan: 'gold' } }),
	).resolves.toBe(1);
	await expect(
		klaviyo.public.identify({
			id: 'cust-7',
			properties: { $email: 'post@example.com', $city: 'Oslo' },
			post: true,
		}),
	).resolves.toBe(1);
	await expect(
		klaviyo.public.track({
			event: 'Ordered Pizza',
			email: 'get@example.com',
			properties: { $value: 23.5, $event_id: 'order-1', size: 'L' },
			customerProperties: { $phone_number: '+15005550006' },
			timestamp: 1_700_000_000,
			ipAddress: '192.0.2.8',
			isTest: true,
		}),
	).resolves.toBe(1);
	await expect(
		klaviyo.public.track({ event: 'Posted Review', id: 'cust-7', properties: { stars: 5 }, post: true }),
	).resolves.toBe(1);

	// Exactly as node-klaviyo built them.
	expect(received.map(({ method, url }) => `${method} ${url.split('?')[0]}`)).toEqual([
		'GET /api/identify',
		'POST /api/identify',
		'GET /api/track',
		'POST /api/track',
	]);
	expect(received[0]!.url).toMatch(/^\/api\/identify\?data=[A-Za-z0-9%]+&test=0$/);
	expect(received[2]!.url).toMatch(/&test=1$/);
	expect(received[1]!.headers).toMatchObject({
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'text/html',
		'user-agent': 'Klaviyo-Node.js/1.1.3',
	});

	expect(emu.store.profileByEmail('get@example.com')).toMatchObject({
		first_name: 'Gina',
		phone_number: '+15005550006',
		properties: { plan: 'gold' },
	});
	expect(emu.store.profileByEmail('post@example.com')).toMatchObject({
		external_id: 'cust-7',
		location: { city: 'Oslo' },
	});
	const [pizza] = storedEvents(emu, 'Ordered Pizza');
	expect(pizza).toMatchObject({ value: 23.5, unique_id: 'order-1', properties: { size: 'L' } });
	expect(storedEvents(emu, 'Ordered Pizza')).toHaveLength(1);
	expect(eventOf(clientPosts(emu, '/client/events')[0]!)).toMatchObject({
		time: '2023-11-14T22:13:20.000Z',
		profile: { data: { attributes: { location: { ip: '192.0.2.8' } } } },
	});
	expect(storedEvents(emu, 'Posted Review')).toHaveLength(1);
	expect(storedEvents(emu, 'Posted Review')[0]!.properties).toEqual({ stars: 5 });
	expectCleanTraffic(emu);
});

it("node-klaviyo's trackOnce, twice: recorded once for that person, and again for another", async () => {
	const klaviyo = new NodeKlaviyo({ publicToken: emu.publicKey });
	const once = (email: string) =>
		klaviyo.public.trackOnce({ event: 'Signed Up', email, properties: { source: 'footer' } });
	await expect(once('once@example.com')).resolves.toBe(1);
	await expect(once('once@example.com')).resolves.toBe(1);
	await expect(once('other@example.com')).resolves.toBe(1);
	const stored = storedEvents(emu, 'Signed Up');
	expect(stored).toHaveLength(2);
	expect(stored[0]!.properties).toEqual({ source: 'footer' });
	expectCleanTraffic(emu);
});

it('a hand-written <img> beacon with i=1 gets a blank 1×1 GIF; without it, the body 1', async () => {
	const { port } = server.address() as AddressInfo;
	const data = encodeURIComponent(
		toBase64Json({
			token: emu.publicKey,
			event: 'Opened Page',
			customer_properties: { $email: 'img@example.com' },
		}),
	);
	const pixel = await fetch(`http://127.0.0.1:${port}/api/track?data=${data}&i=1`);
	expect(pixel.status).toBe(202);
	expect(pixel.headers.get('content-type')).toBe('image/gif');
	const gif = new Uint8Array(await pixel.arrayBuffer());
	expect(new TextDecoder().decode(gif.slice(0, 6))).toBe('GIF89a');
	expect([gif[6], gif[8]]).toEqual([1, 1]); // 1×1
	const plain = await fetch(`http://127.0.0.1:${port}/api/track?data=${data}&i=0`);
	expect(plain.headers.get('content-type')).toBe('text/plain');
	expect(await plain.text()).toBe('1');
	expect(storedEvents(emu, 'Opened Page')).toHaveLength(2);
});
