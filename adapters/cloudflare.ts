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
import { enqueueAll, type Producer, toQueuedItems } from './cloudflare/messages.js';
import { klaviyoQueue, type QueueConsumerOptions, type QueueEnv } from './cloudflare/queue.js';
import {
	createRelay,
	type Forward,
	forwardToKlaviyo,
	type Limiter,
	type MountedRelay,
	memoryLimiter,
	mountRelay,
	type RelayLimits,
	type RelayOptions,
} from './relay.js';

export type { DeadLetter, KlaviyoMessage, Parcel, Producer, QueuedItem } from './cloudflare/messages.js';
export { enqueue, enqueueEvent, MAX_MESSAGE_BYTES } from './cloudflare/messages.js';
export type {
	BatchReport,
	QueueBatch,
	QueueConsumerOptions,
	QueueEnv,
	QueueMessage,
} from './cloudflare/queue.js';
export { klaviyoQueue } from './cloudflare/queue.js';

/** A Workers Rate Limiting binding (`ratelimits` in wrangler config). */
export interface RateLimitBinding {
	limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The Worker's bindings this adapter reads. */
export interface KlaviyoEnv extends QueueEnv {
	/** The public key (site ID). The relay needs no other; only the queue consumer reads the private key. */
	KLAVIYO_PUBLIC_KEY: string;
	/**
	 * Producer binding of the Klaviyo queue. When bound, the relay queues tracks and identifies
	 * (checked, translated, with the shopper's IP) and answers at once; the `queue` handler turns
	 * them into bulk jobs (docs/scaling.md). Subscriptions are always sent at once.
	 */
	KLAVIYO_QUEUE?: Producer;
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

/**
 * A rate limiting binding as the relay's limiter (the binding carries its own rate). The binding
 * counts one per call: a bulk of N is let in by the first call and counted by N − 1 more.
 */
function bindingLimiter(binding: RateLimitBinding): Limiter {
	return {
		async take(key, _rate, count = 1) {
			const { success } = await binding.limit({ key });
			if (!success) return { ok: false, retryAfter: BINDING_RETRY_AFTER };
			await Promise.all(Array.from({ length: count - 1 }, () => binding.limit({ key })));
			return { ok: true };
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
			!!env.KLAVIYO_QUEUE,
		].join('|');
		if (cached?.key !== key) {
			const clientLimiter = env.KLAVIYO_CLIENT_RATE_LIMIT && bindingLimiter(env.KLAVIYO_CLIENT_RATE_LIMIT);
			const siteBinding = env.KLAVIYO_SITE_RATE_LIMIT && bindingLimiter(env.KLAVIYO_SITE_RATE_LIMIT);
			const siteLimiter = siteBinding && env.KLAVIYO_QUEUE ? directOnly(siteBinding) : siteBinding;
			const relay = createRelay({
				...relayOptions,
				publicKey: env.KLAVIYO_PUBLIC_KEY,
				baseUrl: env.KLAVIYO_BASE_URL,
				clientIp: 'cf-connecting-ip',
				forward: env.KLAVIYO_QUEUE
					? queueForward(env.KLAVIYO_QUEUE, env, relayOptions)
					: relayOptions.forward,
				limits: {
					...relayOptions.limits,
					...(env.KLAVIYO_QUEUE && { perSite: queuedSiteRates(relayOptions.limits?.perSite) }),
					...(clientLimiter && { clientLimiter }),
					...(siteLimiter && { siteLimiter }),
				},
			});
			cached = { key, relay: mountRelay(relay, path) };
		}
		return cached.relay(request);
	};
}

/** What the relay puts on the queue when one is bound: tracks (one by one or in bulk) and identifies. */
const QUEUED_PATHS = ['/client/events', '/client/event-bulk-create', '/client/profiles'];

/**
 * Queued tracks and identifies never meet Klaviyo's `/client/*` limits; the site's ceiling for
 * them is the queue's own throughput (5,000 messages/s per queue). The shop's rates still win.
 */
function queuedSiteRates(perSite: RelayLimits['perSite']): RelayLimits['perSite'] {
	if (perSite === false) return false;
	const queue = { burst: 5_000, steady: 300_000 };
	return { ...Object.fromEntries(QUEUED_PATHS.map((path) => [path, queue])), ...perSite };
}

/**
 * The site binding carries Klaviyo's direct `/client/*` rate (3,500/min in the example): with a
 * queue, it counts only what still goes direct (subscriptions); queued paths are counted in
 * memory at the queue's rates, or a location would take ~58 tracks/s instead of thousands.
 */
function directOnly(binding: Limiter): Limiter {
	const queued = memoryLimiter();
	return {
		take: (key, rate, count) => (QUEUED_PATHS.includes(key) ? queued : binding).take(key, rate, count),
	};
}

/**
 * Tracks and identifies onto the queue, a bulk's events each a message of its own (the binding
 * lives as long as the isolate); the rest as usual.
 */
function queueForward(queue: Producer, env: KlaviyoEnv, options: RelayWorkerOptions): Forward {
	const direct =
		options.forward ??
		forwardToKlaviyo({ ...options, publicKey: env.KLAVIYO_PUBLIC_KEY, baseUrl: env.KLAVIYO_BASE_URL });
	return (request) => {
		const items = toQueuedItems(request);
		return items ? enqueueAll(queue, items) : direct(request);
	};
}

/**
 * A module Worker (`export default relayWorker()`) serving the relay under `path`, with the
 * consumer of the Klaviyo queues as its `queue` handler (see `klaviyoQueue`).
 */
export function relayWorker<Env extends KlaviyoEnv = KlaviyoEnv>(
	options: RelayWorkerOptions & {
		/** What answers requests outside `path`. Default: pass them on to the origin. */
		fallback?: (request: Request) => Response | Promise<Response>;
		/** For the `queue` handler. */
		queue?: QueueConsumerOptions;
	} = {},
) {
	const { fallback = (request: Request) => fetch(request), queue, ...relayOptions } = options;
	const relay = relayMiddleware<Env>(relayOptions);
	return {
		fetch(request: Request, env: Env): Promise<Response> | Response {
			return relay(request, env) ?? fallback(request);
		},
		queue: klaviyoQueue<Env>(queue).queue,
	};
}
