/**
 * Klaviyo's `/oauth/token` and `/oauth/revoke`: a form POST with the app's credentials in HTTP
 * Basic, through the core `send` (timeouts, Klaviyo's retry policy). A code or a refresh token is
 * good once, so those requests are retried only after a 429 (refused before anything ran).
 */
import { KlaviyoApiError } from '../core/errors.js';
import { Default } from '../core/options.js';
import { sendWithRetries } from '../core/send-with-retries.js';
import { encodeUtf8 } from '../core/utf8.js';
import { KlaviyoOAuthError } from './errors.js';
import { isToken, type Tokens } from './storage.js';

export interface Endpoint {
	url: string;
	clientId: string;
	clientSecret: string;
	fetch?: typeof fetch;
	timeout?: number;
	maxRetries?: number;
}

/** POSTs `form`; resolves with Klaviyo's parsed answer, or rejects with a KlaviyoOAuthError. */
export async function postForm(
	endpoint: Endpoint,
	form: Record<string, string>,
	{ idempotent = false, accountId }: { idempotent?: boolean; accountId?: string } = {},
): Promise<unknown> {
	const credentials = encodeUtf8(`${endpoint.clientId}:${endpoint.clientSecret}`);
	const timeout = endpoint.timeout ?? Default.TimeoutMs;
	try {
		return await sendWithRetries(
			{
				method: 'POST',
				url: endpoint.url,
				headers: {
					authorization: `Basic ${btoa(String.fromCharCode(...credentials))}`,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'application/json',
				},
				body: new URLSearchParams(form).toString(),
				// A redirect would carry the client secret and the token to another host.
				redirect: 'manual',
			},
			{
				fetch: endpoint.fetch ?? fetch,
				timeout: Number.isFinite(timeout) ? timeout : 0,
				maxRetries: endpoint.maxRetries ?? Default.MaxRetries,
				idempotent,
			},
		);
	} catch (error) {
		if (!(error instanceof KlaviyoApiError)) throw error;
		// Klaviyo's OAuth errors are RFC 6749's `{ error, error_description }`. The description is
		// scrubbed of what we sent, in case a server ever echoes it; the body is not kept.
		const data = error.data as { error?: unknown; error_description?: unknown } | undefined;
		const code = typeof data?.error === 'string' ? data.error : 'token_request_failed';
		let description = typeof data?.error_description === 'string' ? data.error_description : '';
		for (const secret of [endpoint.clientSecret, ...Object.values(form)]) {
			if (secret.length >= 8) description = description.split(secret).join('[redacted]');
		}
		throw new KlaviyoOAuthError(
			code,
			`Klaviyo answered ${error.statusCode} ${code} to ${new URL(endpoint.url).pathname}${
				description ? `: ${description.slice(0, 300)}` : ''
			}`,
			{ accountId, status: error.statusCode },
		);
	}
}

/**
 * Klaviyo's token answer as Tokens: `{ access_token, refresh_token, expires_in, scope }`. A refresh
 * answer without a refresh token keeps the one in use; anything unusable is refused.
 */
export function tokensFrom(answer: unknown, accountId: string, previous?: Tokens): Tokens {
	const { access_token, refresh_token, expires_in, scope } = (answer ?? {}) as Record<string, unknown>;
	const refreshToken = refresh_token ?? previous?.refreshToken;
	if (
		!isToken(access_token) ||
		!isToken(refreshToken) ||
		typeof expires_in !== 'number' ||
		!(expires_in > 0 && expires_in < 1e9)
	) {
		throw new KlaviyoOAuthError(
			'bad_token_response',
			'Klaviyo’s token answer lacks a usable access token, refresh token or expires_in.',
			{ accountId },
		);
	}
	const granted = typeof scope === 'string' ? scope : previous?.scope;
	const tokens: Tokens = {
		accessToken: access_token,
		refreshToken,
		expiresAt: Date.now() + expires_in * 1000,
	};
	return granted === undefined ? tokens : { ...tokens, scope: granted };
}
