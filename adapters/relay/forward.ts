/**
 * The relay's default last step: send a checked `/client/*` request to Klaviyo with the public key,
 * retrying what is retryable for as long as a page can wait. Another step (a queue) can take its
 * place through the relay's `forward` option; the relay answers the page when the step resolves.
 */

import {
	DEFAULT_BASE_URL,
	DEFAULT_REVISION,
	RELAY_MAX_RETRIES,
	RELAY_MAX_WAIT_MS,
} from '../../src/core/options.js';
import { sendWithRetries } from '../../src/core/send-with-retries.js';
import type { ClientRequest } from './decode.js';

/** Resolves once the request was handed over; rejects with the SDK's typed errors (answered by the relay). */
export type Forward = (request: ClientRequest) => Promise<void>;

export interface KlaviyoForwardOptions {
	/** The public key (site ID) requests are forwarded for. */
	publicKey: string;
	/** Default `https://a.klaviyo.com`. */
	baseUrl?: string;
	/** Default `2026-07-15`. */
	revision?: string;
	fetch?: typeof fetch;
	/** Milliseconds per attempt. Default 10 000. */
	timeout?: number;
	/** Retries of a retryable failure (network, 429, 5xx) while the page waits. Default 2 (`RELAY_MAX_RETRIES`). */
	maxRetries?: number;
}

export function forwardToKlaviyo(options: KlaviyoForwardOptions): Forward {
	const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
	const headers = {
		accept: 'application/vnd.api+json',
		'content-type': 'application/vnd.api+json',
		revision: options.revision ?? DEFAULT_REVISION,
	};
	// The page is waiting for the answer: fewer retries than a server's, none that waits long (core/options.ts).
	const maxRetries = options.maxRetries ?? RELAY_MAX_RETRIES;
	return async ({ path, body }) => {
		const url = `${base}${path}?company_id=${encodeURIComponent(options.publicKey)}`;
		const json = JSON.stringify(body);
		// Klaviyo's /client/* writes converge (events carry a unique_id): a retry cannot count twice.
		await sendWithRetries(
			{ method: 'POST', url, headers, body: json },
			{ ...options, maxRetries, idempotent: true, maxWait: RELAY_MAX_WAIT_MS },
		);
	};
}
