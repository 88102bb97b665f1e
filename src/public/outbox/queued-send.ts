import type { KlaviyoError } from '../../core/errors.js';
import { Default } from '../../core/options.js';
import { sendOnce } from '../../core/request.js';
import { isRetryable, retryDelay } from '../../core/retry.js';
import { encodeUtf8 } from '../../core/utf8.js';
import type { Client } from '../client-state.js';
import { stage } from '../record-store.js';
import { report } from '../report.js';
import { type Queued, readQueue } from './stored-queue.js';
import { fail, markSettled, takeWaiter } from './waiters.js';

/**
 * Browsers refuse keepalive requests (and beacons) beyond 64 KB in flight per page; stay under it.
 * Also the most one bulk request of the page carries (outbox/bulk.ts).
 */
export const KEEPALIVE_BUDGET = 60_000;

/** One attempt, then the queue updated: removed when settled, rescheduled when worth another try. */
export async function sendQueued(client: Client, item: Queued): Promise<void> {
	const { url, body, relay, tries } = item;
	// keepalive lets a request finish after the page is gone, within a budget for the whole page
	// counted in UTF-8 bytes, as browsers do: a body of 25 000 '€' is 75 KB, which keepalive refuses.
	const size = encodeUtf8(body).length;
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
	const items = readQueue(client).filter((stored) => stored.id !== item.id || retry);
	for (const stored of items) {
		if (stored.id !== item.id) continue;
		stored.tries = tries + 1;
		stored.due = Date.now() + retryDelay(error, stored.tries);
		stored.lease = undefined;
	}
	// Written by the drain that sent it, which goes on as soon as this returns: one write per answer.
	stage(client, 'queue', items);
	if (!error) {
		markSettled(client, item.id);
		takeWaiter(item.id)?.resolve(1);
	} else if (!retry) fail(client, item, error, 'rejected');
	// Still queued: the caller hears about the outage, the request stays for the next chance.
	else if (tries >= (client.options.maxRetries ?? Default.MaxRetries)) {
		const waiter = takeWaiter(item.id);
		if (waiter) {
			waiter.reject(error);
			report(client, 'unreachable', error);
		}
	}
}
