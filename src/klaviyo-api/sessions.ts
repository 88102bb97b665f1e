/**
 * klaviyo-api's sessions and retry options on klaviyo-edge's connection: a key (`ApiKeySession`),
 * the global key (`GlobalApiKeySettings`, `ConfigWrapper`, the `Profiles`… objects), an access
 * token (`OAuthBasicSession`). `OAuthSession` lives with the OAuth helpers (oauth.ts).
 */
import type { Connection } from '../api/resource.js';
import { KlaviyoConfigurationError } from '../core/errors.js';
import { connect } from '../private/connection.js';
import { RateLimiter } from '../private/rate-limiter.js';
import type { Session as Credentials } from '../private/session.js';
import type { Session } from './resource.js';

/**
 * klaviyo-api's retry options. They map onto klaviyo-edge's one retry policy (src/core/retry.ts):
 * `numRetries` is how many attempts a call gets in all, as klaviyo-api counts it (3: the first
 * and two retries). Which failures are retried is the policy's (429, 5xx and timeouts, and a POST
 * only when repeating it cannot act twice), so `retryCodes` and `maxInterval` are kept for code
 * that reads them, not applied; docs/migration.md says why.
 */
export class RetryWithExponentialBackoff {
	baseInterval = 0.5;
	randFactor = 0.5;
	multiplier = 1.5;
	retryCodes = [429, 503, 504, 524];
	numRetries = 3;
	maxInterval = 60;

	constructor(config: { retryCodes?: number[]; numRetries?: number; maxInterval?: number } = {}) {
		if (config.retryCodes) this.retryCodes = config.retryCodes;
		if (config.numRetries !== undefined) this.numRetries = config.numRetries;
		if (config.maxInterval) this.maxInterval = config.maxInterval;
	}

	/** klaviyo-edge's `maxRetries`: retries after the first attempt. */
	get maxRetries(): number {
		return Math.max(0, Math.floor(this.numRetries) - 1);
	}
}

/** klaviyo-edge's addition to klaviyo-api's sessions, as a last argument. */
export interface SessionOptions {
	/**
	 * Paces requests under Klaviyo's published limits. Default: one limiter per session, shared by
	 * every class built on it; pass one to share it between sessions of a key, or `false` for none.
	 */
	rateLimiter?: RateLimiter | false;
}

/**
 * Connections of one session, one per base URL and headers (rarely more than one), all on the
 * session's rate limiter: every class built on a session shares its pacing, as they share a key.
 */
export class Connections {
	readonly #limiter: RateLimiter | false;
	readonly #made = new Map<string, Connection>();

	constructor({ rateLimiter = new RateLimiter() }: SessionOptions = {}) {
		this.#limiter = rateLimiter;
	}

	get(
		credentials: string | Credentials,
		retry: RetryWithExponentialBackoff,
		baseUrl: string,
		headers: Record<string, string>,
	): Connection {
		const key = typeof credentials === 'string' ? credentials : '';
		const id = JSON.stringify([key, retry.maxRetries, baseUrl, headers]);
		let connection = this.#made.get(id);
		if (!connection) {
			if (this.#made.size > 16) this.#made.clear();
			connection = connect(credentials, {
				baseUrl,
				headers,
				maxRetries: retry.maxRetries,
				rateLimiter: this.#limiter,
			});
			this.#made.set(id, connection);
		}
		return connection;
	}
}

/** A private API key's session. */
export class ApiKeySession implements Session {
	apiKey: string;
	retryWithExponentialBackoff: RetryWithExponentialBackoff;
	readonly #connections: Connections;

	constructor(
		apiKey: string,
		retryWithExponentialBackoff = new RetryWithExponentialBackoff(),
		options?: SessionOptions,
	) {
		this.apiKey = apiKey;
		this.retryWithExponentialBackoff = retryWithExponentialBackoff;
		this.#connections = new Connections(options);
	}

	connection(baseUrl: string, headers: Record<string, string>): Connection {
		return this.#connections.get(this.apiKey, this.retryWithExponentialBackoff, baseUrl, headers);
	}
}

/** The key (and retry options) of every class built on the global session: `Profiles`, `Lists`… */
export class GlobalApiKeySettings {
	static apiKey: string | undefined;
	static retryWithExponentialBackoff = new RetryWithExponentialBackoff();

	constructor(apiKey: string, retryWithExponentialBackoff?: RetryWithExponentialBackoff) {
		GlobalApiKeySettings.apiKey = apiKey;
		if (retryWithExponentialBackoff)
			GlobalApiKeySettings.retryWithExponentialBackoff = retryWithExponentialBackoff;
	}
}

/** The session of `GlobalApiKeySettings`' key, read at each call. */
export class GlobalApiKeySession implements Session {
	readonly #connections = new Connections();

	connection(baseUrl: string, headers: Record<string, string>): Connection {
		const { apiKey, retryWithExponentialBackoff } = GlobalApiKeySettings;
		if (!apiKey) throw new KlaviyoConfigurationError('No API Key set');
		return this.#connections.get(apiKey, retryWithExponentialBackoff, baseUrl, headers);
	}
}

/** Sets the global key and retry options, and returns a session on that key. */
export function ConfigWrapper(
	apiKey: string,
	options: { retryCodes?: number[]; numRetries?: number; maxInterval?: number } = {},
): ApiKeySession {
	const retry = new RetryWithExponentialBackoff(options);
	new GlobalApiKeySettings(apiKey, retry);
	return new ApiKeySession(apiKey, retry);
}

/** An OAuth access token's session, without refresh: a 401 reaches the caller (the token expired). */
export class OAuthBasicSession implements Session {
	accessToken: string;
	retryWithExponentialBackoff: RetryWithExponentialBackoff;
	readonly #connections: Connections;
	readonly #credentials: Credentials = { authorization: () => `Bearer ${this.accessToken}` };

	constructor(
		accessToken: string,
		retryWithExponentialBackoff = new RetryWithExponentialBackoff(),
		options?: SessionOptions,
	) {
		this.accessToken = accessToken;
		this.retryWithExponentialBackoff = retryWithExponentialBackoff;
		this.#connections = new Connections(options);
	}

	connection(baseUrl: string, headers: Record<string, string>): Connection {
		return this.#connections.get(this.#credentials, this.retryWithExponentialBackoff, baseUrl, headers);
	}
}
