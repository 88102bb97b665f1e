/**
 * verifyWebhook against deliveries the emulator signs as Klaviyo does: a valid one is accepted and
 * typed; each bad one is refused with its reason, before anything trusts the body.
 */
import { KlaviyoWebhookError, verifyWebhook } from 'klaviyo-edge/webhooks';
import { describe, expect, it } from 'vitest';
import { BAD_DELIVERIES, EVENT, request, SECRET, sign, signed } from './deliveries.js';

const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => expect.unreachable('accepted'),
		(error: unknown) => error as KlaviyoWebhookError,
	);

describe('a delivery signed as Klaviyo signs it', () => {
	it('is accepted and typed: the events, their topic and payload, the meta', async () => {
		const delivery = await signed({ accountId: 'ACCT01' });
		// The emulator signs what the docs say: hex HMAC-SHA256 of the raw body, then Klaviyo-Timestamp.
		expect(delivery.headers['klaviyo-signature']).toBe(
			sign(delivery.body, delivery.headers['klaviyo-timestamp']!),
		);
		const webhook = await verifyWebhook(request(delivery), SECRET);
		expect(webhook.data).toEqual([
			{ topic: 'event:klaviyo.opened_email', external_id: '73WCCK7JKtE', payload: EVENT },
		]);
		expect(webhook.meta).toMatchObject({
			klaviyo_account_id: 'ACCT01',
			klaviyo_webhook_id: delivery.headers['klaviyo-webhook-id'],
			timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
		});
		const name: string | undefined = webhook.data[0]?.payload.data.attributes.event_properties
			?.$message as string;
		expect(name).toBe('Spring sale');
	});

	it('is accepted within the window (4 minutes either way), with an upper-case signature, with one of several secrets', async () => {
		for (const minutes of [-4, 4]) {
			await verifyWebhook(request(await signed({ timestamp: Date.now() + minutes * 60_000 })), SECRET);
		}
		const upper = await signed();
		upper.headers['klaviyo-signature'] = upper.headers['klaviyo-signature']!.toUpperCase();
		await verifyWebhook(request(upper), SECRET);
		await verifyWebhook(request(await signed({ secret: 'the-new-secret-0123456789' })), [
			'old-secret-0123456789',
			'the-new-secret-0123456789',
		]);
		// A wider window when asked.
		await verifyWebhook(request(await signed({ timestamp: Date.now() - 9 * 60_000 })), SECRET, {
			tolerance: 600,
		});
	});

	it('accepts ISO 8601 and Unix-seconds timestamps too (what some deliveries carry)', async () => {
		const delivery = await signed();
		for (const timestamp of [new Date().toISOString(), String(Math.floor(Date.now() / 1000))]) {
			const headers = {
				...delivery.headers,
				'klaviyo-timestamp': timestamp,
				'klaviyo-signature': sign(delivery.body, timestamp),
			};
			await verifyWebhook(request({ headers, body: delivery.body }), SECRET);
		}
	});
});

describe('refused, with the reason', () => {
	it.each(BAD_DELIVERIES)('%s', async (_, make, reason, header) => {
		const error = await refusal(verifyWebhook(await make(), SECRET));
		expect(error).toBeInstanceOf(KlaviyoWebhookError);
		expect(error.reason).toBe(reason);
		if (typeof header === 'string') expect(error.header).toBe(header);
		expect(error.status).toBeGreaterThanOrEqual(400);
		expect(error.status).toBeLessThan(500);
		expect(error.message).not.toContain(SECRET);
	});

	it('a body already read by someone else, and a secret that is missing', async () => {
		const delivery = request(await signed());
		await delivery.text();
		expect((await refusal(verifyWebhook(delivery, SECRET))).reason).toBe('body_already_read');
		await expect(verifyWebhook(request(await signed()), '')).rejects.toThrow(/secret/);
	});

	it('a 10 MB body is not read into memory: the stream is cancelled past the bound', async () => {
		let pulled = 0;
		const chunk = new Uint8Array(64 * 1024).fill(0x20);
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulled += chunk.length;
				if (pulled > 10 * 1024 * 1024) controller.close();
				else controller.enqueue(chunk);
			},
		});
		const delivery = await signed();
		const error = await refusal(
			verifyWebhook(request({ headers: delivery.headers, body: stream }), SECRET, { maxBytes: 1024 * 1024 }),
		);
		expect(error.reason).toBe('body_too_large');
		expect(pulled).toBeLessThan(2 * 1024 * 1024);
	});
});
