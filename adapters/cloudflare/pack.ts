/**
 * Packing, the consumer's first step when `env.KLAVIYO_BULK_QUEUE` is bound: Cloudflare hands a
 * consumer at most 100 messages, a bulk job takes 1,000 events, so single items are packed into
 * parcels (up to 100 items, under the message size limit) for the bulk queue, whose batches of up
 * to 10 parcels then become whole jobs.
 */
import {
	isQueuedItem,
	MAX_MESSAGE_BYTES,
	messageBytes,
	type Parcel,
	type Producer,
	type QueuedItem,
} from './messages.js';
import type { QueueMessage } from './queue.js';

/** Items per parcel: a bulk-queue batch of 10 parcels then fills one 1,000-event job. */
const PARCEL_ITEMS = 100;

/** Whether a message body is a parcel (the bulk queue's), rather than a single item. */
export const isParcel = (body: unknown): body is Parcel => (body as Parcel | undefined)?.kind === 'parcel';

/** The items a message carries; what is not one of ours is left out (and so dead-lettered). */
export const itemsOf = (body: unknown): QueuedItem[] =>
	(isParcel(body) ? (Array.isArray(body.items) ? body.items : []) : [body]).filter(isQueuedItem);

/** Packs single items into parcels for the bulk queue; they are acked once the parcels are queued. */
export async function pack(messages: QueueMessage[], bulk: Producer): Promise<number> {
	const parcels: Parcel[] = [];
	let parcel: Parcel = { kind: 'parcel', items: [] };
	let bytes = messageBytes(parcel);
	for (const item of messages.flatMap((message) => itemsOf(message.body))) {
		const size = messageBytes(item) + 1;
		if (parcel.items.length && (parcel.items.length === PARCEL_ITEMS || bytes + size > MAX_MESSAGE_BYTES)) {
			parcels.push(parcel);
			parcel = { kind: 'parcel', items: [] };
			bytes = messageBytes(parcel);
		}
		parcel.items.push(item);
		bytes += size;
	}
	if (parcel.items.length) parcels.push(parcel);
	// sendBatch takes 100 messages or 256 KB: two parcels at most per call.
	for (let i = 0; i < parcels.length; i += 2) {
		await bulk.sendBatch(parcels.slice(i, i + 2).map((body) => ({ body, contentType: 'json' as const })));
	}
	for (const message of messages) message.ack();
	return parcels.reduce((sum, p) => sum + p.items.length, 0);
}
