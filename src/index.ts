/**
 * `klaviyo-edge`: node-klaviyo's `Klaviyo` class, on Klaviyo's current API, plus everything from
 * `klaviyo-edge/private`. Code written for node-klaviyo keeps its shape:
 *
 *   import Klaviyo from 'klaviyo-edge';
 *   const klaviyo = new Klaviyo({ publicToken: 'ABC123', privateToken: 'pk_…' });
 *   await klaviyo.profiles.getProfile('01GDDKASAP8TKDDA2GRZDSVP4H');
 *
 * Browser code should import `klaviyo-edge/public` instead (no private side, a few KB).
 */
import { KlaviyoConfigurationError, KlaviyoError } from './core/errors.js';
import { PrivateClient, type PrivateOptions } from './private/client.js';
import type { DataPrivacy } from './private/resources/data-privacy.js';
import type { Lists } from './private/resources/lists.js';
import type { Metrics } from './private/resources/metrics.js';
import type { Profiles } from './private/resources/profiles.js';
import type { Session } from './private/session.js';
import { PublicClient } from './public/index.js';

export interface KlaviyoOptions extends PrivateOptions {
	/** Public API key (site ID): needed for `.public`. */
	publicToken?: string;
	/**
	 * Private API key (`pk_…`), or an app's OAuth session for one account (`klaviyo-edge/oauth`):
	 * needed for `.profiles`, `.metrics`, `.lists`, `.dataPrivacy`.
	 */
	privateToken?: string | Session;
}

/**
 * node-klaviyo's client: give it the tokens you have; each accessor throws a
 * `KlaviyoConfigurationError` when its token is missing, and none can be reassigned.
 */
export class Klaviyo {
	readonly #publicToken: string | undefined;
	readonly #privateToken: string | Session | undefined;
	readonly #options: PrivateOptions;
	#public: PublicClient | undefined;
	#private: PrivateClient | undefined;

	constructor({ publicToken, privateToken, ...options }: KlaviyoOptions = {}) {
		if (!publicToken && !privateToken) {
			throw new KlaviyoConfigurationError('You must provide a public or private api token.');
		}
		this.#publicToken = publicToken;
		this.#privateToken = privateToken;
		this.#options = options;
	}

	/** identify, track, trackOnce (`/client/*`, public key). */
	get public(): PublicClient {
		if (!this.#publicToken) throw new KlaviyoConfigurationError('Public api token was not provided.');
		const { baseUrl, revision, fetch, timeout, maxRetries, headers } = this.#options;
		this.#public ??= new PublicClient(this.#publicToken, {
			baseUrl,
			revision,
			fetch,
			timeout,
			maxRetries,
			headers,
		});
		return this.#public;
	}

	set public(_value: never) {
		readOnly();
	}

	get profiles(): Profiles {
		return this.#privateClient().profiles;
	}

	set profiles(_value: never) {
		readOnly();
	}

	get metrics(): Metrics {
		return this.#privateClient().metrics;
	}

	set metrics(_value: never) {
		readOnly();
	}

	get lists(): Lists {
		return this.#privateClient().lists;
	}

	set lists(_value: never) {
		readOnly();
	}

	get dataPrivacy(): DataPrivacy {
		return this.#privateClient().dataPrivacy;
	}

	set dataPrivacy(_value: never) {
		readOnly();
	}

	#privateClient(): PrivateClient {
		if (!this.#privateToken) throw new KlaviyoConfigurationError('Private api token was not provided.');
		this.#private ??= new PrivateClient(this.#privateToken, this.#options);
		return this.#private;
	}
}

function readOnly(): never {
	throw new KlaviyoError('This value is not writeable.');
}

export default Klaviyo;
export * from './private/index.js';
export { PublicClient };
