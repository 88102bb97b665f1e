/**
 * How a call becomes the HTTP request that is queued, built once when the call is made so that
 * a replay after a reload sends exactly the same thing (same `unique_id`, same time).
 */
import { DEFAULT_BASE_URL, DEFAULT_REVISION } from '../core/options.js';
import { toBase64Json } from '../protocol/wire.js';
import type { Client } from './client-state.js';

/** A request as a call makes it. */
export interface Outgoing {
	url: string;
	/** POST body; a request without one is a GET. */
	body?: string;
	headers?: Record<string, string>;
	/** For the relay: may leave by `navigator.sendBeacon` when the page goes away. */
	relay?: 1;
}

/** Where every request of this client goes: its relay endpoint, else Klaviyo's `/client/` API. */
export const destination = ({ options: { endpoint, baseUrl = DEFAULT_BASE_URL } }: Client) =>
	endpoint ? `${endpoint.replace(/\/+$/, '')}/` : `${baseUrl.replace(/\/+$/, '')}/client/`;

/** What every call accepts besides its data. */
export interface PublicCallOptions {
	/** Relay only: send a form POST instead of a GET beacon. */
	post?: boolean;
	/** Extra request headers to Klaviyo (relay requests carry none, so they never need a CORS preflight). */
	headers?: Record<string, string>;
}

/**
 * `POST /client/{kind}?company_id=…` with the JSON:API `body`; with an `endpoint`, node-klaviyo's
 * legacy `data` to the relay's `/{route}` instead. The Klaviyo URL never varies per request:
 * Chromium caches the CORS preflight (needed for the `revision` header) per exact URL.
 */
export function toRequest(
	client: Client,
	kind: string,
	body: unknown,
	route: string,
	data: object,
	{ post, headers }: PublicCallOptions,
): Outgoing {
	const { endpoint, revision = DEFAULT_REVISION } = client.options;
	if (!endpoint) {
		return {
			url: `${destination(client)}${kind}?company_id=${encodeURIComponent(client.publicKey)}`,
			body: JSON.stringify(body),
			headers: {
				...client.options.headers,
				...headers,
				revision,
				'content-type': 'application/vnd.api+json',
			},
		};
	}
	const url = destination(client) + route;
	const payload = { token: client.publicKey, ...data };
	// node-klaviyo's GET (`?data=<base64 JSON>`), or a form POST when asked to or when the URL would be
	// too long for servers: neither triggers a CORS preflight.
	const get = `${url}?data=${encodeURIComponent(toBase64Json(payload))}`;
	if (!post && get.length <= 8000) return { url: get, relay: 1 };
	return {
		url,
		body: `data=${encodeURIComponent(JSON.stringify(payload))}`,
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		relay: 1,
	};
}
