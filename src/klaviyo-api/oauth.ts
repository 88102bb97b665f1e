/**
 * klaviyo-api's OAuth helpers on klaviyo-edge/oauth: `OAuthApi` (authorize URL, code exchange,
 * refresh) over your `TokenStorage`, `OAuthSession` (a bearer token refreshed before expiry and
 * once after a 401, one refresh at a time per account), `Pkce`, `KlaviyoTokenError`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { Connection } from '../api/resource.js';
import { DEFAULT_BASE_URL } from '../core/options.js';
import { encodeUtf8 } from '../core/utf8.js';
import { KlaviyoOAuth } from '../oauth/oauth.js';
import { base64url, randomString } from '../oauth/pkce.js';
import type { TokenStorage as StoredTokens, Tokens } from '../oauth/storage.js';
import type { Session as Credentials } from '../private/session.js';
import type { Session } from './resource.js';
import { Connections, RetryWithExponentialBackoff, type SessionOptions } from './sessions.js';

/** Tokens as `TokenStorage.retrieve` gives them. */
export interface RetrievedTokens {
	accessToken: string;
	refreshToken: string;
	expiresAt?: Date;
}

/** Tokens as `TokenStorage.save` receives them. */
export interface CreatedTokens {
	accessToken: string;
	refreshToken: string;
	expiresAt: Date;
}

/** Where your integration keeps each customer's tokens, as klaviyo-api defines it. */
export interface TokenStorage {
	retrieve(customerIdentifier: string): Promise<RetrievedTokens> | RetrievedTokens;
	save(customerIdentifier: string, tokens: CreatedTokens): Promise<void> | void;
}

/** The query Klaviyo sends to your redirect URL. */
export interface OAuthCallbackQueryParams {
	code?: string;
	state?: string;
	error?: string;
	error_description?: string;
}

/** Which step of the OAuth flow failed: a `KlaviyoTokenError`'s `name`. */
export const KlaviyoErrorName = {
	saveError: 'SAVE_TOKEN_ERROR',
	createError: 'CREATE_TOKEN_ERROR',
	retrieveError: 'RETRIEVE_TOKEN_ERROR',
	refreshError: 'REFRESH_TOKEN_ERROR',
} as const;
export type KlaviyoErrorName = (typeof KlaviyoErrorName)[keyof typeof KlaviyoErrorName];

/** A failed OAuth step; `cause` is the klaviyo-edge/oauth error (`KlaviyoOAuthError`, with its `code`). */
export class KlaviyoTokenError extends Error {
	override readonly name: KlaviyoErrorName;

	constructor(name: KlaviyoErrorName, message: string, cause?: unknown) {
		super(message, cause === undefined ? undefined : { cause });
		this.name = name;
	}
}

export function isKlaviyoTokenError(error: unknown): error is KlaviyoTokenError {
	return Object.values<unknown>(KlaviyoErrorName).includes((error as Partial<Error> | null)?.name);
}

/** The step a klaviyo-edge/oauth error happened at, for `KlaviyoTokenError`. */
function tokenError(step: KlaviyoErrorName, error: unknown): KlaviyoTokenError {
	const { code, message } = (error ?? {}) as { code?: string; message?: string };
	const storage = code === 'storage_failed' || code === 'invalid_stored_tokens' || code === 'not_connected';
	const name = !storage
		? step
		: /save/i.test(message ?? '')
			? KlaviyoErrorName.saveError
			: KlaviyoErrorName.retrieveError;
	return new KlaviyoTokenError(name, message ?? String(error), error);
}

/** Your TokenStorage as klaviyo-edge/oauth's (dates ↔ epoch ms). It has no delete: a revoked grant's tokens stay there, unused. */
function storageOf(storage: TokenStorage): StoredTokens {
	return {
		async retrieve(id) {
			const tokens = await storage.retrieve(id);
			if (!tokens) return tokens;
			// No expiry known: used until Klaviyo answers 401, then refreshed, as klaviyo-api does.
			const expiresAt = tokens.expiresAt ? new Date(tokens.expiresAt).getTime() : Number.MAX_SAFE_INTEGER;
			return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt };
		},
		save: (id, tokens) => storage.save(id, created(tokens)),
		delete: () => {},
	};
}

const created = (tokens: Tokens): CreatedTokens => ({
	accessToken: tokens.accessToken,
	refreshToken: tokens.refreshToken,
	expiresAt: new Date(tokens.expiresAt),
});

/** Your integration: its client id and secret, and where its customers' tokens live. */
export class OAuthApi {
	protected authorizeUrl = 'https://klaviyo.com/oauth/authorize';
	readonly #oauth: KlaviyoOAuth;

	constructor(
		readonly clientId: string,
		readonly clientSecret: string,
		readonly tokenStorage: TokenStorage,
	) {
		// A refresh within 30 s of expiry, as klaviyo-api does it.
		this.#oauth = new KlaviyoOAuth({
			clientId,
			clientSecret,
			storage: storageOf(tokenStorage),
			refreshMargin: 30,
		});
	}

	/** Klaviyo's consent URL for one installation; `scopes` space-separated, `codeChallenge` from `Pkce.generateCodes()`. */
	generateAuthorizeUrl(state: string, scopes: string, codeChallenge: string, redirectUrl: string): string {
		const params = {
			response_type: 'code',
			code_challenge_method: 'S256',
			client_id: this.clientId,
			state,
			scope: scopes,
			redirect_uri: redirectUrl,
			code_challenge: codeChallenge,
		};
		// Spaces as %20, as klaviyo-api's querystring writes them (URLSearchParams would write `+`).
		const query = Object.entries(params).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
		return `${this.authorizeUrl}?${query.join('&')}`;
	}

	/** Exchanges the callback's `code` for tokens, saved for `customerIdentifier` (which Klaviyo never sees). */
	async createTokens(
		customerIdentifier: string,
		codeVerifier: string,
		authorizationCode: string,
		redirectUrl: string,
	): Promise<CreatedTokens> {
		try {
			const tokens = await this.#oauth.exchange(customerIdentifier, {
				code: authorizationCode,
				codeVerifier,
				redirectUri: redirectUrl,
			});
			return created(tokens);
		} catch (error) {
			throw tokenError(KlaviyoErrorName.createError, error);
		}
	}

	/**
	 * Refreshes the customer's tokens now and saves them. The stored refresh token is the one used
	 * (a second argument is accepted as klaviyo-api's, not used: a refresh token is good once).
	 */
	async refreshTokens(customerIdentifier: string, _refreshToken?: string): Promise<CreatedTokens> {
		try {
			return created(await this.#oauth.refresh(customerIdentifier));
		} catch (error) {
			throw tokenError(KlaviyoErrorName.refreshError, error);
		}
	}

	/** The customer's klaviyo-edge/oauth session: for `OAuthSession`. */
	credentials(customerIdentifier: string): Credentials {
		const session = this.#oauth.session(customerIdentifier);
		const step =
			<A extends unknown[], R>(run: (...args: A) => Promise<R> | R) =>
			async (...args: A) => {
				try {
					return await run(...args);
				} catch (error) {
					throw tokenError(KlaviyoErrorName.refreshError, error);
				}
			};
		return {
			baseUrl: DEFAULT_BASE_URL,
			authorization: step(session.authorization),
			renew: step(session.renew!),
		};
	}
}

/** One customer's session: give it to any `…Api` class. Tokens come from `oauthApi`'s storage, refreshed when due. */
export class OAuthSession implements Session {
	readonly #connections: Connections;
	readonly #credentials: Credentials;

	constructor(
		protected customerIdentifier: string,
		protected oAuthApi: OAuthApi,
		public retryWithExponentialBackoff = new RetryWithExponentialBackoff(),
		options?: SessionOptions,
	) {
		this.#credentials = oAuthApi.credentials(customerIdentifier);
		this.#connections = new Connections(options);
	}

	connection(baseUrl: string, headers: Record<string, string>): Connection {
		return this.#connections.get(this.#credentials, this.retryWithExponentialBackoff, baseUrl, headers);
	}
}

/** PKCE helpers, as klaviyo-api's `Pkce` namespace has them. */
export const Pkce = {
	/** A fresh verifier (32 random bytes, base64url) and its S256 challenge, synchronously. */
	generateCodes(): { codeVerifier: string; codeChallenge: string } {
		const codeVerifier = randomString();
		return { codeVerifier, codeChallenge: base64url(sha256(encodeUtf8(codeVerifier))) };
	},
};

export namespace Pkce {
	export interface Codes {
		codeVerifier: string;
		codeChallenge: string;
	}
	/** An optional place to keep each customer's verifier between the redirect and the callback. */
	export interface CodeStorage {
		retrieve(customerIdentifier: string): Promise<string>;
		save(customerIdentifier: string, verifierCode: string): Promise<void>;
		remove(customerIdentifier: string): Promise<void>;
	}
}
