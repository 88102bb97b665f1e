/**
 * batchEvents: replays and bursts leave through /client/event-bulk-create, every guarantee of the
 * queue kept per event (once, unique_id, settled, a refusal reported alone).
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	createClient,
	type FailureReport,
	flush,
	KlaviyoApiError,
	memoryStorage,
	type PublicClientOptions,
	track,
} from '../../../src/public/index.js';
import { readQueue as read } from '../../../src/public/outbox/queue.js';
import { createBatchedClient, MAX_BULK_EVENTS } from '../../../src/public/storefront.js';
import { clientPosts, expectCleanTraffic, until } from '../helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const batched = (options: PublicClientOptions) =>
	createBatchedClient(emu.publicKey, { baseUrl: emu.url, ...options });

/** 100 events stored by a page that could not reach Klaviyo, as the next page finds them. */
async function storedQueue(count: number, email = 'replay@example.com') {
	const storage = memoryStorage();
	const offline = createClient(emu.publicKey, {
		baseUrl: emu.url,
		storage,
		maxRetries: 0,
		fetch: () => Promise.reject(new TypeError('offline')),
		onError: () => {},
	});
	const calls = Array.from({ length: count }, (_, i) =>
		track(offline, { event: 'Replayed', email, properties: { n: i } }).catch(() => {}),
	);
	await Promise.all(calls);
	const stored = read(offline);
	expect(stored).toHaveLength(count);
	// As the page left them on pagehide: no lease (release() in tabs.ts).
	for (const item of stored) item.lease = undefined;
	storage.setItem(`kx:queue:${emu.publicKey}`, JSON.stringify(stored));
	return { storage, ids: stored.map((item) => JSON.parse(item.body!).data.attributes.unique_id as string) };
}

describe('batchEvents', () => {
	it('100 stored events replayed under faults arrive once each in at most 5 requests', async () => {
		const { storage, ids } = await storedQueue(100);
		emu.faults.add({ method: 'POST', path: '/client/*', status: 503, times: 1 });
		emu.faults.add({ method: 'POST', path: '/client/*', drop: true, times: 1 });
		const page = batched({ storage });
		await until(() => read(page).length === 0 && !page.sending.size, 15_000, 'the replay');
		const posts = clientPosts(emu);
		expect(posts.length).toBeLessThanOrEqual(5);
		expect(posts.filter((post) => post.path === '/client/event-bulk-create').length).toBeGreaterThanOrEqual(
			1,
		);
		// Once each, with the unique_id each call was given.
		const recorded = emu.store.events.map((event) => event.unique_id);
		expect(recorded.sort()).toEqual([...ids].sort());
		expectCleanTraffic(emu);
		console.info(`100 stored events replayed in ${posts.length} requests (2 faults)`);
	});

	it('a burst goes in bulk, each call settles with its own result', async () => {
		const page = batched({ storage: memoryStorage() });
		const calls = Array.from({ length: 30 }, (_, i) =>
			track(page, { event: 'Burst', email: 'burst@example.com', properties: { n: i } }),
		);
		expect(await Promise.all(calls)).toEqual(Array(30).fill(1));
		expect(emu.store.events).toHaveLength(30);
		expect(clientPosts(emu).length).toBeLessThanOrEqual(4);
		expectCleanTraffic(emu);
	});

	it('splits a refusal that names one event: only that one is rejected', async () => {
		const reports: FailureReport[] = [];
		const storage = memoryStorage();
		const { storage: left, ids } = await storedQueue(6, 'split@example.com');
		storage.setItem(`kx:queue:${emu.publicKey}`, left.getItem(`kx:queue:${emu.publicKey}`)!);
		// Event 3's time, edited in storage to one Klaviyo refuses (before 1990).
		const key = `kx:queue:${emu.publicKey}`;
		const items = JSON.parse(storage.getItem(key)!);
		const body = JSON.parse(items[3].body);
		body.data.attributes.time = '1980-01-01T00:00:00Z';
		items[3].body = JSON.stringify(body);
		storage.setItem(key, JSON.stringify(items));
		const page = batched({ storage, onError: (report) => reports.push(report) });
		await until(() => read(page).length === 0 && !page.sending.size, 10_000, 'the replay');
		expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual(
			ids.filter((_, i) => i !== 3).sort(),
		);
		expect(reports.map((report) => report.reason)).toEqual(['rejected']);
		expect(reports[0]!.error).toBeInstanceOf(KlaviyoApiError);
		const paths = clientPosts(emu).map((post) => post.path);
		expect(paths).toEqual(['/client/event-bulk-create', '/client/event-bulk-create']);
	});

	it('keeps each request within 1,000 events and the 60 KB keepalive allows', async () => {
		expect(MAX_BULK_EVENTS).toBe(1000);
		const page = batched({ storage: memoryStorage(), maxQueueLength: 500, maxQueueBytes: 2_000_000 });
		const big = 'x'.repeat(1_000);
		const calls = Array.from({ length: 200 }, (_, i) =>
			track(page, { event: 'Big', email: 'big@example.com', properties: { n: i, big } }),
		);
		expect(await Promise.all(calls)).toEqual(Array(200).fill(1));
		const bulks = clientPosts(emu, '/client/event-bulk-create');
		expect(bulks.length).toBeGreaterThan(1);
		for (const bulk of bulks)
			expect(Buffer.byteLength(JSON.stringify(bulk.body))).toBeLessThanOrEqual(60_000);
		expect(emu.store.events).toHaveLength(200);
	});

	it('events of different shoppers go in different requests (one profile per bulk request)', async () => {
		const page = batched({ storage: memoryStorage() });
		await flush(page);
		const calls = ['a', 'b', 'a', 'b'].map((who, i) =>
			track(page, { event: 'Mixed', email: `${who}@example.com`, properties: { i } }),
		);
		expect(await Promise.all(calls)).toEqual([1, 1, 1, 1]);
		expect(emu.store.events).toHaveLength(4);
		expectCleanTraffic(emu);
	});
});
