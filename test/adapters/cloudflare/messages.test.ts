// adapters/cloudflare/messages.ts, the producer side: what the relay puts on the queue. A relayed
// bulk becomes one message per event, as single tracks do, sent in batches within Queues' limits.
import { describe, expect, it } from 'vitest';
import {
	enqueueAll,
	type Producer,
	type QueuedEvent,
	toQueuedItems,
} from '../../../adapters/cloudflare/messages.js';
import { toRelayedRequest } from '../../../adapters/relay/decode.js';

/** A producer that keeps what it is given, call by call. */
function recorder() {
	const calls: Array<{ send?: unknown; batch?: unknown[] }> = [];
	const queue: Producer = {
		send: async (body) => void calls.push({ send: body }),
		sendBatch: async (messages) => void calls.push({ batch: [...messages].map((message) => message.body) }),
	};
	return { calls, queue };
}

const payload = (n: number, big = '') => ({
	event: 'Viewed Product',
	properties: { n, $event_id: `view-${n}`, ...(big && { big }) },
	customer_properties: { $email: 'queued@example.com' },
	time: 1_700_000_000 + n,
});
const relayed = (payloads: unknown[]) =>
	toRelayedRequest('track-bulk', payloads, { publicKey: 'PUBKEY', ip: '203.0.113.4' });

describe('toQueuedItems', () => {
	it('a bulk of N is N event items, each with the shopper (and the IP the relay gave it)', () => {
		const items = toQueuedItems(relayed([payload(0), payload(1), payload(2)]))!;
		expect(items).toHaveLength(3);
		for (const [n, item] of items.entries()) {
			expect(item).toMatchObject({
				kind: 'event',
				attributes: {
					unique_id: `view-${n}`,
					properties: { n },
					profile: { data: { attributes: { email: 'queued@example.com', location: { ip: '203.0.113.4' } } } },
				},
			});
		}
		// What a single track of the same payload queues.
		const single = toQueuedItems(
			toRelayedRequest('track', payload(1), { publicKey: 'PUBKEY', ip: '203.0.113.4' }),
		);
		expect(single).toEqual([items[1]]);
	});

	it('a subscription is not queued', () => {
		const subscription = toRelayedRequest(
			'subscribe',
			{ list_id: 'Y6nRLr', properties: { $email: 's@example.com' } },
			{ publicKey: 'PUBKEY' },
		);
		expect(toQueuedItems(subscription)).toBeUndefined();
	});
});

describe('enqueueAll', () => {
	it('one item is one send; many go by sendBatch, at most 100 messages and 256 KB a call', async () => {
		const one = recorder();
		await enqueueAll(one.queue, toQueuedItems(relayed([payload(0)]))!);
		expect(one.calls.map((call) => Object.keys(call)[0])).toEqual(['send']);

		const many = recorder();
		const items = toQueuedItems(relayed(Array.from({ length: 250 }, (_, n) => payload(n))))!;
		await enqueueAll(many.queue, items);
		expect(many.calls.map((call) => call.batch?.length)).toEqual([100, 100, 50]);
		expect(many.calls.flatMap((call) => call.batch)).toEqual(items);

		const heavy = recorder();
		const big = 'x'.repeat(60_000);
		await enqueueAll(heavy.queue, toQueuedItems(relayed([0, 1, 2, 3, 4, 5].map((n) => payload(n, big))))!);
		const sizes = heavy.calls.map((call) => new TextEncoder().encode(JSON.stringify(call.batch)).length);
		expect(heavy.calls.flatMap((call) => call.batch)).toHaveLength(6);
		for (const size of sizes) expect(size).toBeLessThanOrEqual(256_000);
	});

	it('refuses, before anything is queued, an item too large for a message', async () => {
		const { calls, queue } = recorder();
		const items = toQueuedItems(relayed([payload(0), payload(1)]))!;
		(items[1] as QueuedEvent).attributes.properties.big = 'x'.repeat(130_000);
		await expect(enqueueAll(queue, items)).rejects.toMatchObject({ name: 'KlaviyoValidationError' });
		expect(calls).toEqual([]);
	});
});
