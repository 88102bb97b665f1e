/**
 * Requests that are answered rather than queued (reading reviews, a back-in-stock request, a
 * review): sent at once to Klaviyo's `/client/*` API through the core's `send`, with its retry
 * policy, and settled with Klaviyo's answer. They never go through the relay (it carries events,
 * profiles and subscriptions only). While consent is pending, a write is refused (nothing about
 * the shopper leaves the page); reading reviews, which says nothing about them, is not.
 */
import { KlaviyoError } from '../core/errors.js';
import { DEFAULT_BASE_URL, DEFAULT_REVISION, MediaType } from '../core/options.js';
import { sendWithRetries } from '../core/send-with-retries.js';
import type { Client } from './client-state.js';
import { withheldLayer } from './consent/withhold.js';

/**
 * `GET` (no body) or `POST` `/client/{path}?company_id=…&{query}`. Resolves with the parsed answer;
 * rejects with the typed error. A write is sent again only after a 429, or when `idempotent`.
 */
export function sendNow(
	client: Client,
	path: string,
	{ query, body, idempotent }: { query?: Record<string, string>; body?: unknown; idempotent?: boolean } = {},
): Promise<unknown> {
	const layer = withheldLayer(client.options);
	if (layer && body) {
		return Promise.reject(
			new KlaviyoError('Consent is pending: nothing is sent before grantConsent(client)'),
		);
	}
	const options: Client['options'] = layer ? Object.getPrototypeOf(layer) : client.options;
	const { baseUrl = DEFAULT_BASE_URL, revision = DEFAULT_REVISION } = options;
	const search = new URLSearchParams({ company_id: client.publicKey, ...query });
	const headers: Record<string, string> = {
		...options.headers,
		accept: MediaType.JsonApi,
		revision,
	};
	if (body) headers['content-type'] = MediaType.JsonApi;
	return sendWithRetries(
		{
			method: body ? 'POST' : 'GET',
			url: `${baseUrl.replace(/\/+$/, '')}/client/${path}?${search}`,
			headers,
			body: body ? JSON.stringify(body) : undefined,
		},
		{ ...options, idempotent: !body || idempotent },
	);
}
