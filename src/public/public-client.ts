import { KlaviyoError } from '../core/errors.js';
import { createClient } from './client.js';
import type { Client, PublicClientOptions } from './client-state.js';
import { type IdentifyOptions, identify } from './identify.js';
import { reset } from './identity.js';
import { optIn, optOut } from './outbox/opt-out.js';
import { flush } from './outbox/queue.js';
import { type SubscribeOptions, subscribe } from './subscribe.js';
import { type TrackOptions, track, trackOnce } from './track.js';

/**
 * node-klaviyo's `klaviyo.public`, as a class: the same methods as the standalone functions,
 * bound to one client. Prefer the functions in a page that counts bytes.
 */
export class PublicClient {
	/** The state the standalone functions take, for mixing both styles. */
	readonly client: Client;

	constructor(publicKey: string, options?: PublicClientOptions) {
		this.client = createClient(publicKey, options);
	}

	/** The public key (site ID). */
	get token(): string {
		return this.client.publicKey;
	}

	set token(_value: string) {
		throw new KlaviyoError('This value is not writeable.');
	}

	identify(options: IdentifyOptions): Promise<0 | 1> {
		return identify(this.client, options);
	}

	track(options: TrackOptions): Promise<0 | 1> {
		return track(this.client, options);
	}

	trackOnce(options: TrackOptions): Promise<0 | 1> {
		return trackOnce(this.client, options);
	}

	subscribe(options: SubscribeOptions): Promise<0 | 1> {
		return subscribe(this.client, options);
	}

	flush(): Promise<void> {
		return flush(this.client);
	}

	reset(): void {
		reset(this.client);
	}

	optOut(): void {
		optOut(this.client);
	}

	optIn(): void {
		optIn(this.client);
	}
}
