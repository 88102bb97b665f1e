/**
 * The emulator's system webhooks, checked with node:crypto: Klaviyo's headers, its envelope, its
 * signature (hex HMAC-SHA256 of body then timestamp), Python-style JSON; delivered in-process, over
 * HTTP, and from the inspection API (for tests in another runtime), with the OAuth controls.
 */
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
