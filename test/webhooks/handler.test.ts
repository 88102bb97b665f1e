/**
 * webhookHandler as Klaviyo meets it: the emulator delivers to it (deliverWebhook with the handler
 * as fetch). A good delivery reaches the shop's code or a Queue and gets 200; each bad delivery
 * gets its 4xx and nothing reaches either; a failure to hand over throws (the runtime's 500), so
 * Klaviyo retries.
 */
import { createHmac } from 'node:crypto';
import { type KlaviyoWebhook, type QueueLike, webhookHandler } from 'klaviyo-edge/webhooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BAD_DELIVERIES, EVENT, emu, SECRET } from './deliveries.js';

const URL = 'https://app.example/webhooks/klaviyo';

/** A Queues producer binding that keeps what it is sent. */
function fakeQueue() {
	const batches: { body: unknown }[][] = [];
	const queue: QueueLike = {
		sendBatch: async (messages) => void batches.push([...messages]),
	};
	return { queue, batches };
}

const handed: KlaviyoWebhook[] = [];
const refused: string[] = [];
const { queue, batches } = fakeQueue();
const handler = webhookHandler<{ SECRET: string }>({
	secret: (env) => env.SECRET,
	onEvents: (webhook) => void handed.push(webhook),
	queue,
	onRefused: (error) => void refused.push(error.reason),
});
const env = { SECRET };
const deliver = (request: Request) => handler(request, env);

beforeEach(() => {
	handed.length = 0;
	refused.length = 0;
	batches.length = 0;
});

describe('a delivery Klaviyo signed', () => {
	it('reaches onEvents and the queue, then Klaviyo gets 200', async () => {
		const response = await emu.deliverWebhook(URL, 'event:klaviyo.clicked_sms', EVENT, {
			accountId: 'ACCT01',
			fetch: (url, init) => deliver(new Request(url, init)),
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ received: 1 });
		expect(handed).toHaveLength(1);
		expect(handed[0]?.data[0]).toMatchObject({ topic: 'event:klaviyo.clicked_sms', payload: EVENT });
		expect(batches).toEqual([
			[
				{
					body: {
						topic: 'event:klaviyo.clicked_sms',
						external_id: EVENT.data.id,
						payload: EVENT,
						account_id: 'ACCT01',
						webhook_id: expect.any(String),
					},
				},
			],
		]);
		expect(refused).toEqual([]);
	});

	it('many events go to the queue in batches Queues accept (100 messages, under 256 KB)', async () => {
		const big = { data: { ...EVENT.data, attributes: { ...EVENT.data.attributes, note: 'x'.repeat(4000) } } };
		const signed = await emu.webhooks.sign('event:klaviyo.opened_email', big);
		// Klaviyo batches events: the same event 250 times in one delivery, signed again.
		const body = JSON.parse(signed.body) as { data: unknown[]; meta: unknown };
		body.data = Array.from({ length: 250 }, () => body.data[0]);
		const text = JSON.stringify(body);
		const timestamp = signed.headers['klaviyo-timestamp']!;
		const signature = createHmac('sha256', SECRET).update(text).update(timestamp).digest('hex');
		const response = await deliver(
			new Request(URL, {
				method: 'POST',
				headers: { ...signed.headers, 'klaviyo-signature': signature },
				body: text,
			}),
		);
		expect(response.status).toBe(200);
		expect(batches.flat()).toHaveLength(250);
		for (const batch of batches) {
			expect(batch.length).toBeLessThanOrEqual(100);
			expect(JSON.stringify(batch).length).toBeLessThan(256 * 1024);
		}
	});
});

describe('bad deliveries: a 4xx, and nothing handed to the shop’s code or the queue', () => {
	it.each(BAD_DELIVERIES)('%s', async (_, make, reason) => {
		const response = await deliver(await make());
		expect(response.status).toBeGreaterThanOrEqual(400);
		expect(response.status).toBeLessThan(500);
		expect(await response.json()).toEqual({ error: reason });
		expect(handed).toEqual([]);
		expect(batches).toEqual([]);
		expect(refused).toEqual([reason]);
	});

	it('a GET is 405; the secret Klaviyo did not sign with is 401', async () => {
		expect((await deliver(new Request(URL))).status).toBe(405);
		const other = await emu.deliverWebhook(URL, 'event:klaviyo.opened_email', EVENT, {
			secret: 'someone-elses-secret-0123',
			fetch: (url, init) => deliver(new Request(url, init)),
		});
		expect(other.status).toBe(401);
		expect(handed).toEqual([]);
	});
});

describe('handing over fails', () => {
	it('the shop’s code throws: the error goes up (the runtime answers 500), so Klaviyo sends it again', async () => {
		const failing = webhookHandler({
			secret: SECRET,
			onEvents: () => {
				throw new Error('database down');
			},
		});
		const delivery = await emu.webhooks.sign('event:klaviyo.opened_email', EVENT);
		await expect(failing(new Request(URL, { method: 'POST', ...delivery }))).rejects.toThrow('database down');
	});

	it('needs somewhere to hand events to, and its secret', async () => {
		expect(() => webhookHandler({ secret: SECRET })).toThrow(/onEvents or a queue/);
		const noSecret = webhookHandler<{ SECRET?: string }>({ secret: (e) => e.SECRET, onEvents: vi.fn() });
		const delivery = await emu.webhooks.sign('event:klaviyo.opened_email', EVENT);
		await expect(noSecret(new Request(URL, { method: 'POST', ...delivery }), {})).rejects.toThrow(/secret/);
	});
});
