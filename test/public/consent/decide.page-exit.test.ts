// @vitest-environment happy-dom
/**
 * A page that leaves while consent is pending sends nothing, not even by `sendBeacon` to a
 * first-party relay (which does not go through the client's fetch); once granted, page exit
 * delivers as usual.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, memoryStorage, track } from '../../../src/public/index.js';
import { grantConsent } from '../../../src/public/storefront.js';

afterEach(() => vi.restoreAllMocks());

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("consent: 'pending' at page exit", () => {
	it('no beacon and no fetch leave when the page goes away before consent; after consent they do', async () => {
		const beacons: string[] = [];
		vi.spyOn(navigator, 'sendBeacon').mockImplementation((url) => {
			beacons.push(String(url));
			return true;
		});
		const fetches: string[] = [];
		const fetchSpy: typeof fetch = async (input) => {
			fetches.push(String(input));
			return new Response('1', { status: 202 });
		};
		const klaviyo = createClient('PUBKEY', {
			endpoint: '/k',
			consent: 'pending',
			storage: memoryStorage(),
			fetch: fetchSpy,
		});
		for (let i = 0; i < 6; i++) void track(klaviyo, { event: `Held ${i}`, email: 'held@example.com' });
		await settle();
		dispatchEvent(new Event('pagehide'));
		document.dispatchEvent(new Event('visibilitychange'));
		await settle();
		expect(beacons).toEqual([]);
		expect(fetches).toEqual([]);

		await grantConsent(klaviyo);
		await settle();
		expect(beacons.length + fetches.length).toBeGreaterThanOrEqual(6);
	});
});
