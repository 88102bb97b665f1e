import type { Client } from '../client-state.js';
import { cookie } from '../cookies.js';
import { load, store } from '../record-store.js';
import { writeQueue } from './stored-queue.js';
import { settleMissing } from './waiters.js';

/** `optOut()` was called here, or klaviyo.js's kill switch cookie `__kla_off=true` is set. */
export const isOptedOut = (client: Client) =>
	!!load(client, 'off', (flag) => flag === 1) || cookie('__kla_off') === 'true';

/** Stops all sending: forgets what is queued (promises resolve `0`, nothing was sent) and stays off. */
export function optOut(client: Client): void {
	store(client, 'off', 1);
	forget(client);
}

/** Undoes `optOut()` (the `__kla_off` cookie, when set, still wins). */
export const optIn = (client: Client) => store(client, 'off');

/** Drops what is queued; the calls waiting on it resolve `0` (nothing was sent). */
export function forget(client: Client): void {
	writeQueue(client, []);
	settleMissing(client, [], 0);
	clearTimeout(client.timer);
}
