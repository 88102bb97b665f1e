/** The queue as kept in storage, shared by every tab of the site. */

import { isPlainObject } from '../../protocol/values.js';
import type { Client } from '../client-state.js';
import { load, store } from '../record-store.js';
import { discarded } from '../report.js';
import { destination, type Outgoing } from '../requests.js';

/** A request as kept in storage. */
export interface Queued extends Outgoing {
	id: string;
	/** Failed attempts so far. */
	tries: number;
	/** Not to be sent before this time (ms): the backoff. */
	due: number;
	/** Being sent (by this or another tab) until this time (ms). */
	lease?: number;
}

/**
 * The queue, oldest first. A stored request this client could not have made (not the shape it
 * writes, or to another destination than its Klaviyo base URL or relay endpoint) is dropped and
 * reported, never sent: the storage is shared with every script of the site.
 */
export function readQueue(client: Client): Queued[] {
	const items = load<Queued[]>(client, 'queue', Array.isArray) ?? [];
	const to = destination(client);
	const kept = items.filter(
		(item) =>
			typeof item?.id === 'string' &&
			item.url?.startsWith?.(to) &&
			typeof (item.body ?? '') === 'string' &&
			(!item.headers || isPlainObject(item.headers)) &&
			[item.tries, item.due, item.lease ?? 0].every(Number.isFinite),
	);
	if (kept.length < items.length) {
		writeQueue(client, kept);
		discarded(client, 'requests in storage', items.length - kept.length);
	}
	return kept;
}

export const writeQueue = (client: Client, items: Queued[]) =>
	store(client, 'queue', items.length ? items : undefined);
