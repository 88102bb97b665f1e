/**
 * The public client in Node (no window): what server code and Workers get. Every request goes to
 * the emulator over HTTP and is validated against Klaviyo's spec.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REVISION } from '../../src/core/options.js';
import {
	createClient,
	flush,
	identify,
	type KeyValueStorage,
	KlaviyoApiError,
	KlaviyoConfigurationError,
	KlaviyoError,
	KlaviyoServerError,
	KlaviyoValidationError,
	memoryStorage,
	optIn,
	optOut,
	PublicClient,
	type PublicClientOptions,
	subscribe,
	track,
	trackOnce,
} from '../../src/public/index.js';
import { readQueue } from '../../src/public/outbox/queue.js';
import {
	clientPosts,
	eventOf,
	expectCleanTraffic,
	rejectionOf,
	storedEvents,
	thrownBy,
	until,
} from './helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const client = (options: PublicClientOptions = {}) =>
	createClient(emu.publicKey, { baseUrl: emu.url, ...options });

describe('creating a client', () => {
	it('refuses a private key without repeating it', () => {
		const error = thrownBy(() => createClient('pk_secret_0123456789abcdef'));
		expect(error).toBeInstanceOf(KlaviyoConfigurationError);
		expect(error.message).toMatch(/private API key/);
		expect(error.message).not.toContain('secret');
		expect(JSON.stringify(error)).not.toContain('secret');
		expect(() => new PublicClient('pk_another')).toThrow(KlaviyoConfigurationError);
		// A pasted key with a stray space or in capitals is still a private key.
		expect(() => createClient(' pk_pasted_with_a_space')).toThrow(KlaviyoConfigurationError);
		expect(() => createClient('PK_SHOUTED')).toThrow(KlaviyoConfigurationError);
	});

	it('needs a public key', () => {
		expect(() => createClient('')).toThrow('Public api token was not provided.');
	});

	it('exposes the token read-only, as node-klaviyo did', () => {
		const klaviyo = new PublicClient('ABC123');
		expect(klaviyo.token).toBe('ABC123');
		const error = thrownBy(() => {
			klaviyo.token = 'XYZ';
		});
		expect(error).toBeInstanceOf(KlaviyoError);
		expect(error.message).toBe('This value is not writeable.');
		expect(klaviyo.token).toBe('ABC123');
	});

	it('attaches no listeners and arms no timer outside a browser', () => {
		const klaviyo = client();
		expect(klaviyo.identity).toBeUndefined();
		expect(klaviyo.timer).toBeUndefined();
	});
});

describe('validation (thrown synchronously, before anything is queued)', () => {
	it("uses node-klaviyo's messages, identity first", () => {
		const klaviyo = client();
		const noOne = thrownBy(() => track(klaviyo, { event: 'Viewed' }));
		expect(noOne).toBeInstanceOf(KlaviyoValidationError);
		expect(noOne.message).toBe('You must identify a user by email or ID.');
		expect(thrownBy(() => track(klaviyo, {} as never)).message).toBe(
			'You must identify a user by email or ID.',
		);
		const noEvent = thrownBy(() => track(klaviyo, { email: 'a@example.com' } as never));
		expect(noEvent).toBeInstanceOf(KlaviyoValidationError);
		expect(noEvent.message).toBe('Event name was not provided.');
		expect((noEvent as KlaviyoValidationError).field).toBe('event');
		expect(thrownBy(() => identify(klaviyo, { properties: { $first_name: 'Ann' } })).message).toBe(
			'You must identify a user by email or ID.',
		);
		expect(thrownBy(() => trackOnce(klaviyo, { id: 7 } as never)).message).toBe(
			'Event name was not provided.',
		);
		expect(readQueue(klaviyo)).toEqual([]);
		expect(emu.requests).toEqual([]);
	});

	it('checks subscribe input and legacy values', () => {
		const klaviyo = client();
		expect(thrownBy(() => subscribe(klaviyo, { email: 'a@example.com' } as never)).message).toBe(
			'List ID was not provided.',
		);
		expect(thrownBy(() => subscribe(klaviyo, { listId: 'Y6nRLr' })).message).toMatch(/email or phone number/);
		const time = thrownBy(() => track(klaviyo, { event: 'E', email: 'a@example.com', timestamp: 12 }));
		expect((time as KlaviyoValidationError).field).toBe('timestamp');
		const value = thrownBy(() =>
			track(klaviyo, { event: 'E', email: 'a@example.com', properties: { $value: 'lots' } }),
		);
		expect((value as KlaviyoValidationError).field).toBe('properties.$value');
		expect(readQueue(klaviyo)).toEqual([]);
		expect(emu.requests).toEqual([]);
	});
});

describe('delivery to Klaviyo', () => {
	it('identifies then tracks: resolves 1 once accepted, with the right profile and metric', async () => {
		const klaviyo = client();
		await expect(
			identify(klaviyo, {
				email: 'dave@example.com',
				id: 'cust-1',
				properties: { $first_name: 'Dave', plan: 'gold' },
			}),
		).resolves.toBe(1);
		await expect(
			track(klaviyo, {
				event: 'Ordered Pizza',
				email: 'dave@example.com',
				properties: { $value: 23.99, size: 'L' },
			}),
		).resolves.toBe(1);

		const profile = emu.store.profileByEmail('dave@example.com')!;
		expect(profile).toMatchObject({
			external_id: 'cust-1',
			first_name: 'Dave',
			properties: { plan: 'gold' },
		});
		const [event] = storedEvents(emu, 'Ordered Pizza');
		expect(event).toMatchObject({ profile_id: profile.id, value: 23.99, properties: { size: 'L' } });

		const [post] = clientPosts(emu, '/client/events');
		expect(post!.query).toEqual({ company_id: emu.publicKey });
		expect(post!.headers.revision).toBe(DEFAULT_REVISION);
		expect(post!.headers['content-type']).toBe('application/vnd.api+json');
		expectCleanTraffic(emu);
	});

	it('maps the legacy special keys ($value, $event_id, timestamp, ipAddress, $-profile keys)', async () => {
		const klaviyo = client();
		await track(klaviyo, {
			event: 'Placed Order',
			id: 42,
			timestamp: 1_700_000_000,
			ipAddress: '203.0.113.9',
			properties: { $value: '99.5', $event_id: 'order-1001', items: 2 },
			customerProperties: { $email: 'eve@example.com', $city: 'Boston', $first_name: 'Eve', vip: true },
			headers: { 'x-shop': 'demo', revision: 'overridden?' },
		});
		const [post] = clientPosts(emu, '/client/events');
		expect(eventOf(post!)).toMatchObject({
			unique_id: 'order-1001',
			value: 99.5,
			time: '2023-11-14T22:13:20.000Z',
			properties: { items: 2 },
			profile: {
				data: {
					attributes: {
						email: 'eve@example.com',
						external_id: '42',
						first_name: 'Eve',
						location: { city: 'Boston', ip: '203.0.113.9' },
						properties: { vip: true },
					},
				},
			},
		});
		expect(eventOf(post!).properties).not.toHaveProperty('$value');
		expect(post!.headers['x-shop']).toBe('demo');
		expect(post!.headers.revision).toBe(DEFAULT_REVISION);
		expect(storedEvents(emu, 'Placed Order')[0]).toMatchObject({
			unique_id: 'order-1001',
			timestamp: 1_700_000_000,
		});
		expectCleanTraffic(emu);
	});

	it('gives every event its own unique_id when none is set', async () => {
		const klaviyo = client();
		await Promise.all([1, 2, 3].map(() => track(klaviyo, { event: 'Clicked', email: 'a@example.com' })));
		const ids = clientPosts(emu).map((post) => eventOf(post).unique_id);
		expect(new Set(ids).size).toBe(3);
		expect(storedEvents(emu, 'Clicked')).toHaveLength(3); // same second, still three events
	});

	it('trackOnce records the event once per profile and metric', async () => {
		const klaviyo = new PublicClient(emu.publicKey, { baseUrl: emu.url });
		const once = { event: 'Started Checkout', email: 'o@example.com', properties: { cart: 1 } };
		await expect(klaviyo.trackOnce(once)).resolves.toBe(1);
		await expect(klaviyo.trackOnce({ ...once, properties: { cart: 2, $event_id: 'mine' } })).resolves.toBe(1);
		await klaviyo.trackOnce({ ...once, email: 'other@example.com' });
		const posts = clientPosts(emu);
		expect(posts.map((post) => eventOf(post).unique_id)).toEqual([
			'__track_once__:Started Checkout',
			'__track_once__:Started Checkout',
			'__track_once__:Started Checkout',
		]);
		expect(storedEvents(emu, 'Started Checkout').map((event) => event.properties.cart)).toEqual([1, 1]);
		expectCleanTraffic(emu);
	});

	it('subscribes to a list by email with consent', async () => {
		const listId = emu.store.addList({ name: 'Newsletter' }).id;
		const klaviyo = client();
		const result = subscribe(klaviyo, {
			listId,
			email: 'sub@example.com',
			properties: { $first_name: 'Sue' },
			customSource: 'Footer form',
		});
		await expect(result).resolves.toBe(1);
		const [post] = clientPosts(emu, '/client/subscriptions');
		expect(post!.body).toMatchObject({
			data: {
				type: 'subscription',
				attributes: {
					custom_source: 'Footer form',
					profile: { data: { type: 'profile', attributes: { email: 'sub@example.com', first_name: 'Sue' } } },
				},
				relationships: { list: { data: { type: 'list', id: listId } } },
			},
		});
		const profile = emu.store.profileByEmail('sub@example.com')!;
		expect(profile.subscriptions.email.marketing.consent).toBe('SUBSCRIBED');
		expect(emu.store.lists.get(listId)!.members.has(profile.id)).toBe(true);
		expectCleanTraffic(emu);
	});
});

describe("node-klaviyo's retired endpoints", () => {
	it('are never called: the emulator answers them 410, the SDK only speaks /client/*', async () => {
		const gone = await fetch(`${emu.url}/api/track?data=e30%3D`);
		expect(gone.status).toBe(410);
		emu.reset();

		const klaviyo = new PublicClient(emu.publicKey, { baseUrl: emu.url });
		const listId = emu.store.addList({ name: 'All' }).id;
		await klaviyo.identify({ email: 'legacy@example.com', post: true, isTest: true });
		await klaviyo.track({ event: 'Legacy', email: 'legacy@example.com', post: true, isTest: true });
		await klaviyo.trackOnce({ event: 'Legacy Once', id: 'l-1' });
		await klaviyo.subscribe({ listId, email: 'legacy@example.com' });
		expect(emu.requests.map((request) => request.path)).toEqual([
			'/client/profiles',
			'/client/events',
			'/client/events',
			'/client/subscriptions',
		]);
		expectCleanTraffic(emu);
	});
});

describe('retries and failures', () => {
	it('retries a 503 and a dropped connection with the same unique_id', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: 1 });
		emu.faults.add({ path: '/client/events', drop: true, nth: [2] });
		const klaviyo = client();
		await expect(track(klaviyo, { event: 'Flaky', email: 'f@example.com' })).resolves.toBe(1);
		const posts = clientPosts(emu);
		expect(posts.map((post) => post.status)).toEqual([503, 0, 202]);
		expect(new Set(posts.map((post) => eventOf(post).unique_id)).size).toBe(1);
		expect(storedEvents(emu, 'Flaky')).toHaveLength(1);
		expect(readQueue(klaviyo)).toEqual([]);
	});

	it('waits as long as Retry-After says on 429', async () => {
		emu.faults.add({ path: '/client/events', status: 429, retryAfter: 1, times: 1 });
		const klaviyo = client();
		await expect(track(klaviyo, { event: 'Limited', email: 'r@example.com' })).resolves.toBe(1);
		const [first, second] = clientPosts(emu);
		expect(first!.status).toBe(429);
		expect(Date.parse(second!.at) - Date.parse(first!.at)).toBeGreaterThanOrEqual(900);
	});

	it('rejects a permanent 4xx with the typed error, reports it, and does not retry', async () => {
		emu.faults.add({ path: '/client/profiles', status: 400, times: 1 });
		const onError = vi.fn();
		const klaviyo = client({ onError });
		const error = await rejectionOf(identify(klaviyo, { email: 'bad@example.com' }));
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect((error as KlaviyoApiError).statusCode).toBe(400);
		expect(onError).toHaveBeenCalledWith({ reason: 'rejected', error, count: 1 });
		expect(clientPosts(emu)).toHaveLength(1);
		expect(readQueue(klaviyo)).toEqual([]);
	});

	it('after maxRetries rejects but keeps the request queued for a later flush', async () => {
		emu.faults.add({ path: '/client/events', status: 500, times: 2 });
		const klaviyo = client({ maxRetries: 1 });
		const error = await rejectionOf(track(klaviyo, { event: 'Outage', email: 'o@example.com' }));
		expect(error).toBeInstanceOf(KlaviyoServerError);
		expect(readQueue(klaviyo)).toHaveLength(1);
		await new Promise((resolve) => setTimeout(resolve, 600)); // no retry is armed for a spent request
		expect(clientPosts(emu)).toHaveLength(2);
		await flush(klaviyo);
		expect(readQueue(klaviyo)).toEqual([]);
		expect(storedEvents(emu, 'Outage')).toHaveLength(1);
	});
});

describe('the queue', () => {
	it('is bounded in count: the oldest requests are dropped and reported', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: Number.POSITIVE_INFINITY });
		const onError = vi.fn();
		const klaviyo = client({ maxQueueLength: 3, maxRetries: 0, onError });
		const calls = [1, 2, 3, 4, 5].map((n) => track(klaviyo, { event: `E${n}`, email: 'q@example.com' }));
		const outcomes = await Promise.allSettled(calls);
		const dropped = outcomes.slice(0, 2).map((outcome) => (outcome as PromiseRejectedResult).reason);
		expect(dropped[0]).toBeInstanceOf(KlaviyoError);
		expect(dropped[0].message).toMatch(/^Queue full/);
		expect(klaviyo.dropped).toBe(2);
		expect(onError.mock.calls.filter(([report]) => report.reason === 'dropped')).toHaveLength(2);
		expect(
			readQueue(klaviyo).map((item) => JSON.parse(item.body!).data.attributes.metric.data.attributes.name),
		).toEqual(['E3', 'E4', 'E5']);
		emu.faults.clear();
		await flush(klaviyo);
		expect(readQueue(klaviyo)).toEqual([]);
		expect(emu.store.events.length).toBe(3);
	});

	it('is bounded in bytes', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: Number.POSITIVE_INFINITY });
		const klaviyo = client({ maxQueueBytes: 3_000, maxRetries: 0, onError: () => {} });
		const big = 'x'.repeat(1_000);
		for (let n = 0; n < 5; n++)
			track(klaviyo, { event: 'Big', email: 'b@example.com', properties: { big } }).catch(() => {});
		const stored = readQueue(klaviyo);
		expect(stored.length).toBeGreaterThan(0);
		expect(JSON.stringify(stored).length).toBeLessThanOrEqual(3_000);
		expect(klaviyo.dropped).toBe(5 - stored.length);
		expect(klaviyo.dropped).toBeGreaterThanOrEqual(3);
	});

	it('is replayed by the next client on the same storage, each event delivered once', async () => {
		emu.faults.add({ path: '/client/events', drop: true, times: Number.POSITIVE_INFINITY });
		const storage = memoryStorage();
		const first = client({ storage, maxRetries: 0 });
		const sent = [1, 2, 3].map((n) =>
			track(first, { event: 'Offline', email: 'r@example.com', properties: { n } }),
		);
		await Promise.allSettled(sent);
		expect(readQueue(first)).toHaveLength(3);
		emu.faults.clear();

		const next = client({ storage }); // "the next page load"
		await flush(next);
		await flush(first);
		const events = storedEvents(emu, 'Offline');
		expect(events.map((event) => event.properties.n).sort()).toEqual([1, 2, 3]);
		const accepted = clientPosts(emu).filter((post) => post.status === 202);
		expect(new Set(accepted.map((post) => eventOf(post).unique_id)).size).toBe(accepted.length);
	});

	it('is shared by two clients (tabs) without double sending', async () => {
		emu.faults.add({ path: '/client/events', delayMs: 100, times: Number.POSITIVE_INFINITY });
		const storage = memoryStorage();
		const tabA = client({ storage });
		const tabB = client({ storage });
		const calls = [1, 2, 3, 4].map((n) =>
			track(tabA, { event: 'Tab', email: 't@example.com', properties: { n } }),
		);
		await flush(tabB);
		await Promise.all(calls);
		expect(clientPosts(emu)).toHaveLength(4);
		expect(storedEvents(emu, 'Tab')).toHaveLength(4);
	});

	it('drops an event too large for any queue alone, keeping what was queued before it', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: Number.POSITIVE_INFINITY });
		const onError = vi.fn();
		const klaviyo = client({ maxQueueBytes: 5_000, maxRetries: 0, onError });
		const small = [1, 2, 3].map((n) => track(klaviyo, { event: `Small ${n}`, email: 'q@example.com' }));
		const big = track(klaviyo, {
			event: 'Huge',
			email: 'q@example.com',
			properties: { blob: 'x'.repeat(6_000) },
		});
		expect(((await rejectionOf(big)) as Error).message).toMatch(/^Queue full/);
		expect(onError.mock.calls.filter(([report]) => report.reason === 'dropped')).toHaveLength(1);
		expect(klaviyo.dropped).toBe(1);
		emu.faults.clear();
		await flush(klaviyo);
		await expect(Promise.all(small)).resolves.toEqual([1, 1, 1]);
		expect(emu.store.events).toHaveLength(3);
	});

	it('stays in memory when the storage is full (QuotaExceededError): nothing thrown, nothing lost', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: 1 });
		const saved = memoryStorage();
		let full = true;
		const storage: KeyValueStorage = {
			...saved,
			setItem(key, value) {
				if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				saved.setItem(key, value);
			},
		};
		const klaviyo = client({ storage });
		await expect(track(klaviyo, { event: 'Quota', email: 'q@example.com' })).resolves.toBe(1);
		const posts = clientPosts(emu);
		expect(posts.map((post) => post.status)).toEqual([503, 202]);
		expect(new Set(posts.map((post) => eventOf(post).unique_id)).size).toBe(1);

		// Kept (and retried) from memory while the storage refuses, written through once it has room.
		emu.faults.add({ path: '/client/events', drop: true, times: Number.POSITIVE_INFINITY });
		const offline = client({ storage, maxRetries: 0 });
		await rejectionOf(track(offline, { event: 'Quota Later', email: 'q@example.com' }));
		expect(readQueue(offline)).toHaveLength(1);
		expect(saved.getItem(`kx:queue:${emu.publicKey}`)).toBeNull();
		full = false;
		emu.faults.clear();
		await flush(offline);
		expect(readQueue(offline)).toEqual([]);
		expect(storedEvents(emu, 'Quota Later')).toHaveLength(1);

		full = true; // an opt-out that cannot be saved still holds for this page
		optOut(offline);
		await expect(track(offline, { event: 'Quota Off', email: 'q@example.com' })).resolves.toBe(0);
		expect(storedEvents(emu, 'Quota Off')).toHaveLength(0);
	});

	it("settles a call even when another tab made the request's last attempt", async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: Number.POSITIVE_INFINITY });
		const storage = memoryStorage();
		const tabA = client({ storage, maxRetries: 1 });
		const call = track(tabA, { event: 'Contended', email: 'c@example.com' });
		// Handlers attached at once: the call may settle while the test is still waiting below.
		const settled = call.then(
			() => 'resolved',
			(error) => error.name,
		);
		await until(() => readQueue(tabA)[0]?.tries === 1 && !tabA.sending.size);
		// Another tab (its own copy of the SDK) retries the shared queue first, and fails: no retries left.
		vi.resetModules();
		const other = await import('../../src/public/index.js');
		other.createClient(emu.publicKey, { baseUrl: emu.url, storage, maxRetries: 1 }); // replays the queue
		await until(() => readQueue(tabA)[0]?.tries === 2 && !readQueue(tabA)[0]!.lease);
		const later = new Promise((resolve) => setTimeout(resolve, 3_000, 'still pending'));
		expect(await Promise.race([settled, later])).toBe('KlaviyoServerError');
	});

	it('puts back a request that another tab writing the queue at the same moment lost, and delivers it', async () => {
		emu.faults.add({ path: '/client/events', status: 503 });
		const storage = memoryStorage();
		const tabA = client({ storage, maxRetries: 3 });
		const call = track(tabA, { event: 'Raced', email: 'r@example.com' });
		await until(() => readQueue(tabA)[0]?.tries === 1 && !tabA.sending.size);
		// Tab B read the queue before A's write and wrote its own copy after it: A's request is gone.
		storage.removeItem(`kx:queue:${emu.publicKey}`);
		await flush(tabA);
		await expect(call).resolves.toBe(1);
		expect(storedEvents(emu, 'Raced')).toHaveLength(1);
		expect(readQueue(tabA)).toEqual([]);
	});

	it('a request another tab delivered settles here without being sent again', async () => {
		emu.faults.add({ path: '/client/events', status: 503 });
		const storage = memoryStorage();
		const tabA = client({ storage, maxRetries: 3 });
		const call = track(tabA, { event: 'Shared', email: 's@example.com' });
		await until(() => readQueue(tabA)[0]?.tries === 1 && !tabA.sending.size);
		vi.resetModules();
		const other = await import('../../src/public/index.js');
		await other.flush(other.createClient(emu.publicKey, { baseUrl: emu.url, storage }));
		await flush(tabA);
		await expect(call).resolves.toBe(1);
		expect(clientPosts(emu).map((post) => post.status)).toEqual([503, 202]);
	});

	it('flush() resolves when nothing is left', async () => {
		const klaviyo = client();
		track(klaviyo, { event: 'A', email: 'f@example.com' });
		identify(klaviyo, { email: 'f@example.com', properties: { $last_name: 'F' } });
		await flush(klaviyo);
		expect(readQueue(klaviyo)).toEqual([]);
		expect(clientPosts(emu)).toHaveLength(2);
	});
});

describe('opting out', () => {
	it('stops all sending, clears the queue, and resolves 0', async () => {
		emu.faults.add({ path: '/client/events', status: 503, times: Number.POSITIVE_INFINITY });
		const klaviyo = client({ maxRetries: 5 });
		const pending = track(klaviyo, { event: 'Before', email: 'x@example.com' });
		await new Promise((resolve) => setTimeout(resolve, 50));
		optOut(klaviyo);
		await expect(pending).resolves.toBe(0);
		expect(readQueue(klaviyo)).toEqual([]);
		emu.faults.clear();
		const before = emu.requests.length;
		await expect(track(klaviyo, { event: 'After', email: 'x@example.com' })).resolves.toBe(0);
		await flush(klaviyo);
		expect(emu.requests.length).toBe(before);

		optIn(klaviyo);
		await expect(track(klaviyo, { event: 'Again', email: 'x@example.com' })).resolves.toBe(1);
		expect(storedEvents(emu, 'Before')).toHaveLength(0);
		expect(storedEvents(emu, 'Again')).toHaveLength(1);
	});
});
