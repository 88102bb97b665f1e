// Packing single queued items into parcels for the bulk queue (adapters/cloudflare/pack.ts), on
// its own: the consumer's end-to-end behaviour is in queue.test.ts.
import { expect, it } from 'vitest';
import {
	MAX_MESSAGE_BYTES,
	messageBytes,
	type Parcel,
	type QueuedItem,
} from '../../../adapters/cloudflare/messages.js';
import { isParcel, itemsOf, pack } from '../../../adapters/cloudflare/pack.js';
import type { QueueMessage } from '../../../adapters/cloudflare/queue.js';

const event = (n: number, padding = ''): QueuedItem => ({
	kind: 'event',
	attributes: {
		properties: { n, padding },
		metric: { data: { type: 'metric', attributes: { name: 'Viewed Product' } } },
		profile: { data: { type: 'profile', attributes: { email: `shopper${n}@example.com` } } },
		unique_id: `view-${n}`,
	},
});

function messages(bodies: unknown[]) {
	const acked: number[] = [];
	const list: QueueMessage[] = bodies.map((body, i) => ({
		body,
		attempts: 1,
		ack: () => void acked.push(i),
		retry: () => {},
	}));
	return { list, acked };
}

function bulkQueue() {
	const calls: Parcel[][] = [];
	return {
		calls,
		queue: {
			send: async () => {},
			sendBatch: async (batch: Iterable<{ body: unknown }>) =>
				void calls.push([...batch].map((m) => m.body as Parcel)),
		},
	};
}

it('packs up to 100 items a parcel, two parcels a sendBatch, then acks every message', async () => {
	const { list, acked } = messages(Array.from({ length: 250 }, (_, n) => event(n)));
	const bulk = bulkQueue();
	expect(await pack(list, bulk.queue)).toBe(250);
	expect(bulk.calls.map((call) => call.map((parcel) => parcel.items.length))).toEqual([[100, 100], [50]]);
	expect(bulk.calls.flat().flatMap((parcel) => parcel.items)).toEqual(list.map((m) => m.body));
	expect(acked).toHaveLength(250);
});

it('starts a new parcel before one would pass the message size limit', async () => {
	const big = 'x'.repeat(50_000);
	const { list } = messages([event(1, big), event(2, big), event(3, big)]);
	const bulk = bulkQueue();
	await pack(list, bulk.queue);
	const parcels = bulk.calls.flat();
	expect(parcels.map((parcel) => parcel.items.length)).toEqual([2, 1]);
	for (const parcel of parcels) expect(messageBytes(parcel)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
});

it('leaves out what is not one of ours (the consumer dead-letters it)', () => {
	expect(itemsOf({ hello: 'world' })).toEqual([]);
	expect(itemsOf({ kind: 'parcel', items: 'not a list' })).toEqual([]);
	expect(itemsOf({ kind: 'parcel', items: [null, event(1)] })).toEqual([event(1)]);
	expect(isParcel({ kind: 'parcel', items: [] })).toBe(true);
	expect(isParcel(event(1))).toBe(false);
});
