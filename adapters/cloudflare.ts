/**
 * `klaviyo-edge/cloudflare`: the relay in a Cloudflare Worker. Route a path of the shop's own
 * domain (default `/k/*`) to it and point the public client's `endpoint` at that path:
 *
 *   // worker.ts: a Worker that is only the relay
 *   import { relayWorker } from 'klaviyo-edge/cloudflare';
 *   export default relayWorker();            // reads env.KLAVIYO_PUBLIC_KEY
 *
 *   // or inside the shop's own Worker, which keeps its routing
 *   const relay = relayMiddleware();
 *   export default { fetch: (request, env) => relay(request, env) ?? handle(request, env) };
 *
 *   // page
 *   createClient('ABC123', { endpoint: '/k' });
 *
 * The shopper's IP is Cloudflare's `CF-Connecting-IP`; the abuse limits use the Workers Rate
 * Limiting bindings `KLAVIYO_CLIENT_RATE_LIMIT` / `KLAVIYO_SITE_RATE_LIMIT` where configured
 * (shared by every isolate of a location), else per-isolate memory.
 */
import { createRelay, type Limiter, type MountedRelay, mountRelay, type RelayOptions } from './relay.js';

/** A Workers Rate Limiting binding (`ratelimits` in wrangler config). */
export interface RateLimitBinding {
	limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The Worker's bindings this adapter reads. */
export interface KlaviyoEnv {
	/** The public key (site ID). Never the private key: the relay does not need it. */
	KLAVIYO_PUBLIC_KEY: string;
	/** Override Klaviyo's host (tests, staging). */
	KLAVIYO_BASE_URL?: string;
	/** Counts requests per shopper IP and operation; its `simple` limit replaces the default per-client rate. */
	KLAVIYO_CLIENT_RATE_LIMIT?: RateLimitBinding;
	/** Counts requests per operation for the whole site; its limit replaces the default per-site rate. */
	KLAVIYO_SITE_RATE_LIMIT?: RateLimitBinding;
}

export interface RelayWorkerOptions extends Omit<RelayOptions, 'publicKey' | 'baseUrl' | 'clientIp'> {
	/** Path prefix served by the relay. Default `/k`. */
	path?: string;
}

/** Seconds a client refused by a binding is told to wait: a binding's period is 10 or 60 s. */
const BINDING_RETRY_AFTER = 10;

/** A rate limiting binding as the relay's limiter (the binding carries its own rate). */
export function bindingLimiter(binding: RateLimitBinding): Limiter {
	return {
		async take(key) {
			const { success } = await binding.limit({ key });
			return success ? { ok: true } : { ok: false, retryAfter: BINDING_RETRY_AFTER };
		},
	};
}

/**
 * Worker middleware: a `Response` promise for the relay's own paths, `undefined` for the rest, so
 * the shop's Worker keeps its routing.
 */
export function relayMiddleware<Env extends KlaviyoEnv = KlaviyoEnv>(options: RelayWorkerOptions = {}) {
	const { path = '/k', ...relayOptions } = options;
	// One relay per isolate and configuration: env is fixed for an isolate's lifetime, and the
	// in-memory limiters must outlive a request.
	let cached: { key: string; relay: MountedRelay } | undefined;

	return (request: Request, env: Env): Promise<Response> | undefined => {
		const key = [
			env.KLAVIYO_PUBLIC_KEY,
			env.KLAVIYO_BASE_URL,
			!!env.KLAVIYO_CLIENT_RATE_LIMIT,
			!!env.KLAVIYO_SITE_RATE_LIMIT,
		].join('|');
		if (cached?.key !== key) {
			const clientLimiter = env.KLAVIYO_CLIENT_RATE_LIMIT && bindingLimiter(env.KLAVIYO_CLIENT_RATE_LIMIT);
			const siteLimiter = env.KLAVIYO_SITE_RATE_LIMIT && bindingLimiter(env.KLAVIYO_SITE_RATE_LIMIT);
			const relay = createRelay({
				...relayOptions,
				publicKey: env.KLAVIYO_PUBLIC_KEY,
				baseUrl: env.KLAVIYO_BASE_URL,
				clientIp: 'cf-connecting-ip',
				limits: {
					...relayOptions.limits,
					...(clientLimiter && { clientLimiter }),
					...(siteLimiter && { siteLimiter }),
				},
			});
			cached = { key, relay: mountRelay(relay, path) };
		}
		return cached.relay(request);
	};
}

/** A module Worker (`export default relayWorker()`) serving the relay under `path`. */
export function relayWorker<Env extends KlaviyoEnv = KlaviyoEnv>(
	options: RelayWorkerOptions & {
		/** What answers requests outside `path`. Default: pass them on to the origin. */
		fallback?: (request: Request) => Response | Promise<Response>;
	} = {},
) {
	const { fallback = (request: Request) => fetch(request), ...relayOptions } = options;
	const relay = relayMiddleware<Env>(relayOptions);
	return {
		fetch(request: Request, env: Env): Promise<Response> | Response {
			return relay(request, env) ?? fallback(request);
		},
	};
}
