/**
 * The outbox. Every call is written to storage before it is sent and removed only once Klaviyo
 * accepted it or refused it for good, so nothing is lost to a flaky network, a 429/5xx or a
 * closed tab: what is left is retried with backoff, on `online`, and on the next page load.
 * Tabs share the storage; a short lease on each request keeps two tabs from sending it at once
 * (and if they ever do, events carry a `unique_id`, so Klaviyo records them once).
 */
import {
	errorFromResponse,
	KlaviyoConnectionError,
	KlaviyoError,
	KlaviyoTimeoutError,
} from '../core/errors.js';
import { pathOf, readBody } from '../core/request.js';
import { isRetryable, parseRetryAfter, retryDelay } from '../core/retry.js';
import { uuid } from '../core/unique-id.js';
import { type Client, storageKey } from './client.js';
import type { KeyValueStorage } from './storage.js';

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
	/** Not to be sent before this time (ms). */
	due: number;
	/** Someone (this or another tab) is sending it until this time (ms). */
	lease?: number;
}

export type Outgoing = Pick<Queued, 'url' | 'body' | 'headers' | 'relay'>;

/** Browsers refuse keepalive requests beyond 64 KB in flight per page; stay under it. */
const KEEPALIVE_BUDGET = 60_000;

interface Waiter {
	resolve(value: 0 | 1): void;
	reject(error: unknown): void;
	/** The queue the request is in: any client on it may settle the call. */
	storage: KeyValueStorage;
	publicKey: string;
}

/** Promises of the calls made in this page, by request id, whichever client ends up sending them. */
const waiting = new Map<string, Waiter>();

/** Queues a request and starts sending it. Resolves `1` once Klaviyo accepted it, `0` when opted out. */
export function enqueue(client: Client, request: Outgoing): Promise<0 | 1> {
	if (isOptedOut(client)) return Promise.resolve(0);
	const item: Queued = { id: uuid(), tries: 0, due: Date.now(), ...request };
	const { storage, publicKey } = client;
	const accepted = new Promise<0 | 1>((resolve, reject) =>
		waiting.set(item.id, { resolve, reject, storage, publicKey }),
	);
	const items = [...read(client), item];
	// Keep the newest requests that fit both bounds; drop (and report) the older ones.
	const { maxQueueLength = 100, maxQueueBytes = 256_000 } = client.options;
	let keep = 0;
	let bytes = 0;
	for (let at = items.length - 1; at >= 0 && keep < maxQueueLength; at--, keep++) {
		bytes += JSON.stringify(items[at]).length;
		if (bytes > maxQueueBytes) break;
	}
	const dropped = items.splice(0, items.length - keep);
	write(client, items);
	if (dropped.length) {
		const error = new KlaviyoError(`Queue full: dropped ${dropped.length} unsent request(s)`);
		for (const { id } of dropped) waiterOf(id)?.reject(error);
		client.dropped += dropped.length;
		client.options.onError?.({ reason: 'dropped', error, count: dropped.length });
	}
	void drain(client, false);
	return accepted;
}

/**
 * Sends everything queued now, backoff or not, and waits for the answers. Returns when the queue
 * is empty or nothing more can be sent now (a lease held by another tab, or a request that
 * already failed once during this flush and waits for its retry).
 */
export function flush(client: Client): Promise<void> {
	return drain(client, true);
}

/** Sends what is queued: everything, or only what is due (after a new call, on the retry timer). */
async function drain(client: Client, everything: boolean): Promise<void> {
	const tried = new Set<string>();
	for (;;) {
		take(client, tried, everything);
		if (!client.sending.size) return schedule(client);
		await Promise.all(client.sending.values());
	}
}

/** Leases the due requests in storage and puts them on the wire. */
function take(client: Client, tried: Set<string>, everything: boolean): void {
	if (isOptedOut(client)) return;
	const now = Date.now();
	const items = read(client);
	// Gone from the queue without being settled here: another tab sent it.
	for (const id of ownWaiters(client)) if (!items.some((item) => item.id === id)) waiterOf(id)?.resolve(1);
	const ready = items.filter(
		(item) =>
			!client.sending.has(item.id) &&
			!tried.has(item.id) &&
			!((item.lease ?? 0) > now) &&
			(everything || client.exiting || item.due <= now),
	);
	if (!ready.length) return;
	for (const item of ready) item.lease = now + (client.options.timeout ?? 10_000) + 5_000;
	write(client, items);
	for (const item of ready) {
		tried.add(item.id);
		client.sending.set(
			item.id,
			send(client, item).finally(() => client.sending.delete(item.id)),
		);
	}
}

/** One attempt, then the queue updated: removed when settled, rescheduled when worth another try. */
async function send(client: Client, item: Queued): Promise<void> {
	let error: unknown;
	try {
		await attempt(client, item);
	} catch (caught) {
		error = caught;
	}
	const retry = error !== undefined && isRetryable(error);
	const items = read(client);
	const stored = items.find((other) => other.id === item.id);
	if (retry && stored) {
		stored.tries = item.tries + 1;
		stored.due = Date.now() + retryDelay(error, stored.tries);
		stored.lease = undefined;
	}
	write(client, retry ? items : items.filter((other) => other.id !== item.id));
	if (error === undefined) waiterOf(item.id)?.resolve(1);
	else if (!retry) {
		waiterOf(item.id)?.reject(error);
		client.options.onError?.({ reason: 'rejected', error: error as KlaviyoError, count: 1 });
	}
	// Still queued: the caller hears about the outage, the request stays for the next chance.
	else if (item.tries >= (client.options.maxRetries ?? 3)) waiterOf(item.id)?.reject(error);
}

/** One HTTP exchange; resolves on any 2xx, throws the typed error otherwise. */
async function attempt(client: Client, { url, body, headers, relay }: Queued): Promise<void> {
	// A beacon outlives the page, but says nothing about the answer: handing it over counts.
	if (client.exiting && relay && globalThis.navigator?.sendBeacon?.(url, body)) return;
	const method = body ? 'POST' : 'GET';
	// The path only: a relay URL's query holds the shopper's data, which has no place in error logs.
	const context = { method, path: pathOf(url).split('?')[0] };
	const size = body?.length ?? 0;
	// keepalive lets the request finish even if the page navigates away meanwhile.
	const keepalive = client.keepaliveBytes + size <= KEEPALIVE_BUDGET;
	if (keepalive) client.keepaliveBytes += size;
	let response: Response;
	try {
		response = await (client.options.fetch ?? fetch)(url, {
			method,
			headers,
			body,
			keepalive,
			signal: AbortSignal.timeout?.(client.options.timeout ?? 10_000),
		});
	} catch (cause) {
		const timedOut = (cause as Error | undefined)?.name === 'TimeoutError';
		throw new (timedOut ? KlaviyoTimeoutError : KlaviyoConnectionError)('Request failed', context, cause);
	} finally {
		if (keepalive) client.keepaliveBytes -= size;
	}
	if (!response.ok) {
		const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
		const data = await readBody(response).catch(() => undefined);
		throw errorFromResponse(response.status, data, context, retryAfter);
	}
}

/** Arms one timer for the next request worth retrying (those not yet past `maxRetries`). */
function schedule(client: Client): void {
	clearTimeout(client.timer);
	if (isOptedOut(client)) return;
	const max = client.options.maxRetries ?? 3;
	const wake = Math.min(
		...read(client)
			.filter((item) => item.tries <= max && !client.sending.has(item.id))
			.map((item) => Math.max(item.due, item.lease ?? 0)),
	);
	if (wake < Number.POSITIVE_INFINITY)
		client.timer = setTimeout(() => drain(client, false), wake - Date.now());
}

/** Takes the promise callbacks of a request made in this page: each call settles once. */
function waiterOf(id: string): Waiter | undefined {
	const waiter = waiting.get(id);
	waiting.delete(id);
	return waiter;
}

/** Ids of the calls made in this page that wait in this client's queue. */
function ownWaiters(client: Client): string[] {
	return [...waiting]
		.filter(([, waiter]) => waiter.storage === client.storage && waiter.publicKey === client.publicKey)
		.map(([id]) => id);
}

/**
 * The page is being unloaded: whatever is still in flight may or may not land, and this page will
 * never know. Its leases are dropped so the next page retries those requests at once instead of
 * waiting for the lease to run out (a duplicate is harmless: `unique_id`).
 */
export function release(client: Client): void {
	const items = read(client);
	for (const item of items) if (client.sending.has(item.id)) item.lease = undefined;
	write(client, items);
}

/** `optOut()` was called here, or klaviyo.js's kill switch cookie `__kla_off=true` is set. */
export function isOptedOut(client: Client): boolean {
	return (
		client.storage.getItem(storageKey(client, 'off')) === '1' ||
		/(?:^|;\s*)__kla_off=true/.test(globalThis.document?.cookie ?? '')
	);
}

/** Stops all sending: forgets what is queued (promises resolve `0`, nothing was sent) and stays off. */
export function optOut(client: Client): void {
	client.storage.setItem(storageKey(client, 'off'), '1');
	client.storage.removeItem(storageKey(client, 'queue'));
	for (const id of ownWaiters(client)) waiterOf(id)?.resolve(0);
	clearTimeout(client.timer);
}

/** Undoes `optOut()` (the `__kla_off` cookie, when set, still wins). */
export function optIn(client: Client): void {
	client.storage.removeItem(storageKey(client, 'off'));
}

export function read(client: Client): Queued[] {
	try {
		return JSON.parse(client.storage.getItem(storageKey(client, 'queue')) ?? '[]');
	} catch {
		return [];
	}
}

function write(client: Client, items: Queued[]): void {
	const key = storageKey(client, 'queue');
	if (items.length) client.storage.setItem(key, JSON.stringify(items));
	else client.storage.removeItem(key);
}
