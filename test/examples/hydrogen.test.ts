// examples/hydrogen's server.ts in workerd (what Oxygen runs): the relay under /k/* with the
// buyer's IP from Oxygen's header, an order webhook tracked once however often it is delivered,
// and every other request left to Hydrogen's handler.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExampleWorker, startExample } from './workerd.js';

let worker: ExampleWorker;
beforeAll(async () => {
	worker = await startExample('examples/hydrogen/server.ts');
}, 60_000);
afterAll(() => worker?.close());

it("relays the storefront's identify with the buyer's IP, and leaves pages to Hydrogen", async () => {
	const data = btoa(
		JSON.stringify({ token: worker.emulator.publicKey, properties: { $email: 'ada@example.com' } }),
	);
	const relayed = await worker.fetch(`https://shop.example/k/identify?data=${data}`, {
		headers: { 'oxygen-buyer-ip': '192.0.2.44' },
	});
	expect(relayed.status).toBe(202);
	const profile = worker.emulator.requests.find((r) => r.path === '/client/profiles');
	expect(profile).toMatchObject({ status: 202, valid: true });
	expect(JSON.stringify(profile!.body)).toContain('192.0.2.44');
	expect(await (await worker.fetch('https://shop.example/products/pizza')).text()).toBe(
		'storefront page /products/pizza',
	);
});

it('an order webhook delivered twice is one Placed Order in Klaviyo', async () => {
	const order = JSON.stringify({ id: 4242, email: 'ada@example.com', total_price: '23.99' });
	for (let i = 0; i < 2; i++) {
		const response = await worker.fetch('https://shop.example/webhooks/orders-create', {
			method: 'POST',
			body: order,
		});
		expect(response.status).toBe(204);
	}
	await expect
		.poll(() => worker.emulator.requests.filter((r) => r.path === '/api/events' && r.status === 202).length, {
			timeout: 15_000,
		})
		.toBe(2);
	expect(
		worker.emulator
			.events()
			.filter((e) => e.metric === 'Placed Order')
			.map((e) => e.value),
	).toEqual([23.99]);
	expect(worker.emulator.invalidRequests()).toEqual([]);
});
