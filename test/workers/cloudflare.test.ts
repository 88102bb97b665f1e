import { expect, inject, it } from 'vitest';
import { relayMiddleware, relayWorker } from '../../adapters/cloudflare.js';
import { roundTrip } from '../runtimes/relay/round-trip.js';

const env = { KLAVIYO_PUBLIC_KEY: inject('publicKey'), KLAVIYO_BASE_URL: inject('emulatorUrl') };
const worker = relayWorker({ fallback: () => new Response('origin') });

const base64 = (value: unknown) => btoa(JSON.stringify(value));

type Received = Array<{ method: string; path: string; valid: boolean; status: number; body: unknown }>;
async function received(): Promise<Received> {
	return (await fetch(`${env.KLAVIYO_BASE_URL}/__emulator/requests`)).json();
}

it('the relay round trip, as Deno, Bun and Node run it, through the Worker middleware inside workerd', async () => {
	const relay = relayMiddleware();
	const before = (await received()).length;
	// Cloudflare sets CF-Connecting-IP on every request that reaches a Worker.
	const send = async (url: string, init?: RequestInit) => {
		const request = new Request(url, init);
		request.headers.set('cf-connecting-ip', '203.0.113.50');
		return relay(request, env) ?? new Response('not the relay', { status: 404 });
	};
	expect(await roundTrip('https://shop.example', env.KLAVIYO_PUBLIC_KEY, 'workerd', send)).toEqual({
		runtime: 'workerd',
		track: [202, '1'],
		identify: [202, '1'],
		pixel: [202, 'image/gif', 42],
		bulk: [202, '1'],
		refused: 400,
		other: [404, 'not the relay'],
	});
	const forwarded = (await received()).slice(before).filter((r) => r.path.startsWith('/client/'));
	expect(forwarded.map((r) => `${r.path} ${r.status} ${r.valid}`)).toEqual([
		'/client/events 202 true',
		'/client/profiles 202 true',
		'/client/events 202 true',
		'/client/event-bulk-create 202 true',
	]);
	for (const request of forwarded) expect(JSON.stringify(request.body)).toContain('"ip":"203.0.113.50"');
});

it('events relayed with CF-Connecting-IP arrive with that location.ip; the page’s own ip wins', async () => {
	const data = {
		token: env.KLAVIYO_PUBLIC_KEY,
		event: 'Viewed Product',
		customer_properties: { $email: 'cf-ip@example.com' },
		properties: { ProductName: 'Margherita', $value: 12.5, $event_id: 'evt-worker-1' },
		time: 1_764_000_000,
	};
	const url = `https://shop.example/k/track?data=${encodeURIComponent(base64(data))}`;
	const headers = { 'cf-connecting-ip': '2001:db8::7', 'x-forwarded-for': '198.51.100.1' };
	expect((await worker.fetch(new Request(url, { headers }), env)).status).toBe(202);
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
					profile: { data: { attributes: { email: 'cf-ip@example.com', location: { ip: '2001:db8::7' } } } },
				},
			},
		},
	});
	const own = { ...data, ip: '192.0.2.1', properties: { $event_id: 'evt-worker-2' } };
	const ownUrl = `https://shop.example/k/track?data=${encodeURIComponent(base64(own))}`;
	expect((await worker.fetch(new Request(ownUrl, { headers }), env)).status).toBe(202);
	expect(
		JSON.stringify((await received()).filter((r) => r.path === '/client/events').at(-1)!.body),
	).toContain('"ip":"192.0.2.1"');
});

it('limits per shopper IP in the isolate when no Rate Limiting binding is configured', async () => {
	const relay = relayMiddleware({ limits: { perClient: { '/client/profiles': { burst: 2, steady: 2 } } } });
	const data = { token: env.KLAVIYO_PUBLIC_KEY, properties: { $email: 'limited@example.com' } };
	const url = `https://shop.example/k/identify?data=${encodeURIComponent(base64(data))}`;
	const from = (ip: string) => relay(new Request(url, { headers: { 'cf-connecting-ip': ip } }), env)!;
	const statuses = [];
	for (let n = 0; n < 3; n++) statuses.push((await from('203.0.113.60')).status);
	expect(statuses).toEqual([202, 202, 429]);
	expect((await from('203.0.113.61')).status).toBe(202);
});

it('uses the Rate Limiting bindings where configured, keyed per shopper IP and per site', async () => {
	const keys: string[] = [];
	const binding = (allow: boolean) => ({
		limit: async ({ key }: { key: string }) => {
			keys.push(key);
			return { success: allow };
		},
	});
	const relay = relayMiddleware();
	const data = { token: env.KLAVIYO_PUBLIC_KEY, properties: { $email: 'bound@example.com' } };
	const request = () =>
		new Request(`https://shop.example/k/identify?data=${encodeURIComponent(base64(data))}`, {
			headers: { 'cf-connecting-ip': '203.0.113.70' },
		});
	const open = { ...env, KLAVIYO_CLIENT_RATE_LIMIT: binding(true), KLAVIYO_SITE_RATE_LIMIT: binding(true) };
	expect((await relay(request(), open)!).status).toBe(202);
	expect(keys).toEqual(['identify|203.0.113.70', '/client/profiles']);
	const shut = { ...env, KLAVIYO_CLIENT_RATE_LIMIT: binding(false) };
	const refused = await relayMiddleware()(request(), shut)!;
	expect(refused.status).toBe(429);
	expect(refused.headers.get('retry-after')).toBe('10');
});

it('a bulk of N counts N against the Rate Limiting bindings (one call each), and one bulk request', async () => {
	const keys: string[] = [];
	const binding = { limit: async ({ key }: { key: string }) => keys.push(key) > 0 && { success: true } };
	const bound = { ...env, KLAVIYO_CLIENT_RATE_LIMIT: binding, KLAVIYO_SITE_RATE_LIMIT: binding };
	const payloads = [1, 2, 3].map((n) => ({
		token: env.KLAVIYO_PUBLIC_KEY,
		event: 'Bound in bulk',
		properties: { n },
		customer_properties: { $email: 'bound-bulk@example.com' },
	}));
	const request = new Request('https://shop.example/k/track-bulk', {
		method: 'POST',
		body: JSON.stringify(payloads),
		headers: { 'cf-connecting-ip': '203.0.113.71' },
	});
	expect((await relayMiddleware()(request, bound)!).status).toBe(202);
	expect(keys.sort()).toEqual(
		[
			...Array(3).fill('track|203.0.113.71'),
			'/client/event-bulk-create',
			...Array(3).fill('/client/events'),
		].sort(),
	);
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
	expect(relayMiddleware()(new Request('https://shop.example/products/1'), env)).toBeUndefined();
});
