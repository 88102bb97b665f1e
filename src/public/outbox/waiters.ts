/**
 * The promises of the calls made in this page, and how they settle whichever tab sends the request:
 * tabs share the queue, and note in storage (`done`) what they settled.
 */
import type { KlaviyoError } from '../../core/errors.js';
import type { Client, FailureReport } from '../client-state.js';
import { load, store } from '../record-store.js';
import { report } from '../report.js';
import { type Queued, writeQueue } from './stored-queue.js';

interface Waiter {
	resolve(value: 0 | 1): void;
	reject(error: unknown): void;
	/** The client whose queue holds the request. */
	client: Client;
	/** The request itself, to put back if another tab's write lost it. */
	item: Queued;
}

/** The promises of the calls made in this page, by request id, whichever client ends up sending them. */
export const waiters = new Map<string, Waiter>();

/** Takes the promise callbacks of a call made in this page: each call settles once. */
export function takeWaiter(id: string): Waiter | undefined {
	const waiter = waiters.get(id);
	waiters.delete(id);
	return waiter;
}

/** Rejects the call of a request that will never be delivered, and tells `onError`. */
export function fail(
	client: Client,
	{ id }: Queued,
	error: KlaviyoError,
	reason: FailureReport['reason'],
): void {
	markSettled(client, id);
	takeWaiter(id)?.reject(error);
	report(client, reason, error);
}

/** Notes in storage that a request was settled, so the tab that made the call can tell. */
export function markSettled(client: Client, id: string): void {
	store(client, 'done', [...done(client), id].slice(-100));
}

/** The ids of the requests tabs settled lately: a list of strings, as `markSettled` writes it. */
const done = (client: Client) =>
	load<string[]>(client, 'done', (ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string')) ??
	[];

/**
 * The calls of this page whose request left this client's queue without an answer here: settled by
 * another tab (`1`), or the shopper opted out (`0`). A request that no tab settled was lost to
 * another tab writing the queue at the same moment: it goes back in (a repeat is harmless: `unique_id`).
 */
export function settleMissing(client: Client, items: Queued[], value: 0 | 1): void {
	const settledIds = value ? done(client) : [];
	const lost: Queued[] = [];
	for (const [id, waiter] of waiters) {
		const { storage, publicKey } = waiter.client;
		if (storage !== client.storage || publicKey !== client.publicKey || items.some((item) => item.id === id))
			continue;
		if (!value || settledIds.includes(id)) takeWaiter(id)?.resolve(value);
		else lost.push({ ...waiter.item, lease: undefined });
	}
	if (lost.length) {
		items.push(...lost);
		writeQueue(client, items);
	}
}
