/**
 * adapters/relay.ts, `/track-bulk`: up to 1,000 Track payloads of one shopper in one request,
 * checked one by one by the rules of `/track` and forwarded as ONE `/client/event-bulk-create`
 * (the emulator checks it against Klaviyo's spec); a bulk of N counts N against the limits.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, KLAVIYO_CLIENT_LIMITS, type RelayHandler } from '../../adapters/relay.js';
import { toBase64Json } from '../../src/protocol/wire.js';
import { clientPosts, expectCleanTraffic } from '../public/helpers.js';

let emu: EmulatorServer;
let relay: RelayHandler;
beforeAll(async () => {
	emu = await startEmulator();
	relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, clientIp: 'x-real-ip' });
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const SHOP = 'https://shop.example';
const payload = (n: number, patch: Record<string, unknown> = {}) => ({
	token: emu.publicKey,
	event: 'Viewed Product',
	properties: { sku: `SKU-${n}`, n, $value: n, $event_id: `view-${n}` },
	customer_properties: { $email: 'bulk@example.com', $first_name: 'Bea' },
	time: 1_700_000_000 + n,
	...patch,
});
const bulkOf = (count: number) => Array.from({ length: count }, (_, n) => payload(n));
/** A bulk as the page sends it: the bare JSON, a `text/plain` body (no CORS preflight, and a `sendBeacon` body). */
const send = (data: unknown, headers: Record<string, string> = {}, via = relay) =>
	via(new Request(`${SHOP}/k/track-bulk`, { method: 'POST', body: JSON.stringify(data), headers }));

type Problem = {
	errors: Array<{
		status: string;
		detail: string;
		source?: { pointer: string };
		meta?: Record<string, string>;
	}>;
};

describe('/track-bulk', () => {
	it('a bulk of 50 events is one spec-valid request to Klaviyo, every unique_id kept, the IP on the profile', async () => {
		const answer = await send(bulkOf(50), { 'x-real-ip': '203.0.113.5' });
		expect([answer.status, await answer.text()]).toEqual([202, '1']);
		const forwarded = clientPosts(emu);
		expect(forwarded.map((request) => request.path)).toEqual(['/client/event-bulk-create']);
		expect(forwarded[0]!.query).toEqual({ company_id: emu.publicKey });
		const { attributes } = (forwarded[0]!.body as { data: { attributes: Record<string, never> } }).data;
		expect(attributes.profile).toEqual({
			data: {
				type: 'profile',
				attributes: { email: 'bulk@example.com', first_name: 'Bea', location: { ip: '203.0.113.5' } },
			},
		});
		expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual(
			bulkOf(50)
				.map((each) => each.properties.$event_id)
				.sort(),
		);
		expect(new Set(emu.store.events.map((event) => event.profile_id)).size).toBe(1);
		expectCleanTraffic(emu);
	});

	it('takes every encoding /track takes: a form POST, a GET with base64, a beacon', async () => {
		const [a, b, c] = [0, 1, 2].map((k) => [payload(2 * k), payload(2 * k + 1)]);
		const form = new URLSearchParams({ data: JSON.stringify(a) });
		const answers = [
			await relay(new Request(`${SHOP}/k/track-bulk`, { method: 'POST', body: form })),
			await relay(new Request(`${SHOP}/k/track-bulk?data=${encodeURIComponent(toBase64Json(b))}`)),
			await send(c, { 'content-type': 'text/plain;charset=UTF-8' }),
		];
		expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202]);
		expect(clientPosts(emu, '/client/event-bulk-create')).toHaveLength(3);
		expect(emu.store.events).toHaveLength(6);
		expectCleanTraffic(emu);
	});

	it('refuses each payload /track would refuse, by position, with the same field and rule, sending nothing', async () => {
		const single = async (data: unknown) => {
			const url = `${SHOP}/k/track?data=${encodeURIComponent(toBase64Json(data))}`;
			const { errors } = (await (await relay(new Request(url))).json()) as Problem;
			return errors[0]!.meta!;
		};
		const bad = [payload(3, { event: '' }), payload(7, { properties: { $value: 'lots' } })];
		const data = bulkOf(10);
		data[3] = bad[0]!;
		data[7] = bad[1]!;
		const answer = await send(data);
		expect(answer.status).toBe(400);
		expect(answer.headers.get('content-type')).toBe('application/vnd.api+json');
		const { errors } = (await answer.json()) as Problem;
		const alone = [await single(bad[0]), await single(bad[1])];
		expect(errors.map(({ source, meta }) => [source?.pointer, meta])).toEqual([
			['/data/3/event', { field: 'data.3.event', rule: alone[0]!.rule }],
			['/data/7/properties/$value', { field: 'data.7.properties.$value', rule: alone[1]!.rule }],
		]);
		expect(alone[0]!.field).toBe('event');
		expect(errors.every((error) => error.status === '400' && error.detail)).toBe(true);
		expect(emu.requests).toEqual([]);
	});

	it("passes Klaviyo's refusal of one event back as it came, so the page refuses that one alone", async () => {
		const refusal = {
			errors: [
				{
					id: '1',
					status: 400,
					code: 'invalid',
					title: 'Invalid input.',
					detail: 'bad time',
					source: { pointer: '/data/attributes/events/data/1/attributes/time' },
				},
			],
		};
		emu.faults.add({ path: '/client/event-bulk-create', status: 400, body: refusal, times: 1 });
		const answer = await send(bulkOf(3));
		expect(answer.status).toBe(400);
		expect(((await answer.json()) as Problem).errors[0]!.source).toEqual({
			pointer: '/data/attributes/events/data/1/attributes/time',
		});
	});
});

describe('/track-bulk and the limits', () => {
	const from = (ip: string) => ({ 'x-real-ip': ip });
	const track = (ip: string, n: number) =>
		relay(
			new Request(`${SHOP}/k/track?data=${encodeURIComponent(toBase64Json(payload(n)))}`, {
				headers: from(ip),
			}),
		);

	it('a bulk of N counts N against the shopper’s limit: what is over is waited for', async () => {
		const limited = createRelay({
			publicKey: emu.publicKey,
			baseUrl: emu.url,
			clientIp: 'x-real-ip',
			limits: { perClient: { '/client/events': { burst: 10, steady: 10 } } },
		});
		expect((await send(bulkOf(50), from('203.0.113.1'), limited)).status).toBe(202);
		const after = await limited(
			new Request(`${SHOP}/k/track?data=${encodeURIComponent(toBase64Json(payload(99)))}`, {
				headers: from('203.0.113.1'),
			}),
		);
		expect(after.status).toBe(429);
		// 50 against 10 a minute: four more minutes (and what is left of this one) are owed.
		expect(Number(after.headers.get('retry-after'))).toBeGreaterThan(4 * 60);
		expect((await send(bulkOf(2), from('203.0.113.1'), limited)).status).toBe(429);
		// Another shopper is not affected.
		expect((await send(bulkOf(5), from('198.51.100.2'), limited)).status).toBe(202);
		expect(emu.store.events).toHaveLength(50);
	});

	it("counts N events against the site's /client/events limit, and one request against Klaviyo's bulk limit", async () => {
		expect(KLAVIYO_CLIENT_LIMITS['/client/event-bulk-create']).toEqual({ burst: 10, steady: 150 });
		const events = createRelay({
			publicKey: emu.publicKey,
			baseUrl: emu.url,
			limits: { perSite: { '/client/events': { burst: 20, steady: 20 } } },
		});
		expect((await send(bulkOf(30), {}, events)).status).toBe(202);
		const next = await events(
			new Request(`${SHOP}/k/track?data=${encodeURIComponent(toBase64Json(payload(99)))}`),
		);
		expect(next.status).toBe(429);
		const requests = createRelay({
			publicKey: emu.publicKey,
			baseUrl: emu.url,
			limits: { perSite: { '/client/event-bulk-create': { burst: 2, steady: 2 } } },
		});
		const statuses = [];
		for (let k = 0; k < 3; k++) statuses.push((await send(bulkOf(2), {}, requests)).status);
		expect(statuses).toEqual([202, 202, 429]);
		expect(clientPosts(emu, '/client/event-bulk-create')).toHaveLength(3);
		expect(await track('203.0.113.9', 0).then((answer) => answer.status)).toBe(202);
	});
});
