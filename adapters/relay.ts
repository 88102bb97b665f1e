/**
 * `klaviyo-edge/relay`: a first-party endpoint for the public client's `endpoint` option.
 *
 *   const relay = createRelay({ publicKey: 'ABC123' });
 *   // Workers / Deno / Bun: route `/k/*` to `relay(request)`; Node: via any Request/Response bridge.
 *
 * The page sends node-klaviyo's legacy Track/Identify payloads to `{endpoint}/track`,
 * `{endpoint}/identify` and `{endpoint}/subscribe` as header-less GETs (`?data=<base64 JSON>`),
 * form POSTs (`data=<JSON>`) or `sendBeacon` bodies: none of them needs a CORS preflight, and
 * ad blockers do not see Klaviyo's host. The relay checks them, translates them to Klaviyo's
 * `/client/*` JSON:API (a public key only, never a private one) and forwards them, retrying
 * what is retryable for a short while.
 *
 * Answers: `202` with body `1` once Klaviyo accepted (node-klaviyo read `1` as success, and
 * fetch-based senders can tell it apart from a failure); `400` with a JSON:API error document
 * for bad input; Klaviyo's own status and body for its 4xx (and 429 with `Retry-After`), `502`
 * when Klaviyo could not be reached, `504` when it did not answer in time.
 */
import {
	KlaviyoApiError,
	KlaviyoConfigurationError,
	KlaviyoRateLimitError,
	KlaviyoTimeoutError,
	KlaviyoValidationError,
} from '../src/core/errors.js';
import { DEFAULT_BASE_URL, DEFAULT_REVISION } from '../src/core/options.js';
import { sendOnce } from '../src/core/request.js';
import { isRetryable, retryDelay } from '../src/core/retry.js';
import { type ClientRequest, type Route, readData, toClientRequest } from './relay/decode.js';

export interface RelayOptions {
	/** The public key (site ID) requests are forwarded for. Never a private key. */
	publicKey: string;
	/** Default `https://a.klaviyo.com`. */
	baseUrl?: string;
	/** Default `2026-07-15`. */
	revision?: string;
	fetch?: typeof fetch;
	/** Milliseconds per attempt. Default 10 000. */
	timeout?: number;
	/** Retries of a retryable failure (network, 429, 5xx) while the page waits. Default 2. */
	maxRetries?: number;
	/**
	 * Origins of other sites allowed to call the relay (they get CORS headers). Default: none are
	 * refused, none get CORS headers, which suits a relay on the shop's own origin.
	 */
	allowedOrigins?: string[];
}

export type RelayHandler = (request: Request) => Promise<Response>;

const ROUTES: readonly string[] = ['track', 'identify', 'subscribe'];

/** A relay wait longer than this is left to the page, which retries from its queue. */
const MAX_WAIT_MS = 2_000;

export function createRelay(options: RelayOptions): RelayHandler {
	const { publicKey } = options;
	if (!publicKey || typeof publicKey !== 'string') {
		throw new KlaviyoConfigurationError('Public api token was not provided.');
	}
	if (isPrivateKey(publicKey)) {
		throw new KlaviyoConfigurationError(
			'The relay was given a private API key (pk_…). It needs only the public key (site ID).',
		);
	}
	const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');

	return async (request) => {
		const cors = corsHeaders(request, options.allowedOrigins);
		if (!cors) return problem(403, 'This origin may not use the relay', {});
		if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
		if (request.method !== 'GET' && request.method !== 'POST') {
			return problem(405, 'Use GET or POST', { ...cors, allow: 'GET, POST, OPTIONS' });
		}
		const route = new URL(request.url).pathname.split('/').pop()!;
		if (!ROUTES.includes(route))
			return problem(404, 'Unknown relay path: use /track, /identify or /subscribe', cors);

		let forward: ClientRequest;
		try {
			const data = await readData(request);
			checkToken(data.token, publicKey);
			forward = toClientRequest(route as Route, data);
		} catch (error) {
			if (error instanceof KlaviyoValidationError) return problem(400, error.message, cors);
			throw error;
		}

		const url = `${base}${forward.path}?company_id=${encodeURIComponent(publicKey)}`;
		const headers = {
			accept: 'application/vnd.api+json',
			'content-type': 'application/vnd.api+json',
			revision: options.revision ?? DEFAULT_REVISION,
		};
		const maxRetries = options.maxRetries ?? 2;
		for (let attempt = 1; ; attempt++) {
			try {
				await sendOnce({ method: 'POST', url, headers, body: JSON.stringify(forward.body) }, options);
				return new Response('1', { status: 202, headers: { ...cors, 'content-type': 'text/plain' } });
			} catch (error) {
				const wait = retryDelay(error, attempt);
				if (!isRetryable(error) || attempt > maxRetries || wait > MAX_WAIT_MS) return failure(error, cors);
				await new Promise((resolve) => setTimeout(resolve, wait));
			}
		}
	};
}

/** The page holds only the public key: a private key here is a leak in the making, never forwarded. */
function checkToken(token: unknown, publicKey: string): void {
	if (token == null) return;
	if (typeof token === 'string' && isPrivateKey(token)) {
		throw new KlaviyoValidationError(
			'A private API key (pk_…) was sent to the relay and refused. Pages must use the public key (site ID) only.',
			'token',
			'must not be a private key',
		);
	}
	if (token !== publicKey) {
		throw new KlaviyoValidationError(
			"`token` does not match this relay's public key",
			'token',
			"must match the relay's public key",
		);
	}
}

/** Klaviyo's private keys start `pk_`; whitespace around one (a pasted key, an env file) changes nothing. */
const isPrivateKey = (key: string) => /^\s*pk_/i.test(key);

/** CORS headers for this request, or `undefined` when its origin is not allowed. */
function corsHeaders(request: Request, allowed: string[] | undefined): Record<string, string> | undefined {
	const origin = request.headers.get('origin');
	if (!allowed || !origin || origin === new URL(request.url).origin) return {};
	if (!allowed.includes(origin) && !allowed.includes('*')) return undefined;
	return {
		'access-control-allow-origin': origin,
		'access-control-allow-methods': 'GET, POST, OPTIONS',
		'access-control-allow-headers': 'content-type',
		vary: 'origin',
	};
}

/** Klaviyo's refusal passed back as it came; an outage as 502/504, so the page's queue retries. */
function failure(error: unknown, cors: Record<string, string>): Response {
	if (error instanceof KlaviyoApiError) {
		const headers: Record<string, string> = { ...cors, 'content-type': 'application/vnd.api+json' };
		if (error instanceof KlaviyoRateLimitError && error.retryAfter !== undefined) {
			headers['retry-after'] = String(error.retryAfter);
		}
		const body = error.data === undefined ? { errors: error.errors } : error.data;
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
			status: error.statusCode,
			headers,
		});
	}
	if (error instanceof KlaviyoTimeoutError) return problem(504, 'Klaviyo did not answer in time', cors);
	return problem(502, 'Klaviyo could not be reached', cors);
}

/** A JSON:API error document, the shape Klaviyo itself answers with. */
function problem(status: number, detail: string, headers: Record<string, string>): Response {
	const title = status === 400 ? 'Invalid input' : 'Relay error';
	return new Response(
		JSON.stringify({ errors: [{ status: String(status), code: 'relay', title, detail }] }),
		{
			status,
			headers: { ...headers, 'content-type': 'application/vnd.api+json' },
		},
	);
}
