// examples/hono in workerd: its relay middleware and its server-side checkout event, against the
// emulator; the app's own routes are untouched.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExampleWorker, startExample } from './workerd.js';

let worker: ExampleWorker;
beforeAll(async () => {
	worker = await startExample('examples/hono/src/index.ts');
}, 60_000);
afterAll(() => worker?.close());

it('relays a beacon from the shop, refuses one from elsewhere, and leaves the app its routes', async () => {
	const data = btoa(
		JSON.stringify({
			token: worker.emulator.publicKey,
			event: 'Viewed',
			customer_properties: { $email: 'ada@example.com' },
		}),
	);
	const ok = await worker.fetch(`https://shop.example/k/track?data=${data}`, {
		headers: { origin: 'https://shop.example', 'cf-connecting-ip': '203.0.113.5' },
	});
	expect([ok.status, await ok.text()]).toEqual([202, '1']);
	const relayed = worker.emulator.requests.find((r) => r.path === '/client/events');
	expect(relayed).toMatchObject({ status: 202, valid: true });
	expect(JSON.stringify(relayed!.body)).toContain('203.0.113.5');
	const refused = await worker.fetch(`https://shop.example/k/track?data=${data}`);
	expect(refused.status).toBe(403);
	expect(await (await worker.fetch('https://shop.example/')).text()).toBe('the shop');
});

it('tracks Started Checkout after the response', async () => {
	const response = await worker.fetch('https://shop.example/checkout', {
		method: 'POST',
		body: JSON.stringify({ email: 'ada@example.com', total: 42 }),
	});
	expect(await response.json()).toEqual({ ok: true });
	await expect
		.poll(() => worker.emulator.events().map((e) => [e.metric, e.value]), { timeout: 15_000 })
		.toContainEqual(['Started Checkout', 42]);
	expect(worker.emulator.invalidRequests()).toEqual([]);
});
