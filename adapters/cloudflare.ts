/**
 * `klaviyo-edge/cloudflare`: the relay as a Cloudflare Worker. Route a path of the shop's own
 * domain (default `/k/*`) to it and point the public client's `endpoint` at that path:
 *
 *   // worker.ts
 *   import { relayWorker } from 'klaviyo-edge/cloudflare';
 *   export default relayWorker();            // reads env.KLAVIYO_PUBLIC_KEY
 *
 *   // page
 *   createClient('ABC123', { endpoint: '/k' });
 *
 * Requests outside the path fall through to `fallback` (default: the origin, via `fetch`).
 */
import { createRelay, type RelayHandler, type RelayOptions } from './relay.js';

/** The Worker's bindings this adapter reads. */
export interface KlaviyoEnv {
	/** The public key (site ID). Never the private key: the relay does not need it. */
	KLAVIYO_PUBLIC_KEY: string;
	/** Override Klaviyo's host (tests, staging). */
	KLAVIYO_BASE_URL?: string;
}

export interface RelayWorkerOptions extends Omit<RelayOptions, 'publicKey' | 'baseUrl'> {
	/** Path prefix served by the relay. Default `/k`. */
	path?: string;
	/** What answers requests outside `path`. Default: pass them on to the origin. */
	fallback?: (request: Request) => Response | Promise<Response>;
}

/** A module Worker (`export default relayWorker()`) serving the relay under `path`. */
export function relayWorker<Env extends KlaviyoEnv = KlaviyoEnv>(options: RelayWorkerOptions = {}) {
	const { path = '/k', fallback = (request: Request) => fetch(request), ...relayOptions } = options;
	const prefix = path.replace(/\/+$/, '');
	// One relay per isolate and configuration: env is fixed for an isolate's lifetime.
	let cached: { key: string; relay: RelayHandler } | undefined;

	return {
		fetch(request: Request, env: Env): Promise<Response> | Response {
			const { pathname } = new URL(request.url);
			if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return fallback(request);
			const key = `${env.KLAVIYO_PUBLIC_KEY}|${env.KLAVIYO_BASE_URL ?? ''}`;
			if (cached?.key !== key) {
				cached = {
					key,
					relay: createRelay({
						...relayOptions,
						publicKey: env.KLAVIYO_PUBLIC_KEY,
						baseUrl: env.KLAVIYO_BASE_URL,
					}),
				};
			}
			return cached.relay(request);
		},
	};
}
