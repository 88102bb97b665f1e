/**
 * The outbox. Every call is written to storage before it is sent and removed only once Klaviyo
 * accepted it or refused it for good, so nothing is lost to a flaky network, a 429/5xx or a
 * closed tab: what is left is retried with backoff, on `online`, and on the next page load.
 * Tabs share the storage; a lease on each request keeps two tabs from sending it at once
 * (and if they ever do, events carry a `unique_id`, so Klaviyo records them once).
 */
import { KlaviyoError } from '../core/errors.js';
import { sendOnce } from '../core/request.js';
import { isRetryable, retryDelay } from '../core/retry.js';
import { uuid } from '../core/unique-id.js';
import { type Client, cookie, type FailureReport } from './client.js';
import { load, store } from './storage.js';

/** A request as kept in storage. */
export interface Queued {
	id: string;
	url: string;
	/** POST body; a request without one is a GET. */
	body?: string;
	headers?: Record<string, string>;
	/** For the relay: may leave by `navigator.sendBeacon` when the page goes away. */
	relay?: 1;
	/** Failed attempts so far. */
	tries: number;
	/** Not to be sent before this time (ms): the backoff. */
	due: number;
	/** Being sent (by this or another tab) until this time (ms). */
	lease?: number;
}

export type Outgoing = Pick<Queued, 'url' | 'body' | 'headers' | 'relay'>;

/** Longer than any attempt: a tab that dies mid-send leaves its requests to others after this. */
const LEASE_MS = 30_000;

/** Browsers refuse keepalive requests beyond 64 KB in flight per page; stay under it. */
const KEEPALIVE_BUDGET = 60_000;

interface Waiter {
	resolve(value: 0 | 1): void;
	reject(error: unknown): void;
	/** The client whose queue holds the request. */
	client: Client;
	/** The request itself, to put back if another tab's write lost it. */
	item: Queued;
}

/** The promises of the calls made in this page, by request id, whichever client ends up sending them. */
const waiting = new Map<string, Waiter>();

/** Queues a request and starts sending it. Resolves `1` once Klaviyo accepted it, `0` when opted out. */
export function enqueue(client: Client, request: Outgoing): Promise<0 | 1> {
	if (isOptedOut(client)) return Promise.resolve(0);
	const item: Queued = { id: uuid(), tries: 0, due: 0, ...request };
	const accepted = new Promise<0 | 1>((resolve, reject) =>
		waiting.set(item.id, { resolve, reject, client, item }),
	);
	// The newest requests are kept within both bounds; the oldest are dropped, and reported. A request
	// too large for any queue goes first (alone), rather than after all the others.
	const { maxQueueLength = 100, maxQueueBytes = 256_000 } = client.options;
	const stored = read(client);
	const items = JSON.stringify([item]).length > maxQueueBytes ? [item, ...stored] : [...stored, item];
	while (items.length > maxQueueLength || JSON.stringify(items).length > maxQueueBytes) {
		client.dropped++;
		fail(
			client,
			items.shift()!,
			new KlaviyoError('Queue full: dropped the oldest unsent request'),
			'dropped',
		);
	}
	write(client, items);
	void drain(client);
	return accepted;
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
	while (!isOptedOut(client)) {
		const now = Date.now();
		const items = read(client);
		settleGone(client, items, 1);
		const ready = items.filter(
			(item) =>
				!tried.has(item.id) &&
				!client.sending.has(item.id) &&
				!((item.lease ?? 0) > now) &&
				(everything || item.due <= now),
		);
		for (const item of ready) {
			tried.add(item.id);
			// None while the page goes away (see release).
			item.lease = client.exiting ? 0 : now + LEASE_MS;
		}
		if (ready.length) write(client, items);
		for (const item of ready) {
			client.sending.set(
				item.id,
				send(client, item).finally(() => client.sending.delete(item.id)),
			);
		}
		if (!client.sending.size) return schedule(client, items);
		await Promise.all(client.sending.values());
	}
	// Opted out, here or since by klaviyo.js's `__kla_off` cookie: nothing is sent, nothing is kept.
	forget(client);
}

/** One attempt, then the queue updated: removed when settled, rescheduled when worth another try. */
async function send(client: Client, item: Queued): Promise<void> {
	const { url, body, relay, tries } = item;
	// keepalive lets a request finish after the page is gone, within a budget for the whole page
	// counted in UTF-8 bytes, as browsers do: a body of 25 000 '€' is 75 KB, which keepalive refuses.
	const size = new TextEncoder().encode(body).length;
	const keepalive = client.keepaliveBytes + size <= KEEPALIVE_BUDGET;
	if (keepalive) client.keepaliveBytes += size;
	let error: KlaviyoError | undefined;
	try {
		// A beacon outlives the page but says nothing about the answer: handing it over counts.
		if (!(client.exiting === 'gone' && relay && navigator.sendBeacon?.(url, body))) {
			await sendOnce({ ...item, method: body ? 'POST' : 'GET', keepalive }, client.options);
		}
	} catch (caught) {
		error = caught as KlaviyoError;
	}
	if (keepalive) client.keepaliveBytes -= size;
	// Removed once settled; kept with the time of its next try when worth another.
	const retry = error && isRetryable(error);
	const items = read(client).filter((stored) => stored.id !== item.id || retry);
	for (const stored of items) {
		if (stored.id !== item.id) continue;
		stored.tries = tries + 1;
		stored.due = Date.now() + retryDelay(error, stored.tries);
		stored.lease = undefined;
	}
	write(client, items);
	if (!error) {
		settled(client, item.id);
		settle(item.id)?.resolve(1);
	} else if (!retry) fail(client, item, error, 'rejected');
	// Still queued: the caller hears about the outage, the request stays for the next chance.
	else if (tries >= (client.options.maxRetries ?? 3)) settle(item.id)?.reject(error);
}

/**
 * Arms one timer for the next request worth retrying (not past `maxRetries`, unless a call of this
 * page still waits on it: another tab may have made its last attempt) or leased elsewhere.
 */
function schedule(client: Client, items: Queued[]): void {
	clearTimeout(client.timer);
	const max = client.options.maxRetries ?? 3;
	const wake = Math.min(
		...items
			.filter((item) => item.tries <= max || waiting.has(item.id))
			.map((item) => Math.max(item.due, item.lease ?? 0)),
	);
	if (wake < Infinity) client.timer = setTimeout(() => drain(client), wake - Date.now());
}

/** Takes the promise callbacks of a call made in this page: each call settles once. */
function settle(id: string): Waiter | undefined {
	const waiter = waiting.get(id);
	waiting.delete(id);
	return waiter;
}

/** Rejects the call of a request that will never be delivered, and tells `onError`. */
function fail(client: Client, { id }: Queued, error: KlaviyoError, reason: FailureReport['reason']): void {
	settled(client, id);
	settle(id)?.reject(error);
	client.options.onError?.({ reason, error, count: 1 });
}

/** Notes in storage that a request was settled, so the tab that made the call can tell. */
function settled(client: Client, id: string): void {
	store(client, 'done', [...(load<string[]>(client, 'done') ?? []), id].slice(-100));
}

/**
 * The calls of this page whose request left this client's queue without an answer here: settled by
 * another tab (`1`), or the shopper opted out (`0`). A request that no tab settled was lost to
 * another tab writing the queue at the same moment: it goes back in (a repeat is harmless: `unique_id`).
 */
function settleGone(client: Client, items: Queued[], value: 0 | 1): void {
	const done = value ? (load<string[]>(client, 'done') ?? []) : [];
	const lost: Queued[] = [];
	for (const [id, waiter] of waiting) {
		const { storage, publicKey } = waiter.client;
		if (storage !== client.storage || publicKey !== client.publicKey || items.some((item) => item.id === id))
			continue;
		if (!value || done.includes(id)) settle(id)?.resolve(value);
		else lost.push({ ...waiter.item, lease: undefined });
	}
	if (lost.length) {
		items.push(...lost);
		write(client, items);
	}
}

/**
 * The page is being unloaded: whatever is still in flight may or may not land, and this page will
 * never know. Its leases are dropped, and its sends from here on take none, so the next page
 * retries those requests at once instead of waiting for a lease to run out (a duplicate is
 * harmless: `unique_id`).
 */
export function release(client: Client): void {
	const items = read(client);
	for (const item of items) if (client.sending.has(item.id)) item.lease = undefined;
	write(client, items);
}

/** `optOut()` was called here, or klaviyo.js's kill switch cookie `__kla_off=true` is set. */
export const isOptedOut = (client: Client) => !!load(client, 'off') || cookie('__kla_off') === 'true';

/** Stops all sending: forgets what is queued (promises resolve `0`, nothing was sent) and stays off. */
export function optOut(client: Client): void {
	store(client, 'off', 1);
	forget(client);
}

/** Drops what is queued; the calls waiting on it resolve `0` (nothing was sent). */
function forget(client: Client): void {
	write(client, []);
	settleGone(client, [], 0);
	clearTimeout(client.timer);
}

/** Undoes `optOut()` (the `__kla_off` cookie, when set, still wins). */
export const optIn = (client: Client) => store(client, 'off');

export const read = (client: Client) => load<Queued[]>(client, 'queue') ?? [];

const write = (client: Client, items: Queued[]) => store(client, 'queue', items.length ? items : undefined);
