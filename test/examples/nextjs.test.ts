// examples/nextjs/middleware.ts, run with Next.js's own NextRequest and NextFetchEvent against the
// emulator over HTTP: the relay under /k/*, a server-side event after the response, the rest passed on.
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
// next/server exports NextFetchEvent as a type only; Next.js makes it from this module.
import { NextFetchEvent } from 'next/dist/server/web/spec-extension/fetch-event.js';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

let emulator: EmulatorServer;
let middleware: typeof import('../../examples/nextjs/middleware.js').middleware;

beforeAll(async () => {
	emulator = await startEmulator();
	Object.assign(process.env, {
		KLAVIYO_PUBLIC_KEY: emulator.publicKey,
		KLAVIYO_PRIVATE_KEY: emulator.privateKey,
		KLAVIYO_BASE_URL: emulator.url,
		SHOP_ORIGIN: 'https://shop.example',
	});
	({ middleware } = await import('../../examples/nextjs/middleware.js'));
});
afterAll(() => emulator?.close());

/** A request as Next.js hands it to middleware, and the waitUntil promises it collects. */
function call(url: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) {
	const pending: Promise<unknown>[] = [];
	const request = new NextRequest(url, init);
	const event = new NextFetchEvent({ request, page: '/', context: { waitUntil: (p) => pending.push(p) } });
	return { response: middleware(request, event), pending };
}

it('relays a beacon from the shop to Klaviyo, and refuses one from elsewhere', async () => {
	const data = btoa(
		JSON.stringify({
			token: emulator.publicKey,
			event: 'Viewed',
			customer_properties: { $email: 'ada@example.com' },
		}),
	);
	const headers = { origin: 'https://shop.example', 'x-forwarded-for': '203.0.113.9' };
	const ok = await call(`https://shop.example/k/track?data=${data}`, { headers }).response;
	expect(ok.status).toBe(202);
	const event = emulator.requests.find((r) => r.path === '/client/events');
	expect(event).toMatchObject({ status: 202, valid: true });
	expect(JSON.stringify(event!.body)).toContain('203.0.113.9'); // the shopper's IP, for geolocation
	const other = await call(`https://shop.example/k/track?data=${data}`, {
		headers: { origin: 'https://evil.example' },
	}).response;
	expect(other.status).toBe(403);
});

it("tracks a known shopper's checkout after the response and passes the request on", async () => {
	const { response, pending } = call('https://shop.example/checkout', {
		headers: { cookie: 'shopper_email=ada@example.com' },
	});
	expect((await response).headers.get('x-middleware-next')).toBe('1');
	await Promise.all(pending);
	expect(emulator.events()).toContainEqual(
		expect.objectContaining({ metric: 'Viewed Checkout', properties: { path: '/checkout' } }),
	);
	expect(emulator.invalidRequests()).toEqual([]);
});
