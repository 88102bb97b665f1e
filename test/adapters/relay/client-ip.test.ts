/**
 * The shopper's context: the client IP goes to Klaviyo as the profile's `location.ip`, from the
 * source the shop names and from nowhere else; no header of the sender's is ever passed on.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createRelay } from '../../../adapters/relay.js';
import { toBase64Json } from '../../../src/protocol/wire.js';
import { clientPosts, eventOf, expectCleanTraffic } from '../../public/helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const data = (extra: Record<string, unknown> = {}) => ({
	token: emu.publicKey,
	event: 'Viewed Product',
	properties: {},
	customer_properties: { $email: 'ip@example.com' },
	...extra,
});
const spoofing = {
	'cf-connecting-ip': '203.0.113.1',
	'x-forwarded-for': '203.0.113.2',
	'x-real-ip': '203.0.113.3',
	'true-client-ip': '203.0.113.4',
	forwarded: 'for=203.0.113.5',
	cookie: '__kla_id=secret-cookie',
	authorization: 'Bearer secret-auth',
	'user-agent': 'Hostile/1.0',
};
const request = (path: string, value: unknown, headers: Record<string, string> = spoofing) =>
	new Request(`https://shop.example/k/${path}?data=${encodeURIComponent(toBase64Json(value))}`, { headers });
const locationOf = (n = 0) =>
	(eventOf(clientPosts(emu, '/client/events')[n]!).profile.data.attributes.location as { ip?: string }) ?? {};

it('without a trusted source, no IP header is believed and no header is passed on', async () => {
	const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url });
	expect((await relay(request('track', data()))).status).toBe(202);
	expect(locationOf().ip).toBeUndefined();
	const sent = clientPosts(emu)[0]!;
	const forwardedHeaders = JSON.stringify(sent.headers);
	for (const value of Object.values(spoofing)) expect(forwardedHeaders).not.toContain(value);
	expect(JSON.stringify(sent.body)).not.toMatch(/203\.0\.113/);
	expectCleanTraffic(emu);
});

it('with a named header, its (first) address becomes location.ip on events, profiles and subscriptions', async () => {
	const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, clientIp: 'x-forwarded-for' });
	const headers = { 'x-forwarded-for': '198.51.100.7, 10.0.0.1', 'cf-connecting-ip': '203.0.113.1' };
	expect((await relay(request('track', data(), headers))).status).toBe(202);
	expect(locationOf().ip).toBe('198.51.100.7');
	const identify = { token: emu.publicKey, properties: { $email: 'ip@example.com', $city: 'Oslo' } };
	expect((await relay(request('identify', identify, headers))).status).toBe(202);
	expect(clientPosts(emu, '/client/profiles')[0]!.body).toMatchObject({
		data: { attributes: { location: { city: 'Oslo', ip: '198.51.100.7' } } },
	});
	const list = emu.store.addList({ name: 'IP list' });
	const subscribe = { properties: { $email: 'ip@example.com' }, list_id: list.id };
	expect((await relay(request('subscribe', subscribe, headers))).status).toBe(202);
	expect(JSON.stringify(clientPosts(emu, '/client/subscriptions')[0]!.body)).toContain('198.51.100.7');
	expectCleanTraffic(emu);
});

it('the page’s own IP wins, and a header that is not an address is ignored', async () => {
	const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, clientIp: 'x-real-ip' });
	await relay(request('track', data({ ip: '192.0.2.44' }), { 'x-real-ip': '198.51.100.7' }));
	expect(locationOf(0).ip).toBe('192.0.2.44');
	await relay(request('track', data({ properties: { n: 2 } }), { 'x-real-ip': '<script>' }));
	expect(locationOf(1).ip).toBeUndefined();
	const fn = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, clientIp: (_request, peer) => peer });
	await fn(request('track', data({ properties: { n: 3 } }), {}), '2001:db8::1');
	expect(locationOf(2).ip).toBe('2001:db8::1');
	expectCleanTraffic(emu);
});
