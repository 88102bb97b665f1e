import { KlaviyoConfigurationError } from '../core/errors.js';
import type { Client, PublicClientOptions } from './client-state.js';
import { withheld } from './consent/withhold.js';
import { loadIdentity } from './identity.js';
import { flush } from './outbox/queue.js';
import { listen } from './page.js';
import { defaultStorage, memoryStorage } from './web-storage.js';

/**
 * A public client for one site ID. Never arms a timer or touches the network unless requests are
 * waiting in its storage from an earlier page; reads the page and attaches listeners only where a
 * `document` exists.
 */
export function createClient(publicKey: string, options: PublicClientOptions = {}): Client {
	if (!publicKey) throw new KlaviyoConfigurationError('Public api token was not provided.');
	// Never repeat the key itself: error messages end up in logs and error trackers.
	if (/^\s*pk_/i.test(publicKey)) {
		throw new KlaviyoConfigurationError(
			'A private API key must not be used in a page: use the public key (site ID)',
		);
	}
	// Only 'pending' withholds: a `consent: 'granted'` from plain JS must not hold calls forever.
	const pending = options.consent === 'pending';
	const client: Client = {
		publicKey,
		// Pending consent: nothing leaves (a fetch that never answers, in front of the options as
		// given) and nothing is stored, until granted (consent/decide.ts).
		options: pending ? Object.create(options, { fetch: { value: withheld } }) : options,
		storage: pending ? memoryStorage() : (options.storage ?? defaultStorage()),
		dropped: 0,
		sending: new Map(),
		keepaliveBytes: 0,
	};
	if (typeof document === 'object') {
		loadIdentity(client);
		// Page exit sends by sendBeacon, past the withheld fetch: pending, the page is left alone.
		pending || listen(client);
	}
	void flush(client); // what an earlier page left behind
	return client;
}
