/** What a public client is made of: its options and the state the standalone functions share. */
import type { KlaviyoError } from '../core/errors.js';
import type { ClientOptions } from '../core/options.js';
import type { KeyValueStorage } from './web-storage.js';

/** Something handed over that did not reach Klaviyo, or state found in storage that was not ours, and why. */
export interface FailureReport {
	/**
	 * `rejected`: Klaviyo refused it for good (a 4xx other than 429). `dropped`: the queue was full, or
	 * the calls held for consent when it was denied.
	 * `unreachable`: `maxRetries` attempts failed (network, 429, 5xx): the call's promise rejected, the
	 * request stays queued for the next chance. `discarded`: what storage or a cookie held under this
	 * client's names was not what it writes (another script, an extension, an old version): removed,
	 * never sent nor trusted as the shopper; or a stored request to another destination than this
	 * client's Klaviyo base URL or relay endpoint.
	 */
	reason: 'rejected' | 'dropped' | 'unreachable' | 'discarded';
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
	/** UTF-8 bytes of the JSON of unsent requests kept at most in storage. Default 256 000. */
	maxQueueBytes?: number;
	/**
	 * `'pending'`: nothing is sent, and nothing written to (or read from) the page's storage, until
	 * `grantConsent(client)`; calls made before are held in memory (within `maxQueueLength` and
	 * `maxQueueBytes`) and sent on grant, dropped on `denyConsent(client)`.
	 */
	consent?: 'pending';
	/** Told about everything that will never be delivered. */
	onError?: (report: FailureReport) => void;
}

/** The identifiers remembered for the shopper (modern attribute names). */
export interface Identity {
	anonymous_id: string;
	email?: string;
	external_id?: string;
	phone_number?: string;
	_kx?: string;
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
