/**
 * The promises of the calls made in this page, and how they settle whichever tab sends the request:
 * tabs share the queue, and note in storage (`done`) what they settled.
 */
import type { KlaviyoError } from '../../core/errors.js';
import { load, store } from '../records.js';
import { report } from '../report.js';
import type { Client, FailureReport } from '../state.js';
import { type Queued, read, write } from './stored.js';

interface Waiter {
	resolve(value: 0 | 1): void;
	reject(error: unknown): void;
	/** The client whose queue holds the request. */
	client: Client;
	/** The request itself, to put back if another tab's write lost it. */
	item: Queued;
}

/** The promises of the calls made in this page, by request id, whichever client ends up sending them. */
export const waiting = new Map<string, Waiter>();

/** Takes the promise callbacks of a call made in this page: each call settles once. */
export function settle(id: string): Waiter | undefined {
	const waiter = waiting.get(id);
	waiting.delete(id);
	return waiter;
}

/** Rejects the call of a request that will never be delivered, and tells `onError`. */
export function fail(
	client: Client,
	{ id }: Queued,
	error: KlaviyoError,
	reason: FailureReport['reason'],
): void {
	settled(client, id);
	settle(id)?.reject(error);
	report(client, reason, error);
}

/** Notes in storage that a request was settled, so the tab that made the call can tell. */
export function settled(client: Client, id: string): void {
	store(client, 'done', [...done(client), id].slice(-100));
}

/** The ids of the requests tabs settled lately: a list of strings, as `settled` writes it. */
const done = (client: Client) =>
	load<string[]>(client, 'done', (ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string')) ??
	[];

/**
 * The calls of this page whose request left this client's queue without an answer here: settled by
 * another tab (`1`), or the shopper opted out (`0`). A request that no tab settled was lost to
 * another tab writing the queue at the same moment: it goes back in (a repeat is harmless: `unique_id`).
 */
export function settleGone(client: Client, items: Queued[], value: 0 | 1): void {
	const settledIds = value ? done(client) : [];
	const lost: Queued[] = [];
	for (const [id, waiter] of waiting) {
		const { storage, publicKey } = waiter.client;
		if (storage !== client.storage || publicKey !== client.publicKey || items.some((item) => item.id === id))
			continue;
		if (!value || settledIds.includes(id)) settle(id)?.resolve(value);
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
