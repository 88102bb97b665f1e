/**
 * batchEvents through a first-party relay (`endpoint`): events queued for one shopper leave in one
 * `{endpoint}/track-bulk` request, which the relay (adapters/relay.ts, in process) forwards as one
 * `/client/event-bulk-create`; every guarantee of the queue kept per event.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, type RelayHandler } from '../../../adapters/relay.js';
import { fromBase64Json, toBase64Json } from '../../../src/protocol/wire.js';
import {
	createClient,
	type FailureReport,
	KlaviyoApiError,
	memoryStorage,
	type PublicClientOptions,
	track,
} from '../../../src/public/index.js';
import { readQueue as read } from '../../../src/public/outbox/queue.js';
import { createBatchedClient } from '../../../src/public/storefront.js';
import { clientPosts, expectCleanTraffic, until } from '../helpers.js';

let emu: EmulatorServer;
/** The relay passes Klaviyo's faults back at once (no retries of its own): the page meets them. */
let relay: RelayHandler;
beforeAll(async () => {
	emu = await startEmulator();
	relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, maxRetries: 0 });
});
afterAll(() => emu.close());
afterEach(() => {
	emu.reset();
	seen.length = 0;
});

const ENDPOINT = 'http://shop.test/k';
/** `METHOD /path` and the body of every request the page made, in order. */
const seen: Array<{ route: string; body: string }> = [];
const viaRelay =
	(through: RelayHandler = relay): typeof fetch =>
	async (input, init) => {
		const request = new Request(input, init);
		seen.push({
			route: `${request.method} ${new URL(request.url).pathname}`,
			body: await request.clone().text(),
		});
		return through(request);
	};

const batched = (options: PublicClientOptions) =>
	createBatchedClient(emu.publicKey, { endpoint: ENDPOINT, fetch: viaRelay(), ...options });

/** Events stored by a page that could not reach the relay, as the next page finds them. */
async function storedQueue(count: number, email = 'relayed@example.com') {
	const storage = memoryStorage();
	const offline = createClient(emu.publicKey, {
		endpoint: ENDPOINT,
		storage,
		maxRetries: 0,
		fetch: () => Promise.reject(new TypeError('offline')),
		onError: () => {},
	});
	await Promise.all(
		Array.from({ length: count }, (_, n) =>
			track(offline, { event: 'Replayed', email, properties: { n } }).catch(() => {}),
		),
	);
	const stored = read(offline);
	expect(stored).toHaveLength(count);
	for (const item of stored) item.lease = undefined;
	storage.setItem(`kx:queue:${emu.publicKey}`, JSON.stringify(stored));
	const payloads = stored.map((item) => dataOf(item.url));
	return { storage, stored, ids: payloads.map((payload) => payload.properties.$event_id as string) };
}

/** The Track payload a relay GET carries. */
const dataOf = (url: string) =>
	fromBase64Json(new URL(url).searchParams.get('data')!) as { properties: Record<string, unknown> } & Record<
		string,
		unknown
	>;

describe('batchEvents through a relay', () => {
	it('100 stored events replayed under faults arrive once each in at most 5 requests', async () => {
		const { storage, ids } = await storedQueue(100);
		emu.faults.add({ method: 'POST', path: '/client/*', status: 503, times: 1 });
		emu.faults.add({ method: 'POST', path: '/client/*', drop: true, times: 1 });
		const page = batched({ storage });
		await until(() => read(page).length === 0 && !page.sending.size, 15_000, 'the replay');
		expect(seen.length).toBeLessThanOrEqual(5);
		expect(seen.map((request) => request.route)).toContain('POST /k/track-bulk');
		expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual([...ids].sort());
		expect(clientPosts(emu).every((post) => post.path === '/client/event-bulk-create')).toBe(true);
		expectCleanTraffic(emu);
		console.info(`100 stored events replayed through the relay in ${seen.length} requests (2 faults)`);
	});

	it('a burst goes in bulk, header-less (no CORS preflight), each call settling with its own result', async () => {
		const page = batched({ storage: memoryStorage() });
		const calls = Array.from({ length: 30 }, (_, n) =>
			track(page, { event: 'Burst', email: 'burst@example.com', properties: { n } }),
		);
		expect(await Promise.all(calls)).toEqual(Array(30).fill(1));
		expect(emu.store.events).toHaveLength(30);
		expect(seen.length).toBeLessThanOrEqual(4);
		expect(seen.map((request) => request.route)).toContain('POST /k/track-bulk');
		expectCleanTraffic(emu);
	});

	it("a refused event is reported alone: the relay's refusal names it, the others leave again at once", async () => {
		const reports: FailureReport[] = [];
		const { storage, stored, ids } = await storedQueue(6, 'split@example.com');
		// Event 3's time, edited in storage to one the protocol refuses (before 1990).
		const payload = dataOf(stored[3]!.url);
		stored[3]!.url = `${ENDPOINT}/track?data=${encodeURIComponent(toBase64Json({ ...payload, time: 315_532_800 }))}`;
		storage.setItem(`kx:queue:${emu.publicKey}`, JSON.stringify(stored));
		const page = batched({ storage, onError: (report) => reports.push(report) });
		await until(() => read(page).length === 0 && !page.sending.size, 10_000, 'the replay');
		expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual(
			ids.filter((_, n) => n !== 3).sort(),
		);
		expect(reports.map(({ reason, count }) => [reason, count])).toEqual([['rejected', 1]]);
		const error = reports[0]!.error as KlaviyoApiError;
		expect(error).toBeInstanceOf(KlaviyoApiError);
		// Its own refusal only, not its neighbours'.
		expect(error.errors.map((each) => each.meta?.field)).toEqual(['data.3.timestamp']);
		expect(seen.map((request) => request.route)).toEqual(['POST /k/track-bulk', 'POST /k/track-bulk']);
	});

	it("Klaviyo's refusal of one event, passed back by the relay, rejects that one alone", async () => {
		const reports: FailureReport[] = [];
		const { storage, ids } = await storedQueue(5, 'klaviyo-split@example.com');
		const pointer = '/data/attributes/events/data/2/attributes/properties';
		emu.faults.add({
			path: '/client/event-bulk-create',
			status: 400,
			body: { errors: [{ id: '1', status: 400, code: 'invalid', title: 'Invalid', source: { pointer } }] },
			times: 1,
		});
		const page = batched({ storage, onError: (report) => reports.push(report) });
		await until(() => read(page).length === 0 && !page.sending.size, 10_000, 'the replay');
		expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual(
			ids.filter((_, n) => n !== 2).sort(),
		);
		expect(reports.map(({ reason }) => reason)).toEqual(['rejected']);
		expect((reports[0]!.error as KlaviyoApiError).errors[0]!.source).toEqual({ pointer });
	});

	it('keeps each request within the 60 KB a keepalive request or beacon may carry', async () => {
		const page = batched({ storage: memoryStorage(), maxQueueLength: 500, maxQueueBytes: 2_000_000 });
		const big = 'x'.repeat(1_000);
		const calls = Array.from({ length: 150 }, (_, n) =>
			track(page, { event: 'Big', email: 'big@example.com', properties: { n, big } }),
		);
		expect(await Promise.all(calls)).toEqual(Array(150).fill(1));
		const bulks = seen.filter((request) => request.route === 'POST /k/track-bulk');
		expect(bulks.length).toBeGreaterThan(1);
		for (const bulk of bulks) expect(Buffer.byteLength(bulk.body)).toBeLessThanOrEqual(60_000);
		expect(emu.store.events).toHaveLength(150);
	});

	it('events of different shoppers leave in different requests (one profile per bulk)', async () => {
		const page = batched({ storage: memoryStorage() });
		const calls = ['a', 'b', 'a', 'b', 'a', 'b'].map((who, n) =>
			track(page, { event: 'Mixed', email: `${who}@example.com`, properties: { n } }),
		);
		expect(await Promise.all(calls)).toEqual(Array(6).fill(1));
		expect(emu.store.events).toHaveLength(6);
		for (const bulk of seen.filter((request) => request.route === 'POST /k/track-bulk')) {
			const emails = new Set(
				(JSON.parse(bulk.body) as Array<Record<string, { $email: string }>>).map(
					(p) => p.customer_properties!.$email,
				),
			);
			expect(emails.size).toBe(1);
		}
		expectCleanTraffic(emu);
	});

	it('a relay without /track-bulk (an older version) gets the events one by one, none lost', async () => {
		const older: RelayHandler = async (request, peer) =>
			new URL(request.url).pathname.endsWith('/track-bulk')
				? Response.json({ errors: [{ status: '404', title: 'Not found' }] }, { status: 404 })
				: relay(request, peer);
		const { storage, ids } = await storedQueue(4, 'older@example.com');
		const page = batched({ storage, fetch: viaRelay(older) });
		await until(() => read(page).length === 0 && !page.sending.size, 10_000, 'the replay');
		expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual([...ids].sort());
		expect(seen.filter((request) => request.route === 'GET /k/track')).toHaveLength(4);
	});
});
