import type { ClientOptions } from '../core/options.js';
import { RateLimiter } from './rate-limiter.js';
import type { Session } from './session.js';
import { Transport } from './transport.js';

export interface PrivateOptions extends ClientOptions {
	/**
	 * Paces requests under Klaviyo's published per-endpoint limits. Default: a limiter of this
	 * client's own; share one between clients that use the same key, or pass `false` to turn it off.
	 */
	rateLimiter?: RateLimiter | false;
}

/**
 * What every resource sends through: the key (or an OAuth session), the options, the rate limiter.
 * `PrivateClient` builds one for its five resources; a Worker that needs only one resource builds it
 * from this, and its bundle carries only that resource:
 *
 *   const lists = new Lists(connect(env.KLAVIYO_PRIVATE_KEY));
 *   const theirLists = new Lists(connect(oauth.session(accountId))); // an app, per account
 */
export function connect(credentials: string | Session, options: PrivateOptions = {}): Transport {
	const { rateLimiter = new RateLimiter(), ...clientOptions } = options;
	return new Transport({
		...clientOptions,
		...(typeof credentials === 'object' && credentials !== null
			? { session: credentials }
			: { privateKey: credentials }),
		beforeRequest: rateLimiter ? rateLimiter.acquire : undefined,
	});
}
