import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { expect, inject, it } from 'vitest';
import worker from '../../examples/worker/src/index.js';

const env = {
	KLAVIYO_PUBLIC_KEY: inject('publicKey'),
	KLAVIYO_PRIVATE_KEY: inject('privateKey'),
	KLAVIYO_BASE_URL: inject('emulatorUrl'),
};

async function received(): Promise<Array<{ method: string; path: string; valid: boolean; body: unknown }>> {
	return (await fetch(`${env.KLAVIYO_BASE_URL}/__emulator/requests`)).json();
}

it('examples/worker tracks a server-side event after the response, through waitUntil', async () => {
	const ctx = createExecutionContext();
	const response = await worker.fetch(
		new Request('https://shop.example/checkout', {
			method: 'POST',
			body: JSON.stringify({ email: 'edge@example.com', total: 42 }),
		}),
		env,
		ctx,
	);
	expect(await response.json()).toEqual({ ok: true });
	await waitOnExecutionContext(ctx);
	const event = (await received()).filter((r) => r.path === '/api/events').at(-1);
	expect(event).toMatchObject({
		method: 'POST',
		valid: true,
		body: {
			data: {
				attributes: {
					value: 42,
					unique_id: expect.any(String),
					metric: { data: { attributes: { name: 'Started Checkout' } } },
					profile: { data: { attributes: { email: 'edge@example.com' } } },
				},
			},
		},
	});
});

it('examples/worker serves the relay under /k', async () => {
	const data = btoa(
		JSON.stringify({ token: env.KLAVIYO_PUBLIC_KEY, properties: { $email: 'relay@example.com' } }),
	);
	const response = await worker.fetch(
		// A page's own beacon: the browser says it is same-origin (the example sets allowedOrigins).
		new Request(`https://shop.example/k/identify?data=${encodeURIComponent(data)}`, {
			headers: { 'sec-fetch-site': 'same-origin' },
		}),
		env,
		createExecutionContext(),
	);
	expect(response.status).toBe(202);
	const anonymous = await worker.fetch(
		new Request(`https://shop.example/k/identify?data=${encodeURIComponent(data)}`),
		env,
		createExecutionContext(),
	);
	expect(anonymous.status).toBe(403);
	expect((await received()).filter((r) => r.path === '/client/profiles').at(-1)?.valid).toBe(true);
});
