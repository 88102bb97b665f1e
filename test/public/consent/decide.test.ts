/**
 * Consent first: a client made with `consent: 'pending'` sends nothing and touches no storage until
 * grantConsent, then delivers what it held, in order; denyConsent drops it, told once.
 */
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	createClient,
	type FailureReport,
	identify,
	type KeyValueStorage,
	memoryStorage,
	type PublicClientOptions,
	track,
} from '../../../src/public/index.js';
import { batchEvents, denyConsent, grantConsent } from '../../../src/public/storefront.js';
import { clientPosts, eventOf, expectCleanTraffic, storedEvents } from '../helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

/** A storage that counts every read and write. */
function watched(): KeyValueStorage & { touched: string[] } {
	const inner = memoryStorage();
	const touched: string[] = [];
	const note = (entry: string) => void touched.push(entry);
	return {
		touched,
		getItem: (key) => {
			note(`get ${key}`);
			return inner.getItem(key);
		},
		setItem: (key, value) => {
			note(`set ${key}`);
			inner.setItem(key, value);
		},
		removeItem: (key) => {
			note(`remove ${key}`);
			inner.removeItem(key);
		},
	};
}

const pending = (options: PublicClientOptions = {}) =>
	createClient(emu.publicKey, { baseUrl: emu.url, consent: 'pending', ...options });

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("consent: 'pending'", () => {
	it('sends nothing and touches no storage until granted, then delivers what was held, in order', async () => {
		const storage = watched();
		const fetches: string[] = [];
		const fetchSpy: typeof fetch = (input, init) => {
			fetches.push(String(input));
			return fetch(input, init);
		};
		const klaviyo = pending({ storage, fetch: fetchSpy });
		const calls = [
			identify(klaviyo, { email: 'held@example.com' }),
			...Array.from({ length: 6 }, (_, i) =>
				track(klaviyo, { event: `Held ${i}`, email: 'held@example.com' }),
			),
		];
		await settle();
		expect(fetches).toEqual([]);
		expect(emu.requests).toEqual([]);
		expect(storage.touched).toEqual([]);

		await grantConsent(klaviyo);
		expect(await Promise.all(calls)).toEqual([1, 1, 1, 1, 1, 1, 1]);
		const events = clientPosts(emu, '/client/events').map(
			(request) => eventOf(request).metric.data.attributes.name,
		);
		expect(events).toEqual(['Held 0', 'Held 1', 'Held 2', 'Held 3', 'Held 4', 'Held 5']);
		expect(storedEvents(emu, 'Held 5')[0]!.profile_id).toBe(emu.store.profileByEmail('held@example.com')!.id);
		expect(storage.touched.some((entry) => entry.startsWith('set '))).toBe(true);
		expectCleanTraffic(emu);
		// From now on the client is as any other.
		await expect(track(klaviyo, { event: 'After', email: 'held@example.com' })).resolves.toBe(1);
	});

	it("only 'pending' withholds: any other value (plain JS's 'granted') is a client as usual", async () => {
		const klaviyo = createClient(emu.publicKey, { baseUrl: emu.url, consent: 'granted' as never });
		await expect(track(klaviyo, { event: 'Not held', email: 'g@example.com' })).resolves.toBe(1);
	});

	it('holds at most maxQueueLength calls, the oldest dropped and reported', async () => {
		const reports: FailureReport[] = [];
		const klaviyo = pending({ maxQueueLength: 3, onError: (report) => reports.push(report) });
		const calls = Array.from({ length: 5 }, (_, i) =>
			track(klaviyo, { event: `Bounded ${i}`, email: 'b@example.com' }),
		);
		await settle();
		expect(reports.map((report) => report.reason)).toEqual(['dropped', 'dropped']);
		await grantConsent(klaviyo);
		const outcomes = await Promise.allSettled(calls);
		expect(outcomes.map((outcome) => outcome.status)).toEqual([
			'rejected',
			'rejected',
			'fulfilled',
			'fulfilled',
			'fulfilled',
		]);
		expect(emu.store.events).toHaveLength(3);
	});

	it('denied: what was held is dropped, onError told once, later calls resolve 0 unsent', async () => {
		const reports: FailureReport[] = [];
		const storage = watched();
		const klaviyo = pending({ storage, onError: (report) => reports.push(report) });
		const calls = Array.from({ length: 7 }, (_, i) =>
			track(klaviyo, { event: `Denied ${i}`, email: 'd@example.com' }),
		);
		await settle();
		denyConsent(klaviyo);
		expect(await Promise.all(calls)).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({ reason: 'dropped', count: 7 });
		await expect(track(klaviyo, { event: 'Later', email: 'd@example.com' })).resolves.toBe(0);
		await settle();
		expect(emu.requests).toEqual([]);
		expect(storage.touched).toEqual([]);
		// A decision taken twice changes nothing.
		denyConsent(klaviyo);
		await grantConsent(klaviyo);
		expect(reports).toHaveLength(1);
	});

	it('a shopper the site knew from an earlier, consented visit stays who they were', async () => {
		const storage = memoryStorage();
		const before = createClient(emu.publicKey, { baseUrl: emu.url, storage });
		// Server side there is no page identity: the stored record is made by hand, as a page would.
		storage.setItem(`kx:identity:${emu.publicKey}`, JSON.stringify({ anonymous_id: 'known-anon' }));
		void before;
		const klaviyo = pending({ storage });
		klaviyo.identity = { anonymous_id: 'pending-anon' };
		await grantConsent(klaviyo);
		expect(klaviyo.identity).toEqual({ anonymous_id: 'known-anon' });
	});

	it('batchEvents on a pending client holds its bulk requests too, and sends them on grant', async () => {
		const klaviyo = pending();
		batchEvents(klaviyo);
		const calls = Array.from({ length: 10 }, (_, i) =>
			track(klaviyo, { event: `Bulk held ${i}`, email: 'bh@example.com' }),
		);
		await settle();
		expect(emu.requests).toEqual([]);
		await grantConsent(klaviyo);
		expect(await Promise.all(calls)).toEqual(Array(10).fill(1));
		expect(clientPosts(emu).length).toBeLessThanOrEqual(3);
		expect(emu.store.events).toHaveLength(10);
		expectCleanTraffic(emu);
	});
});
