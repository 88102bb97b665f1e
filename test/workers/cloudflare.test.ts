import { expect, inject, it } from 'vitest';
import { relayWorker } from '../../adapters/cloudflare.js';

const env = { KLAVIYO_PUBLIC_KEY: inject('publicKey'), KLAVIYO_BASE_URL: inject('emulatorUrl') };
const worker = relayWorker({ fallback: () => new Response('origin') });

const base64 = (value: unknown) => btoa(JSON.stringify(value));

async function received(): Promise<Array<{ method: string; path: string; valid: boolean; body: unknown }>> {
	return (await fetch(`${env.KLAVIYO_BASE_URL}/__emulator/requests`)).json();
}

it('relays a header-less GET beacon in the legacy Track format to /client/events, inside workerd', async () => {
	const data = {
		token: env.KLAVIYO_PUBLIC_KEY,
		event: 'Viewed Product',
		customer_properties: { $email: 'worker@example.com' },
		properties: { ProductName: 'Margherita', $value: 12.5, $event_id: 'evt-worker-1' },
		time: 1_764_000_000,
	};
	const response = await worker.fetch(
		new Request(`https://shop.example/k/track?data=${encodeURIComponent(base64(data))}`),
		env,
	);
	expect(response.status).toBe(202);
	const forwarded = (await received()).filter((r) => r.path === '/client/events');
	expect(forwarded.at(-1)).toMatchObject({
		method: 'POST',
		valid: true,
		body: {
			data: {
				attributes: {
					unique_id: 'evt-worker-1',
					value: 12.5,
					metric: { data: { attributes: { name: 'Viewed Product' } } },
					profile: { data: { attributes: { email: 'worker@example.com' } } },
				},
			},
		},
	});
});

it('relays a form POST Identify to /client/profiles', async () => {
	const data = {
		token: env.KLAVIYO_PUBLIC_KEY,
		properties: { $email: 'form@example.com', $first_name: 'Form' },
	};
	const response = await worker.fetch(
		new Request('https://shop.example/k/identify', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ data: JSON.stringify(data) }),
		}),
		env,
	);
	expect(response.status).toBe(202);
	expect((await received()).filter((r) => r.path === '/client/profiles').at(-1)).toMatchObject({
		valid: true,
		body: { data: { attributes: { email: 'form@example.com', first_name: 'Form' } } },
	});
});

it('refuses bad input with 400 before forwarding, and passes other paths to the origin', async () => {
	const before = (await received()).length;
	const bad = await worker.fetch(new Request('https://shop.example/k/track?data=bm90IGpzb24'), env);
	expect(bad.status).toBe(400);
	expect((await received()).length).toBe(before);
	const other = await worker.fetch(new Request('https://shop.example/products/1'), env);
	expect(await other.text()).toBe('origin');
});
