/** The queue as kept in storage, shared by every tab of the site. */
import { load, store } from '../records.js';
import type { Client } from '../state.js';

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

export const read = (client: Client) => load<Queued[]>(client, 'queue') ?? [];

export const write = (client: Client, items: Queued[]) =>
	store(client, 'queue', items.length ? items : undefined);
