/**
 * `klaviyo-edge/relay`: a first-party endpoint for the public client's `endpoint` option, and a
 * stand-in for Klaviyo's retired `/api/track` and `/api/identify` for any legacy sender.
 *
 *   const relay = createRelay({ publicKey: 'ABC123' });
 *   // Workers: klaviyo-edge/cloudflare; Deno, Bun, Node: klaviyo-edge/deno, /bun, /node.
 *
 * The page sends node-klaviyo's legacy Track/Identify payloads to `{endpoint}/track`,
 * `{endpoint}/identify` and `{endpoint}/subscribe` as header-less GETs (`?data=<base64 JSON>`),
 * form POSTs (`data=<JSON>`) or `sendBeacon` bodies: none of them needs a CORS preflight, and
 * ad blockers do not see Klaviyo's host. The relay checks them, translates them to Klaviyo's
 * `/client/*` JSON:API (a public key only, never a private one) and forwards them.
 *
 * The relay faces the open internet, so everything it reads is bounded (URL, body, JSON depth),
 * every refusal is a 4xx with a JSON:API error document, and it never throws. Answers: `202` with
 * body `1` (or a blank GIF for `i=1`) once Klaviyo accepted; Klaviyo's own status and body for its
 * 4xx (and 429 with `Retry-After`), `502` when Klaviyo could not be reached, `504` when it did not
 * answer in time. docs/relay.md has the whole policy.
 */
import {
	KlaviyoApiError,
	KlaviyoConfigurationError,
	KlaviyoRateLimitError,
	KlaviyoTimeoutError,
	KlaviyoValidationError,
} from '../src/core/errors.js';
import { Default, isPrivateKey, MediaType } from '../src/core/options.js';
import { ROUTE_PATHS } from '../src/protocol/wire.js';
import { accepted, problem, Refusal } from './relay/answers.js';
import { type ClientIpSource, clientIp } from './relay/client-ip.js';
import { type ClientRequest, type Route, readData, toRelayedRequest } from './relay/decode.js';
import { type Forward, forwardToKlaviyo, type KlaviyoForwardOptions } from './relay/forward.js';
import {
	clientRate,
	type Limiter,
	memoryLimiter,
	type Rate,
	type RelayLimits,
	siteRate,
} from './relay/limits.js';
import { originPolicy } from './relay/origin.js';

export type { ClientIpSource } from './relay/client-ip.js';
export type { ClientRequest, Route } from './relay/decode.js';
export { MAX_BODY_BYTES, MAX_DATA_CHARS, MAX_JSON_DEPTH } from './relay/decode.js';
export type { Forward, KlaviyoForwardOptions } from './relay/forward.js';
export { forwardToKlaviyo } from './relay/forward.js';
export type { Limiter, LimitOutcome, Rate, RelayLimits } from './relay/limits.js';
export { KLAVIYO_CLIENT_LIMITS, memoryLimiter } from './relay/limits.js';
export { type MountedRelay, mountRelay } from './relay/mount.js';

export interface RelayOptions extends KlaviyoForwardOptions {
	/**
	 * Origins of other sites allowed to call the relay (they get CORS headers). When set, a request
	 * must show an allowed origin or the relay's own (`Origin`, else `Sec-Fetch-Site`/`Referer`).
	 * Default: none are refused, none get CORS headers, which suits a relay on the shop's own origin.
	 */
	allowedOrigins?: string[];
	/** Where the shopper's IP comes from. Default: nowhere (no header is believed). */
	clientIp?: ClientIpSource;
	/** Abuse limits per client IP and per site; defaults derived from Klaviyo's `/client/*` limits. */
	limits?: RelayLimits;
	/** Milliseconds a POST body may take to arrive; a slower one is refused (408). Default 10 000. */
	bodyTimeout?: number;
	/** What is done with a checked `/client/*` request. Default: `forwardToKlaviyo(options)`. */
	forward?: Forward;
}

/** Answers one request; `peer` is the socket's remote address where the host knows it (adapters pass it). */
export type RelayHandler = (request: Request, peer?: string) => Promise<Response>;

/** Longer URLs are refused (414): a GET beacon carries at most ~8 KB (the public client POSTs past that). */
export const MAX_URL_CHARS = 16 * 1024;

export function createRelay(options: RelayOptions): RelayHandler {
	const { publicKey, allowedOrigins, limits = {} } = options;
	if (!publicKey || typeof publicKey !== 'string') {
		throw new KlaviyoConfigurationError('Public api token was not provided.');
	}
	if (isPrivateKey(publicKey)) {
		throw new KlaviyoConfigurationError(
			'The relay was given a private API key (pk_…). It needs only the public key (site ID).',
		);
	}
	const forward = options.forward ?? forwardToKlaviyo(options);
	const clientLimiter: Limiter = limits.clientLimiter ?? memoryLimiter();
	const siteLimiter: Limiter = limits.siteLimiter ?? memoryLimiter();

	const relay = async (request: Request, peer: string | undefined): Promise<Response> => {
		if (request.url.length > MAX_URL_CHARS)
			throw new Refusal(414, `The URL is longer than ${MAX_URL_CHARS} characters`);
		const url = new URL(request.url);
		const cors = originPolicy(request, url, allowedOrigins);
		if (!cors) throw new Refusal(403, 'This origin may not use the relay');
		if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
		if (request.method !== 'GET' && request.method !== 'POST') {
			throw new Refusal(405, 'Use GET or POST', { ...cors, allow: 'GET, POST, OPTIONS' });
		}
		const route = url.pathname.split('/').pop() as Route;
		if (!Object.hasOwn(ROUTE_PATHS, route)) {
			throw new Refusal(404, 'Unknown relay path: use /track, /track-bulk, /identify or /subscribe', cors);
		}
		const ip = clientIp(request, options.clientIp, peer);
		// A bulk's events count as tracks: one before its body is read, the others once it is.
		const counted = route === 'track-bulk' ? 'track' : route;
		const perClient = (count?: number) =>
			ip && limits.perClient !== false
				? limit(
						clientLimiter,
						`${counted}|${ip}`,
						clientRate(ROUTE_PATHS[counted], limits.perClient),
						cors,
						count,
					)
				: undefined;
		// Counted before the body is read: a flooding client costs the relay as little as possible.
		await perClient();
		let forwarded: ClientRequest;
		let events = 1;
		try {
			const data = await readData(request, url, options.bodyTimeout ?? Default.RelayBodyTimeoutMs);
			forwarded = toRelayedRequest(route, data, { publicKey, ip });
			if (Array.isArray(data)) events = data.length;
		} catch (error) {
			if (error instanceof KlaviyoValidationError) throw new Refusal(400, error.message, cors, [error]);
			// A bulk's refused events, each named by its position.
			if (error instanceof AggregateError) throw new Refusal(400, error.message, cors, error.errors);
			// A listed site's page must be able to read why its body was refused (else it would retry).
			if (error instanceof Refusal)
				throw new Refusal(error.status, error.message, { ...cors, ...error.headers });
			throw error;
		}
		if (events > 1) await perClient(events - 1);
		if (limits.perSite !== false) {
			await limit(siteLimiter, forwarded.path, siteRate(forwarded.path, limits.perSite), cors);
			// A bulk is one request to Klaviyo, and N events against the site's share of tracks.
			if (events > 1)
				await limit(
					siteLimiter,
					ROUTE_PATHS.track,
					siteRate(ROUTE_PATHS.track, limits.perSite),
					cors,
					events,
				);
		}
		try {
			await forward(forwarded);
		} catch (error) {
			return failure(error, cors);
		}
		return accepted(url.searchParams.get('i') === '1', cors);
	};

	return async (request, peer) => {
		try {
			return await relay(request, peer);
		} catch (error) {
			if (error instanceof Refusal) return problem(error.status, error.message, error.headers, error.broken);
			// A bug of the relay, never the caller's input: answered, never thrown at the host.
			return problem(500, 'The relay failed');
		}
	};
}

async function limit(
	limiter: Limiter,
	key: string,
	rate: Rate,
	cors: Record<string, string>,
	count?: number,
): Promise<void> {
	const outcome = await limiter.take(key, rate, count);
	if (!outcome.ok) {
		throw new Refusal(429, 'Too many requests: retry later', {
			...cors,
			'retry-after': String(outcome.retryAfter),
		});
	}
}

/** Klaviyo's refusal passed back as it came; an outage as 502/504, so the page's queue retries. */
function failure(error: unknown, cors: Record<string, string>): Response {
	if (error instanceof KlaviyoApiError) {
		const headers: Record<string, string> = { ...cors, 'content-type': MediaType.JsonApi };
		if (error instanceof KlaviyoRateLimitError && error.retryAfter !== undefined) {
			headers['retry-after'] = String(error.retryAfter);
		}
		const body = error.data === undefined ? { errors: error.errors } : error.data;
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
			status: error.statusCode,
			headers,
		});
	}
	// A forward step's own check (e.g. a queue message over the size limit): the sender's input.
	if (error instanceof KlaviyoValidationError) return problem(400, error.message, cors, [error]);
	if (error instanceof KlaviyoTimeoutError) return problem(504, 'Klaviyo did not answer in time', cors);
	return problem(502, 'Klaviyo could not be reached', cors);
}
