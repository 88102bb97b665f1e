// @vitest-environment happy-dom
/**
 * batchEvents at page exit (happy-dom): what waits in the queue of a client with a relay
 * `endpoint` leaves on `pagehide` as one `sendBeacon` per shopper to `{endpoint}/track-bulk`,
 * where it used to be one beacon per event. Chromium does the same in test/browser.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createRelay } from '../../../adapters/relay.js';
import { memoryStorage, track } from '../../../src/public/index.js';
import { readQueue as read } from '../../../src/public/outbox/queue.js';
import { createBatchedClient } from '../../../src/public/storefront.js';
import { until } from '../helpers.js';

let emu: EmulatorServer;
const beacons: Array<{ url: string; body: string }> = [];
beforeAll(async () => {
	emu = await startEmulator();
	Object.defineProperty(navigator, 'sendBeacon', {
		configurable: true,
		value: (url: string, body: string) => beacons.push({ url, body }) > 0,
	});
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

it('on pagehide the queued events of each shopper leave in one beacon to /track-bulk, each settled once', async () => {
	// The relay says "later" (429, Retry-After: 30): the events wait in the queue, their calls pending.
	const later = () =>
		Promise.resolve(new Response('{"errors":[]}', { status: 429, headers: { 'retry-after': '30' } }));
	const page = createBatchedClient(emu.publicKey, {
		endpoint: 'https://shop.example/k',
		storage: memoryStorage(),
		fetch: later,
	});
	const calls = [
		...Array.from({ length: 20 }, (_, n) =>
			track(page, { event: 'Left', email: 'a@example.com', properties: { n } }),
		),
		...Array.from({ length: 5 }, (_, n) =>
			track(page, { event: 'Left', email: 'b@example.com', properties: { n } }),
		),
	];
	const settled = calls.map((call) =>
		call.then(
			() => 1,
			() => 0,
		),
	);
	await until(
		() => read(page).length === 25 && !page.sending.size && read(page).every((item) => item.tries > 0),
		20_000,
		'the first tries',
	);
	window.dispatchEvent(new Event('pagehide'));
	expect(beacons.map((beacon) => beacon.url)).toEqual([
		'https://shop.example/k/track-bulk',
		'https://shop.example/k/track-bulk',
	]);
	expect(read(page)).toEqual([]);
	// The beacons are handed over: that settles each call once (a beacon's answer is never known).
	expect(await Promise.all(settled)).toEqual(Array(25).fill(1));
	// What the beacons carry, given to the relay, lands once each.
	const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url });
	for (const { url, body } of beacons) {
		const answer = await relay(
			new Request(url, { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8' } }),
		);
		expect(answer.status).toBe(202);
	}
	expect(emu.store.events).toHaveLength(25);
	expect(new Set(emu.store.events.map((event) => event.unique_id)).size).toBe(25);
});
