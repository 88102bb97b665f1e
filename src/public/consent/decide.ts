/**
 * The shopper's decision on a client made with `consent: 'pending'` (see withhold.ts). Granted:
 * what was held in memory moves to the page's storage and leaves, in order, and the client works
 * as any other from then on. Denied: what was held is dropped (its calls resolve `0`, `onError`
 * hears once), the client stays off for the page's life, and nothing was ever written or sent.
 */
import { KlaviyoError } from '../../core/errors.js';
import type { Client } from '../client-state.js';
import { storedIdentity } from '../identity.js';
import { forget } from '../outbox/opt-out.js';
import { flush } from '../outbox/queue.js';
import { readQueue, writeQueue } from '../outbox/stored-queue.js';
import { listen } from '../page.js';
import { store } from '../record-store.js';
import { report } from '../report.js';
import { defaultStorage } from '../web-storage.js';
import { withheldLayer } from './withhold.js';

/** The parts of a client its consent changes. */
type Mutable = { -readonly [K in 'options' | 'storage' | 'sending']: Client[K] };

/**
 * The shopper consented: the calls held so far are sent, in order, and later calls go as usual.
 * Resolves once the held calls were sent (as `flush`). Does nothing on a client not waiting for consent.
 */
export function grantConsent(client: Client): Promise<void> {
	const layer = withheldLayer(client.options);
	if (!layer) return Promise.resolve();
	const held = readQueue(client);
	const mutable = client as Mutable;
	// The withheld layer goes: what was under it (the options as given) shows through.
	const given = Object.getPrototypeOf(layer);
	if (client.options === layer) mutable.options = given;
	else {
		let above = client.options;
		while (Object.getPrototypeOf(above) !== layer) above = Object.getPrototypeOf(above);
		Object.setPrototypeOf(above, given);
	}
	mutable.storage = client.options.storage ?? defaultStorage();
	// The requests "in flight" never left and never will: they are sent afresh, without lease.
	mutable.sending = new Map();
	for (const item of held) item.lease = undefined;
	// A shopper the site already knows (they consented on an earlier visit) stays who they were; a
	// new one keeps the anonymous_id their held calls carry.
	if (client.identity) {
		client.identity = storedIdentity(client) ?? client.identity;
		store(client, 'identity', client.identity);
	}
	writeQueue(client, [...readQueue(client), ...held]);
	// Page exit sends what is left from now on (createClient skipped it while consent was pending).
	if (typeof document === 'object') listen(client);
	return flush(client);
}

/**
 * The shopper refused: the calls held so far are dropped (they resolve `0`, and `onError` is told
 * once, with their count) and later calls resolve `0` unsent. Nothing was written or sent.
 */
export function denyConsent(client: Client): void {
	if (!withheldLayer(client.options)) return;
	const held = readQueue(client).length;
	// Opted out, in the memory storage: later calls resolve 0 and are never queued.
	store(client, 'off', 1);
	forget(client);
	if (held)
		report(client, 'dropped', new KlaviyoError('Consent denied: the calls held for it were dropped'), held);
}
