import { KlaviyoConfigurationError, type KlaviyoError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';
import { type Identity, loadIdentity } from './identity.js';
import { flush, release } from './queue.js';
import { defaultStorage, type KeyValueStorage } from './storage.js';

/** Something the page handed over that will never reach Klaviyo, and why. */
export interface FailureReport {
	/** `rejected`: Klaviyo refused it for good (a 4xx other than 429). `dropped`: the queue was full. */
	reason: 'rejected' | 'dropped';
	error: KlaviyoError;
	/** How many requests this report covers. */
	count: number;
}

export interface PublicClientOptions
	extends Pick<ClientOptions, 'baseUrl' | 'revision' | 'fetch' | 'timeout' | 'maxRetries' | 'headers'> {
	/**
	 * A first-party relay (adapters/relay.ts) on the shop's own origin, e.g. `/k`. Requests then go to
	 * `{endpoint}/track|identify|subscribe` in node-klaviyo's legacy format, without CORS preflight.
	 */
	endpoint?: string;
	/** Where the queue and identity live. Default: `localStorage`, or memory where there is none. */
	storage?: KeyValueStorage;
	/** Unsent requests kept at most; the oldest are dropped (and reported) beyond. Default 100. */
	maxQueueLength?: number;
	/** Characters of unsent requests kept at most in storage. Default 256 000. */
	maxQueueBytes?: number;
	/** Told about everything that will never be delivered. */
	onError?: (report: FailureReport) => void;
}

/** A public client's state. Pass it to `identify`, `track`, `flush`… */
export interface Client {
	readonly publicKey: string;
	readonly options: PublicClientOptions;
	readonly storage: KeyValueStorage;
	/** Who calls that name nobody are attributed to. Browsers only: on a server every call names its shopper. */
	identity?: Identity;
	/** Requests dropped from a full queue since the client was made. */
	dropped: number;
	/** Requests on the wire from here, by id. */
	readonly sending: Map<string, Promise<void>>;
	/**
	 * The page is `hidden` (it may come back: send now, with keepalive, and learn the outcome) or
	 * `gone` (pagehide: relay requests leave by beacon, which outlives the page but reports nothing).
	 */
	exiting?: 'hidden' | 'gone';
	/** Body bytes of keepalive requests in flight (browsers allow 64 KB in all). */
	keepaliveBytes: number;
	timer?: ReturnType<typeof setTimeout>;
}

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
			'A private API key (pk_…) must not be used in a page: use the public key (site ID)',
		);
	}
	const client: Client = {
		publicKey,
		options,
		storage: options.storage ?? defaultStorage(),
		dropped: 0,
		sending: new Map(),
		keepaliveBytes: 0,
	};
	if (typeof document === 'object') {
		loadIdentity(client);
		listen(client);
	}
	void flush(client); // what an earlier page left behind
	return client;
}

/**
 * Sends what is waiting when the network returns, and everything at once when the page is hidden
 * (often the last chance on mobile) or unloaded. Shown again, or restored from the back/forward
 * cache, the page leaves the exit mode.
 */
function listen(client: Client): void {
	const send = () => void flush(client);
	addEventListener('online', send);
	addEventListener('pagehide', () => {
		client.exiting = 'gone';
		send();
		release(client);
	});
	document.addEventListener('visibilitychange', () => {
		client.exiting = document.visibilityState === 'hidden' ? client.exiting || 'hidden' : undefined;
		if (client.exiting) send();
	});
}

/** A cookie of the page (klaviyo.js's own), when there is a page. */
export const cookie = (name: string) => globalThis.document?.cookie.match(`(?:^|; *)${name}=([^;]+)`)?.[1];
