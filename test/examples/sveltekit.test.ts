// examples/sveltekit's two endpoints, called as SvelteKit calls them (a RequestEvent with the
// request and getClientAddress) with real requests, against the emulator over HTTP.
import type { RequestEvent } from '@sveltejs/kit';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, expect, it } from 'vitest';

let emulator: EmulatorServer;
let relay: typeof import('../../examples/sveltekit/src/routes/k/[...path]/+server.js');
let checkout: typeof import('../../examples/sveltekit/src/routes/checkout/+server.js');

beforeAll(async () => {
	emulator = await startEmulator();
	Object.assign(process.env, {
		KLAVIYO_PUBLIC_KEY: emulator.publicKey,
		KLAVIYO_PRIVATE_KEY: emulator.privateKey,
		KLAVIYO_BASE_URL: emulator.url,
	});
	relay = await import('../../examples/sveltekit/src/routes/k/[...path]/+server.js');
	checkout = await import('../../examples/sveltekit/src/routes/checkout/+server.js');
});
afterAll(() => emulator?.close());

/** The parts of SvelteKit's RequestEvent the endpoints read. */
const eventFor = (request: Request, ip = '198.51.100.4') =>
	({ request, url: new URL(request.url), getClientAddress: () => ip }) as unknown as RequestEvent;

it("the relay endpoint forwards a page's identify with the shopper's address", async () => {
	const data = JSON.stringify({ token: emulator.publicKey, properties: { $email: 'ada@example.com' } });
	const response = await relay.fallback(
		eventFor(
			new Request('https://shop.example/k/identify', {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ data }),
			}),
		),
	);
	expect(response.status).toBe(202);
	const profile = emulator.requests.find((r) => r.path === '/client/profiles');
	expect(profile).toMatchObject({ status: 202, valid: true });
	expect(JSON.stringify(profile!.body)).toContain('198.51.100.4');
});

it('the checkout endpoint tracks the event with the private key', async () => {
	const response = await checkout.POST(
		eventFor(
			new Request('https://shop.example/checkout', {
				method: 'POST',
				body: JSON.stringify({ email: 'ada@example.com', total: 42 }),
			}),
		),
	);
	expect(await response.json()).toEqual({ ok: true });
	expect(emulator.events()).toContainEqual(
		expect.objectContaining({ metric: 'Started Checkout', value: 42 }),
	);
	expect(emulator.invalidRequests()).toEqual([]);
});
