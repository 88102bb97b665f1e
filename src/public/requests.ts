/**
 * How a call becomes the HTTP request that is queued, built once when the call is made so that
 * a replay after a reload sends exactly the same thing (same `unique_id`, same time).
 */
import { DEFAULT_BASE_URL, DEFAULT_REVISION } from '../core/options.js';
import type { Client } from './client.js';
import type { Outgoing } from './queue.js';
import { toBase64Json } from './wire.js';

type Headers = Record<string, string> | undefined;

/**
 * `POST /client/{kind}?company_id=…`. The URL never varies per request: Chromium caches the
 * CORS preflight (needed for the `revision` header) per exact URL.
 */
export function toClientApi(client: Client, kind: string, body: unknown, headers: Headers): Outgoing {
	const { baseUrl = DEFAULT_BASE_URL, revision = DEFAULT_REVISION } = client.options;
	return {
		url: `${baseUrl.replace(/\/+$/, '')}/client/${kind}?company_id=${encodeURIComponent(client.publicKey)}`,
		body: JSON.stringify(body),
		headers: {
			...client.options.headers,
			...headers,
			revision,
			'content-type': 'application/vnd.api+json',
		},
	};
}

/**
 * `{endpoint}/{path}` in node-klaviyo's legacy format: a GET with `?data=<base64 JSON>` (no
 * headers at all, as node-klaviyo's GET mode), or with `post` (or when the URL would be too long
 * for servers) a form POST `data=<JSON>`. Neither triggers a CORS preflight.
 */
export function toRelay(
	client: Client,
	path: string,
	data: object,
	post?: boolean,
	headers?: Headers,
): Outgoing {
	const url = `${client.options.endpoint!.replace(/\/+$/, '')}/${path}`;
	const payload = { token: client.publicKey, ...data };
	const get = `${url}?data=${encodeURIComponent(toBase64Json(payload))}`;
	if (!post && get.length <= 8000) return { url: get, relay: 1 };
	return {
		url,
		body: `data=${encodeURIComponent(JSON.stringify(payload))}`,
		headers: { ...client.options.headers, ...headers, 'content-type': 'application/x-www-form-urlencoded' },
		relay: 1,
	};
}
