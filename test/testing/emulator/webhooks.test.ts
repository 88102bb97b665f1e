/**
 * The emulator's system webhooks, checked with node:crypto: Klaviyo's headers, its envelope, its
 * signature (hex HMAC-SHA256 of body then timestamp), Python-style JSON; delivered in-process, over
 * HTTP, and from the inspection API (for tests in another runtime), with the OAuth controls; and
 * emitted to the webhooks an app created with the Webhooks API, each with its own secret.
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, WebhooksApi } from 'klaviyo-edge/api';
import { createEmulator } from 'klaviyo-edge/testing';
import { startEmulator } from 'klaviyo-edge/testing/node';
import { describe, expect, it } from 'vitest';

const PAYLOAD = { data: { type: 'event', id: 'EVT1', attributes: { event_properties: { name: 'Zoë €5' } } } };

describe('signed as Klaviyo signs', () => {
	it('headers, envelope and signature', async () => {
		const emu = createEmulator({ webhookSecret: 'a-secret-of-twenty-chars' });
		const at = Date.UTC(2026, 3, 14, 3, 50, 12, 345);
		const { headers, body } = await emu.webhooks.sign('event:klaviyo.received_sms', PAYLOAD, {
			accountId: 'ACCT01',
			timestamp: at,
		});
		expect(headers).toEqual({
			'content-type': 'application/json',
			'klaviyo-webhook-id': expect.stringMatching(/^[0-9A-Z]{26}$/),
			'klaviyo-timestamp': 'Tue, 14 Apr 2026 03:50:12 GMT',
			'klaviyo-signature': createHmac('sha256', 'a-secret-of-twenty-chars')
				.update(body)
				.update('Tue, 14 Apr 2026 03:50:12 GMT')
				.digest('hex'),
		});
		expect(JSON.parse(body)).toEqual({
			data: [{ topic: 'event:klaviyo.received_sms', external_id: 'EVT1', payload: PAYLOAD }],
			meta: {
				klaviyo_account_id: 'ACCT01',
				klaviyo_webhook_id: headers['klaviyo-webhook-id'],
				timestamp: '2026-04-14T03:50:12.345+00:00',
			},
		});
		// Python's json.dumps: spaced separators, non-ASCII escaped; JSON.stringify would differ.
		expect(body).toContain('"topic": "event:klaviyo.received_sms", "external_id": "EVT1"');
		expect(body).toContain('Zo\\u00eb \\u20ac5');
		expect(body).not.toBe(JSON.stringify(JSON.parse(body)));
	});

	it('the timestamp is the wall clock’s, not the tokens’ clock (which the app does not share)', async () => {
		const emu = createEmulator();
		emu.oauth.advance(3600);
		const { headers } = await emu.webhooks.sign('event:klaviyo.opened_email', PAYLOAD);
		const sent = Date.parse(headers['klaviyo-timestamp']!);
		expect(Math.abs(sent - Date.now())).toBeLessThan(2_000);
	});
});

describe('delivered', () => {
	it('over HTTP to a URL, and from the inspection API (signed only, or sent)', async () => {
		const received: Array<{ headers: Record<string, unknown>; body: string }> = [];
		const app = createServer((request, response) => {
			let body = '';
			request.on('data', (chunk) => {
				body += chunk;
			});
			request.on('end', () => {
				received.push({ headers: request.headers, body });
				response.writeHead(202).end();
			});
		});
		await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/webhooks`;
		const emu = await startEmulator();
		try {
			const response = await emu.deliverWebhook(url, 'event:klaviyo.opened_email', PAYLOAD);
			expect(response.status).toBe(202);
			expect(received[0]?.headers['klaviyo-signature']).toBe(
				createHmac('sha256', emu.webhooks.secret)
					.update(received[0]!.body)
					.update(String(received[0]?.headers['klaviyo-timestamp']))
					.digest('hex'),
			);
			const control = (body: unknown) =>
				fetch(`${emu.url}/__emulator/webhooks`, { method: 'POST', body: JSON.stringify(body) }).then((r) =>
					r.json(),
				);
			const signedOnly = await control({
				topic: 'event:klaviyo.opened_email',
				payload: PAYLOAD,
				accountId: 'B',
			});
			expect(signedOnly).toMatchObject({
				headers: { 'klaviyo-signature': expect.any(String) },
				body: expect.any(String),
			});
			expect(received).toHaveLength(1);
			const sent = await control({ topic: 'event:klaviyo.opened_email', payload: PAYLOAD, url });
			expect(sent.status).toBe(202);
			expect(received).toHaveLength(2);
		} finally {
			await emu.close();
			app.close();
		}
	});

	it('the OAuth controls: consent, clock, revoke, grants', async () => {
		const emu = await startEmulator();
		try {
			const post = (path: string, body: unknown) =>
				fetch(`${emu.url}/__emulator/oauth/${path}`, { method: 'POST', body: JSON.stringify(body) });
			expect(await (await post('consent', { accountId: 'SHOP1', approve: false })).json()).toEqual({
				accountId: 'SHOP1',
				approve: false,
			});
			expect(emu.oauth.consent).toEqual({ accountId: 'SHOP1', approve: false });
			const before = emu.oauth.now();
			await post('advance', { seconds: 120 });
			expect(emu.oauth.now() - before).toBeGreaterThanOrEqual(120_000);
			expect((await post('revoke', { accountId: 'SHOP1' })).status).toBe(204);
			expect(await (await fetch(`${emu.url}/__emulator/oauth/grants`)).json()).toEqual([]);
			expect((await post('advance', { seconds: 'x' })).status).toBe(400);
		} finally {
			await emu.close();
		}
	});
});

describe('emitted to the webhooks created with the Webhooks API', () => {
	const subscribe = (api: WebhooksApi, url: string, secret: string, topics: string[]) =>
		api.createWebhook({
			data: {
				type: 'webhook',
				attributes: { name: url, endpoint_url: url, secret_key: secret },
				relationships: { 'webhook-topics': { data: topics.map((id) => ({ type: 'webhook-topic', id })) } },
			},
		});

	it('each subscribed, enabled webhook gets one delivery signed with its own secret and id', async () => {
		const emu = createEmulator();
		const api = new WebhooksApi(connect(emu.privateKey, { fetch: emu.fetch, timeout: 0 }));
		const sms = await subscribe(api, 'https://app.example/sms', 'secret-one-0123456789', [
			'event:klaviyo.sent_sms',
			'event:klaviyo.received_sms',
		]);
		expect(sms.data.attributes.enabled).toBe(true);
		await subscribe(api, 'https://app.example/email', 'secret-two-0123456789', [
			'event:klaviyo.opened_email',
		]);
		const off = await subscribe(api, 'https://app.example/off', 'secret-three-012345678', [
			'event:klaviyo.sent_sms',
		]);
		await api.updateWebhook(off.data.id, {
			data: { type: 'webhook', id: off.data.id, attributes: { enabled: false } },
		});

		const received: Request[] = [];
		const app = async (input: RequestInfo | URL, init?: RequestInit) => {
			received.push(new Request(input, init));
			return new Response(null, { status: 204 });
		};
		const deliveries = await emu.webhooks.emit('event:klaviyo.sent_sms', PAYLOAD, { fetch: app });
		expect(deliveries).toEqual([{ webhookId: sms.data.id, url: 'https://app.example/sms', status: 204 }]);
		expect(received).toHaveLength(1);
		const [request] = received as [Request];
		expect(request.url).toBe('https://app.example/sms');
		const body = await request.text();
		const timestamp = request.headers.get('klaviyo-timestamp')!;
		expect(request.headers.get('klaviyo-webhook-id')).toBe(sms.data.id);
		expect(request.headers.get('klaviyo-signature')).toBe(
			createHmac('sha256', 'secret-one-0123456789').update(body).update(timestamp).digest('hex'),
		);
		expect(JSON.parse(body)).toMatchObject({
			data: [{ topic: 'event:klaviyo.sent_sms', external_id: 'EVT1', payload: PAYLOAD }],
			meta: { klaviyo_account_id: emu.publicKey, klaviyo_webhook_id: sms.data.id },
		});

		// A topic no one subscribed to goes nowhere; a deleted webhook gets nothing.
		expect(await emu.webhooks.emit('event:klaviyo.bounced_email', PAYLOAD, { fetch: app })).toEqual([]);
		await api.deleteWebhook(sms.data.id);
		expect(await emu.webhooks.emit('event:klaviyo.sent_sms', PAYLOAD, { fetch: app })).toEqual([]);
		expect(received).toHaveLength(1);
	});

	it('a rotated secret signs the next delivery; an unreachable endpoint is reported, not thrown', async () => {
		const emu = createEmulator();
		const api = new WebhooksApi(connect(emu.privateKey, { fetch: emu.fetch, timeout: 0 }));
		const hook = await subscribe(api, 'http://127.0.0.1:9/hook', 'old-secret-0123456789', [
			'event:klaviyo.sent_sms',
		]);
		await api.updateWebhook(hook.data.id, {
			data: { type: 'webhook', id: hook.data.id, attributes: { secret_key: 'new-secret-0123456789' } },
		});
		let signature = '';
		const seen = await emu.webhooks.emit('event:klaviyo.sent_sms', PAYLOAD, {
			fetch: async (input, init) => {
				const request = new Request(input, init);
				const body = await request.text();
				signature = createHmac('sha256', 'new-secret-0123456789')
					.update(body)
					.update(request.headers.get('klaviyo-timestamp')!)
					.digest('hex');
				expect(request.headers.get('klaviyo-signature')).toBe(signature);
				return new Response('ok');
			},
		});
		expect(seen).toEqual([{ webhookId: hook.data.id, url: 'http://127.0.0.1:9/hook', status: 200 }]);
		expect(signature).not.toBe('');
		const [failed] = await emu.webhooks.emit('event:klaviyo.sent_sms', PAYLOAD, {
			fetch: () => Promise.reject(new TypeError('fetch failed')),
		});
		expect(failed).toEqual({
			webhookId: hook.data.id,
			url: 'http://127.0.0.1:9/hook',
			status: 0,
			error: 'fetch failed',
		});
	});

	it('from the inspection API, over HTTP, for an OAuth account’s webhooks too', async () => {
		const received: string[] = [];
		const app = createServer((request, response) => {
			received.push(String(request.headers['klaviyo-webhook-id']));
			request.resume().on('end', () => response.writeHead(200).end());
		});
		await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/webhooks`;
		const emu = await startEmulator();
		try {
			const shop = emu.oauth.store('SHOP1');
			shop.resources.put({
				type: 'webhook',
				id: '01SHOPWEBHOOK0000000000000',
				attributes: { name: 'shop', endpoint_url: url, secret_key: 'shop-secret-0123456789', enabled: true },
			});
			shop.resources.link(
				'webhook',
				'01SHOPWEBHOOK0000000000000',
				'webhook-topic',
				'event:klaviyo.opened_email',
			);
			const emit = (body: unknown) =>
				fetch(`${emu.url}/__emulator/webhooks/emit`, { method: 'POST', body: JSON.stringify(body) });
			// The emulator's own account has no such webhook; SHOP1 has.
			expect(await (await emit({ topic: 'event:klaviyo.opened_email', payload: PAYLOAD })).json()).toEqual(
				[],
			);
			const sent = await emit({ topic: 'event:klaviyo.opened_email', payload: PAYLOAD, accountId: 'SHOP1' });
			expect(await sent.json()).toEqual([{ webhookId: '01SHOPWEBHOOK0000000000000', url, status: 200 }]);
			expect(received).toEqual(['01SHOPWEBHOOK0000000000000']);
			expect((await emit({ payload: PAYLOAD })).status).toBe(400);
		} finally {
			await emu.close();
			app.close();
		}
	});
});
