/**
 * The outbox. Every call is written to storage before it is sent and removed only once Klaviyo
 * accepted it or refused it for good, so nothing is lost to a flaky network, a 429/5xx or a
 * closed tab: what is left is retried with backoff, on `online`, and on the next page load.
 * Tabs share the storage; a lease on each request keeps two tabs from sending it at once
 * (and if they ever do, events carry a `unique_id`, so Klaviyo records them once).
 */
import { KlaviyoError } from '../../core/errors.js';
import {
	DEFAULT_MAX_QUEUE_BYTES,
	DEFAULT_MAX_QUEUE_LENGTH,
	DEFAULT_MAX_RETRIES,
} from '../../core/options.js';
import { uuid } from '../../core/unique-id.js';
import type { Client } from '../client-state.js';
import type { Outgoing } from '../requests.js';
import { forget, isOptedOut } from './opt-out.js';
import { sendQueued } from './queued-send.js';
import { type Queued, readQueue, writeQueue } from './stored-queue.js';
import { fail, settleMissing, waiters } from './waiters.js';

export { readQueue } from './stored-queue.js';

/** Longer than any attempt: a tab that dies mid-send leaves its requests to others after this. */
const LEASE_MS = 30_000;

/** Requests on the wire at once from one client, oldest first: a replay of a long queue does not flood. */
export const MAX_IN_FLIGHT = 4;

/** Queues a request and starts sending it. Resolves `1` once Klaviyo accepted it, `0` when opted out. */
export function enqueue(client: Client, request: Outgoing): Promise<0 | 1> {
	if (isOptedOut(client)) return Promise.resolve(0);
	const item: Queued = { id: uuid(), tries: 0, due: 0, ...request };
	const accepted = new Promise<0 | 1>((resolve, reject) =>
		waiters.set(item.id, { resolve, reject, client, item }),
	);
	// Handled here too: a caller who does not await it learns of a failure through onError, and the
	// page gets no unhandled rejection; one who awaits still gets the rejection.
	accepted.catch(() => {});
	// A request too large for any queue goes first (alone), rather than after all the others.
	const stored = readQueue(client);
	const alone = JSON.stringify([item]).length > (client.options.maxQueueBytes ?? DEFAULT_MAX_QUEUE_BYTES);
	writeQueue(client, bound(client, alone ? [item, ...stored] : [...stored, item]));
	// While requests are on the wire a drain is running, and it picks this one up when a slot frees.
	if (!client.sending.size) void drain(client);
	return accepted;
}

/** The newest requests are kept within both bounds; the oldest are dropped, and reported. */
function bound(client: Client, items: Queued[]): Queued[] {
	const { maxQueueLength = DEFAULT_MAX_QUEUE_LENGTH, maxQueueBytes = DEFAULT_MAX_QUEUE_BYTES } =
		client.options;
	let size = JSON.stringify(items).length;
	while (items.length > maxQueueLength || size > maxQueueBytes) {
		const item = items.shift()!;
		size -= JSON.stringify(item).length + 1;
		client.dropped++;
		fail(client, item, new KlaviyoError('Queue full: dropped the oldest unsent request'), 'dropped');
	}
	return items;
}

/**
 * Sends everything queued now, backoff or not, and waits for the answers. Returns when the queue
 * is empty or nothing more can be sent now (leased by another tab, or failed once during this
 * flush and waiting for its retry).
 */
export const flush = (client: Client): Promise<void> => drain(client, true);

/** Sends what is queued: everything, or only what is due (after a new call, on the retry timer). */
async function drain(client: Client, everything?: boolean): Promise<void> {
	const tried = new Set<string>();
	// Within the bounds, whoever wrote the queue (an earlier page with other options, another tab).
	// Once, not on every answer: what this client writes is within them, and a long queue costs.
	writeQueue(client, bound(client, readQueue(client)));
	while (!isOptedOut(client)) {
		const now = Date.now();
		const items = readQueue(client);
		settleMissing(client, items, 1);
		const ready = items
			.filter(
				(item) =>
					// A flush tries each request once; otherwise its `due` time spaces the attempts.
					!(everything && tried.has(item.id)) &&
					!client.sending.has(item.id) &&
					!((item.lease ?? 0) > now) &&
					(everything || item.due <= now),
			)
			.slice(0, MAX_IN_FLIGHT - client.sending.size);
		for (const item of ready) {
			tried.add(item.id);
			// None while the page goes away (see release).
			item.lease = client.exiting ? 0 : now + LEASE_MS;
		}
		writeQueue(client, items);
		for (const item of ready) {
			client.sending.set(
				item.id,
				sendQueued(client, item).finally(() => client.sending.delete(item.id)),
			);
		}
		if (!client.sending.size) return schedule(client, items);
		await Promise.race(client.sending.values());
	}
	// Opted out, here or since by klaviyo.js's `__kla_off` cookie: nothing is sent, nothing is kept.
	forget(client);
}

/**
 * Arms one timer for the next request worth retrying (not past `maxRetries`, unless a call of this
 * page still waits on it: another tab may have made its last attempt) or leased elsewhere.
 */
function schedule(client: Client, items: Queued[]): void {
	clearTimeout(client.timer);
	const max = client.options.maxRetries ?? DEFAULT_MAX_RETRIES;
	const wake = Math.min(
		...items
			.filter((item) => item.tries <= max || waiters.has(item.id))
			.map((item) => Math.max(item.due, item.lease ?? 0)),
	);
	if (wake < Infinity) client.timer = setTimeout(() => drain(client), wake - Date.now());
}

/**
 * The page is being unloaded: whatever is still in flight may or may not land, and this page will
 * never know. Its leases are dropped, and its sends from here on take none, so the next page
 * retries those requests at once instead of waiting for a lease to run out (a duplicate is
 * harmless: `unique_id`).
 */
export function releaseLeases(client: Client): void {
	const items = readQueue(client);
	for (const item of items) if (client.sending.has(item.id)) item.lease = undefined;
	writeQueue(client, items);
}
