/**
 * What travels on the Klaviyo queues, and the producer side: checked, translated items, each
 * under Cloudflare Queues' message size limit, refused by `enqueue` when larger (a message the
 * platform refuses later would be lost in the consumer instead).
 */

import { invalidWith } from '../../src/core/errors.js';
import { encodeUtf8 } from '../../src/core/utf8.js';
import { toAttributes } from '../../src/private/resources/events.js';
import { IMPORT_IDENTIFIERS } from '../../src/protocol/identifiers.js';
import type { EventCreateAttributes, eventBulkBody, ProfileAttributes } from '../../src/protocol/jsonapi.js';
import type { LegacyEvent } from '../../src/protocol/legacy.js';
import { isObject } from '../../src/protocol/values.js';
import type { ClientRequest } from '../relay/decode.js';

/** One event for `POST /api/event-bulk-create-jobs`; its `unique_id` is set, so redelivery counts once. */
export interface QueuedEvent {
	kind: 'event';
	attributes: EventCreateAttributes;
}

/** One profile upsert for `POST /api/profile-bulk-import-jobs`. */
export interface QueuedProfile {
	kind: 'profile';
	attributes: ProfileAttributes;
}

export type QueuedItem = QueuedEvent | QueuedProfile;

/**
 * Whether a message body is an item this module wrote. Queue bodies are stored data: anything else
 * (another producer, an older format) must reach the dead-letter queue, not throw in the consumer
 * and fail the whole batch.
 */
export function isQueuedItem(value: unknown): value is QueuedItem {
	if (!isObject(value) || !isObject(value.attributes)) return false;
	if (value.kind === 'profile') return true;
	const { profile, metric } = value.attributes as Partial<Record<'profile' | 'metric', unknown>>;
	return (
		value.kind === 'event' &&
		isObject(profile) &&
		isObject(profile.data) &&
		isObject(profile.data.attributes) &&
		isObject(metric) &&
		isObject(metric.data) &&
		isObject(metric.data.attributes) &&
		typeof metric.data.attributes.name === 'string'
	);
}

/** Up to a batch's worth of items, packed by the first consumer so the second sends 1,000-event jobs. */
export interface Parcel {
	kind: 'parcel';
	items: QueuedItem[];
}

export type KlaviyoMessage = QueuedItem | Parcel;

/** What the consumer puts on the dead-letter queue for an item Klaviyo refused. */
export interface DeadLetter {
	kind: 'dead-letter';
	/** What was queued (for status 0, the message body as it came). */
	item: QueuedItem;
	/** Klaviyo's status (0: the message was not one of ours), and its error detail. */
	status: number;
	reason: string;
	at: string;
}

/**
 * Queues' limit is 128 KB (of 1,000 bytes), ~100 bytes of which are metadata; the rest is margin
 * for the JSON serialization Queues applies (`contentType: 'json'`).
 */
export const MAX_MESSAGE_BYTES = 127_000;

export const messageBytes = (message: KlaviyoMessage) => encodeUtf8(JSON.stringify(message)).length;

/** The shape of a Queues producer binding this module needs (`env.KLAVIYO_QUEUE`). */
export interface Producer {
	send(body: unknown, options?: { contentType?: 'json'; delaySeconds?: number }): Promise<unknown>;
	sendBatch(messages: Iterable<{ body: unknown; contentType?: 'json' }>): Promise<unknown>;
}

/** What one `sendBatch` takes: 100 messages, 256 KB in all. */
const BATCH_MESSAGES = 100;
const BATCH_BYTES = 256_000;

/** Sends one item, refusing (before anything is queued) one too large for a message. */
export const enqueue = (queue: Producer, item: QueuedItem): Promise<void> => enqueueAll(queue, [item]);

/**
 * Sends each item as a message of its own (a relayed bulk's events, as single tracks are), by
 * `sendBatch` within its limits when there are several; one too large for a message is refused
 * before anything is queued.
 */
export async function enqueueAll(queue: Producer, items: QueuedItem[]): Promise<void> {
	const sizes = items.map((item) => {
		const bytes = messageBytes(item);
		if (bytes > MAX_MESSAGE_BYTES) {
			const rule = `must serialize to at most ${MAX_MESSAGE_BYTES.toLocaleString('en-US')} bytes to fit a queue message`;
			throw invalidWith(item.kind, rule, { got: `${bytes.toLocaleString('en-US')} bytes` });
		}
		return bytes;
	});
	if (items.length === 1) return void (await queue.send(items[0], { contentType: 'json' }));
	let batch: QueuedItem[] = [];
	let bytes = 0;
	const send = () => queue.sendBatch(batch.map((body) => ({ body, contentType: 'json' as const })));
	for (const [index, item] of items.entries()) {
		if (batch.length === BATCH_MESSAGES || bytes + sizes[index]! > BATCH_BYTES) {
			await send();
			batch = [];
			bytes = 0;
		}
		batch.push(item);
		bytes += sizes[index]!;
	}
	if (batch.length) await send();
}

/**
 * node-klaviyo's `track` event (as `events.create` takes it), validated and translated, then
 * queued for a bulk job: the server-side tracking helper. Resolves with the event's `unique_id`.
 */
export async function enqueueEvent(queue: Producer, event: LegacyEvent): Promise<{ unique_id: string }> {
	const attributes = toAttributes(event, 'enqueueEvent') as unknown as EventCreateAttributes;
	await enqueue(queue, { kind: 'event', attributes });
	return { unique_id: attributes.unique_id! };
}

/**
 * The queued form of a relay request (its profile already carries the shopper's IP as
 * `location.ip`): a track is one event item, a bulk one per event; `undefined` for what is not
 * queued: subscriptions are consent, sent at once, and an identify without an identifier the bulk
 * import matches on goes as today.
 */
export function toQueuedItems(forward: ClientRequest): QueuedItem[] | undefined {
	const { attributes } = (forward.body as { data: { attributes: unknown } }).data;
	if (forward.path === '/client/events')
		return [{ kind: 'event', attributes: attributes as EventCreateAttributes }];
	if (forward.path === '/client/event-bulk-create') {
		const { profile, events } = attributes as ReturnType<typeof eventBulkBody>['data']['attributes'];
		return events.data.map((event) => ({ kind: 'event', attributes: { ...event.attributes, profile } }));
	}
	if (forward.path === '/client/profiles') {
		const profile = attributes as ProfileAttributes;
		return IMPORT_IDENTIFIERS.some((key) => profile[key])
			? [{ kind: 'profile', attributes: profile }]
			: undefined;
	}
	return undefined;
}
