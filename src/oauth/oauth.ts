/**
 * A Klaviyo app's OAuth (https://developers.klaviyo.com/en/docs/set_up_oauth), on fetch and
 * WebCrypto only: the authorize URL with PKCE, the callback's code exchange, refresh, revoke, and a
 * session per account that goes wherever a private key goes.
 *
 *   const oauth = new KlaviyoOAuth({ clientId, clientSecret, redirectUri, storage: kvTokenStorage(env.TOKENS) });
 *   const { url, state, codeVerifier } = await oauth.authorize({ scopes: ['lists:read'] }); // install
 *   await oauth.callback(accountId, request.url, { state, codeVerifier });                  // callback
 *   const klaviyo = new PrivateClient(oauth.session(accountId));                            // calls
 *   await oauth.revoke(accountId);                                                          // uninstall
 *
 * Create one per isolate (module scope): refreshes are shared through it, one at a time per account.
 */
import { invalid, KlaviyoConfigurationError } from '../core/errors.js';
import { DEFAULT_BASE_URL } from '../core/options.js';
import type { Session } from '../private/session.js';
import { KlaviyoOAuthError } from './errors.js';
import { pkce, randomString } from './pkce.js';
import { readTokens, type TokenStorage, type Tokens } from './storage.js';
import { type Endpoint, postForm, tokensFrom } from './token-endpoint.js';

export interface OAuthOptions {
	/** The app's client id (Klaviyo → Manage apps). */
	clientId: string;
	/** The app's client secret. Sent only to `baseUrl`'s `/oauth/token` and `/oauth/revoke`. */
	clientSecret: string;
	/** Where each account's tokens are kept (`kvTokenStorage`, `memoryTokenStorage`, your own). */
	storage: TokenStorage;
	/** The app's callback URL, as registered with Klaviyo. Can also be given per `authorize` call. */
	redirectUri?: string;
	/** Klaviyo's API host: tokens, revocation, and the calls of every session. Default `https://a.klaviyo.com`. */
	baseUrl?: string;
	/** The consent screen. Default `https://www.klaviyo.com/oauth/authorize`, or `<baseUrl>/oauth/authorize` with a `baseUrl`. */
	authorizeUrl?: string;
	/** A `fetch` implementation for the token requests. Default: the global one. */
	fetch?: typeof fetch;
	/** Milliseconds per token request attempt. Default 10 000. */
	timeout?: number;
	/** Retries of a token request after a 429 (or of a revocation after any retryable failure). Default 3. */
	maxRetries?: number;
	/** Seconds before expiry at which an access token is refreshed before use. Default 60. */
	refreshMargin?: number;
}

export interface AuthorizeOptions {
	/** Klaviyo scopes such as `lists:read`, `profiles:write`. */
	scopes: readonly string[];
	/** Overrides the client's `redirectUri` for this authorization. */
	redirectUri?: string;
	/** Your own state; default 32 random bytes. Either way, keep it with the verifier for the callback. */
	state?: string;
}

/** Where an authorization started: send the shop to `url`, keep `state` and `codeVerifier` for the callback. */
export interface Authorization {
	url: string;
	state: string;
	codeVerifier: string;
	redirectUri: string;
}

/** A session for one account: give it to `PrivateClient`, `connect()`, or any `…Api` class. */
export interface OAuthSession extends Session {
	readonly accountId: string;
	readonly baseUrl: string;
}

const SCOPE = /^[a-z][a-z-]*:(read|write)$/;
const KLAVIYO_AUTHORIZE_URL = 'https://www.klaviyo.com/oauth/authorize';

export class KlaviyoOAuth {
	/** The API host the tokens are for; every session's client talks to it. */
	readonly baseUrl: string;
	readonly #clientId: string;
	readonly #clientSecret: string;
	readonly #storage: TokenStorage;
	readonly #options: OAuthOptions;
	readonly #authorizeUrl: string;
	/** The tokens last read or received per account, so a call does not read storage each time. */
	readonly #tokens = new Map<string, Tokens>();
	/** The one read-or-refresh in flight per account: concurrent calls wait for it. */
	readonly #pending = new Map<string, Promise<Tokens>>();

	constructor(options: OAuthOptions) {
		const { clientId, clientSecret, storage } = options ?? ({} as OAuthOptions);
		if (typeof clientId !== 'string' || !/^[!-~]+$/.test(clientId)) {
			throw new KlaviyoConfigurationError('OAuth needs the app’s client id (visible ASCII, no spaces).');
		}
		if (typeof clientSecret !== 'string' || !clientSecret) {
			throw new KlaviyoConfigurationError('OAuth needs the app’s client secret.');
		}
		if (
			!storage ||
			!['retrieve', 'save', 'delete'].every((m) => typeof storage[m as keyof TokenStorage] === 'function')
		) {
			throw new KlaviyoConfigurationError('OAuth needs a token storage with retrieve, save and delete.');
		}
		this.#clientId = clientId;
		this.#clientSecret = clientSecret;
		this.#storage = storage;
		this.#options = options;
		this.baseUrl = httpUrl(options.baseUrl ?? DEFAULT_BASE_URL, 'baseUrl').replace(/\/+$/, '');
		this.#authorizeUrl = httpUrl(
			options.authorizeUrl ?? (options.baseUrl ? `${this.baseUrl}/oauth/authorize` : KLAVIYO_AUTHORIZE_URL),
			'authorizeUrl',
		);
		if (options.redirectUri !== undefined) httpUrl(options.redirectUri, 'redirectUri');
	}

	/** Starts an installation: Klaviyo's consent URL with a fresh PKCE pair and state. */
	async authorize({
		scopes,
		redirectUri = this.#options.redirectUri,
		state,
	}: AuthorizeOptions): Promise<Authorization> {
		if (
			!Array.isArray(scopes) ||
			scopes.length === 0 ||
			!scopes.every((s) => typeof s === 'string' && SCOPE.test(s))
		) {
			throw invalid('scopes', 'must be Klaviyo scopes such as lists:read or profiles:write');
		}
		if (redirectUri === undefined)
			throw invalid('redirectUri', 'is required (the app’s registered callback URL)');
		httpUrl(redirectUri, 'redirectUri');
		if (state !== undefined && (typeof state !== 'string' || !/^[!-~]{8,512}$/.test(state))) {
			throw invalid('state', 'must be 8 to 512 visible ASCII characters');
		}
		const { codeVerifier, codeChallenge } = await pkce();
		const finalState = state ?? randomString();
		const url = new URL(this.#authorizeUrl);
		const params = {
			response_type: 'code',
			client_id: this.#clientId,
			redirect_uri: redirectUri,
			scope: scopes.join(' '),
			state: finalState,
			code_challenge_method: 'S256',
			code_challenge: codeChallenge,
		};
		for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
		return { url: url.href, state: finalState, codeVerifier, redirectUri };
	}

	/**
	 * Finishes an installation from the URL Klaviyo sent the shop back to: checks `state` against the
	 * one the app started with, then exchanges the code and saves the tokens for `accountId`.
	 */
	async callback(
		accountId: string,
		url: string | URL | Request,
		started: Pick<Authorization, 'state' | 'codeVerifier'> & { redirectUri?: string },
	): Promise<Tokens> {
		checkAccountId(accountId);
		const query = new URL(typeof url === 'object' && 'url' in url ? url.url : url).searchParams;
		if (!sameString(query.get('state') ?? '', started.state ?? '')) {
			throw new KlaviyoOAuthError(
				'state_mismatch',
				'The callback’s state is not the one this installation started with: ignored.',
				{ accountId },
			);
		}
		const error = query.get('error');
		if (error !== null) {
			// Text from a URL: shown, but bounded and without control characters.
			const said = `${error}: ${query.get('error_description') ?? ''}`.replace(/[^ -~]/g, '').slice(0, 200);
			throw new KlaviyoOAuthError(safeCode(error), `Klaviyo sent the shop back without access (${said})`, {
				accountId,
			});
		}
		const code = query.get('code');
		if (!code)
			throw new KlaviyoOAuthError('invalid_request', 'The callback has neither a code nor an error.', {
				accountId,
			});
		return this.exchange(accountId, {
			code,
			codeVerifier: started.codeVerifier,
			redirectUri: started.redirectUri,
		});
	}

	/** Exchanges an authorization code (with its PKCE verifier) for tokens, saved for `accountId`. */
	async exchange(
		accountId: string,
		{
			code,
			codeVerifier,
			redirectUri = this.#options.redirectUri,
		}: { code: string; codeVerifier: string; redirectUri?: string },
	): Promise<Tokens> {
		checkAccountId(accountId);
		if (redirectUri === undefined) throw invalid('redirectUri', 'is required (the one of the authorization)');
		if (typeof codeVerifier !== 'string' || !/^[\w.~-]{43,128}$/.test(codeVerifier)) {
			throw invalid('codeVerifier', 'must be the PKCE verifier of the authorization (43 to 128 characters)');
		}
		const answer = await postForm(
			this.#endpoint('/oauth/token'),
			{ grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: redirectUri },
			{ accountId },
		);
		const tokens = tokensFrom(answer, accountId);
		await this.#keep(accountId, tokens);
		return tokens;
	}

	/** Refreshes the account's tokens now (one refresh at a time: a call during one gets its result). */
	refresh(accountId: string): Promise<Tokens> {
		checkAccountId(accountId);
		return this.#once(accountId, async () => this.#refreshed(accountId, await this.#stored(accountId)));
	}

	/**
	 * Uninstalls: revokes the account's grant at Klaviyo (its refresh token, and with it every access
	 * token) and deletes the tokens. Nothing stored: nothing to do.
	 */
	async revoke(accountId: string): Promise<void> {
		checkAccountId(accountId);
		const stored = readTokens(await this.#retrieve(accountId), accountId);
		if (stored) {
			await postForm(
				this.#endpoint('/oauth/revoke'),
				{ token: stored.refreshToken, token_type_hint: 'refresh_token' },
				{ idempotent: true, accountId },
			);
		}
		await this.#forget(accountId);
	}

	/** The session of one account: its bearer token, refreshed when due and once after a 401. */
	session(accountId: string): OAuthSession {
		checkAccountId(accountId);
		const bearer = (tokens: Tokens) => `Bearer ${tokens.accessToken}`;
		return {
			accountId,
			baseUrl: this.baseUrl,
			authorization: async () => bearer(await this.#current(accountId)),
			renew: async (rejected) => bearer(await this.#renewed(accountId, rejected.replace(/^Bearer /, ''))),
		};
	}

	/** Tokens good for a request now: cached, else read, else refreshed. */
	#current(accountId: string): Promise<Tokens> | Tokens {
		const cached = this.#tokens.get(accountId);
		if (cached && !this.#due(cached)) return cached;
		return this.#once(accountId, async () => {
			const stored = await this.#stored(accountId);
			return this.#due(stored) ? this.#refreshed(accountId, stored) : stored;
		});
	}

	/** Tokens other than `rejected` (which Klaviyo answered 401 to): someone else's newer ones, or a refresh. */
	async #renewed(accountId: string, rejected: string): Promise<Tokens> {
		for (let round = 0; ; round++) {
			const cached = this.#tokens.get(accountId);
			if (cached && cached.accessToken !== rejected && !this.#due(cached)) return cached;
			const tokens = await this.#once(accountId, async () => {
				const stored = await this.#stored(accountId);
				return stored.accessToken === rejected || this.#due(stored)
					? this.#refreshed(accountId, stored)
					: stored;
			});
			// A read that was already under way may have brought back the rejected token: once more.
			if (tokens.accessToken !== rejected || round > 0) return tokens;
		}
	}

	/** The one piece of work in flight for an account; later callers wait for it instead of starting another. */
	#once(accountId: string, work: () => Promise<Tokens>): Promise<Tokens> {
		let pending = this.#pending.get(accountId);
		if (!pending) {
			pending = work().finally(() => this.#pending.delete(accountId));
			this.#pending.set(accountId, pending);
		}
		return pending;
	}

	/** Uses `stored.refreshToken` once. A refusal ends the account's tokens, unless someone else already rotated them. */
	async #refreshed(accountId: string, stored: Tokens): Promise<Tokens> {
		let answer: unknown;
		try {
			answer = await postForm(
				this.#endpoint('/oauth/token'),
				{ grant_type: 'refresh_token', refresh_token: stored.refreshToken },
				{ accountId },
			);
		} catch (error) {
			if (!(error instanceof KlaviyoOAuthError) || error.code !== 'invalid_grant') throw error;
			// Another isolate of the app may have used this refresh token and saved the next pair.
			const now = readTokens(await this.#retrieve(accountId), accountId);
			if (now && now.refreshToken !== stored.refreshToken) {
				this.#tokens.set(accountId, now);
				return now;
			}
			await this.#forget(accountId);
			throw new KlaviyoOAuthError(
				'invalid_grant',
				`Klaviyo refused to refresh the tokens of account ${accountId}: the app was uninstalled or its access revoked. Its tokens were deleted; the shop has to install the app again.`,
				{ accountId, status: error.status, cause: error },
			);
		}
		const tokens = tokensFrom(answer, accountId, stored);
		await this.#keep(accountId, tokens);
		return tokens;
	}

	async #stored(accountId: string): Promise<Tokens> {
		const tokens = readTokens(await this.#retrieve(accountId), accountId);
		if (!tokens) {
			throw new KlaviyoOAuthError(
				'not_connected',
				`No tokens for account ${accountId}: the app is not installed there (or was uninstalled).`,
				{ accountId },
			);
		}
		this.#tokens.set(accountId, tokens);
		return tokens;
	}

	/** Remembers new tokens, then saves them (twice if need be: a rotated refresh token lost in a failed save is the install lost). */
	async #keep(accountId: string, tokens: Tokens): Promise<void> {
		this.#tokens.set(accountId, tokens);
		try {
			await this.#storage.save(accountId, tokens);
		} catch {
			try {
				await this.#storage.save(accountId, tokens);
			} catch (cause) {
				throw new KlaviyoOAuthError('storage_failed', `Could not save the tokens of account ${accountId}.`, {
					accountId,
					cause,
				});
			}
		}
	}

	async #forget(accountId: string): Promise<void> {
		this.#tokens.delete(accountId);
		try {
			await this.#storage.delete(accountId);
		} catch (cause) {
			throw new KlaviyoOAuthError('storage_failed', `Could not delete the tokens of account ${accountId}.`, {
				accountId,
				cause,
			});
		}
	}

	async #retrieve(accountId: string): Promise<unknown> {
		try {
			return await this.#storage.retrieve(accountId);
		} catch (cause) {
			throw new KlaviyoOAuthError('storage_failed', `Could not read the tokens of account ${accountId}.`, {
				accountId,
				cause,
			});
		}
	}

	#due(tokens: Tokens): boolean {
		return tokens.expiresAt - Date.now() < (this.#options.refreshMargin ?? 60) * 1000;
	}

	#endpoint(path: string): Endpoint {
		const { fetch, timeout, maxRetries } = this.#options;
		return {
			url: this.baseUrl + path,
			clientId: this.#clientId,
			clientSecret: this.#clientSecret,
			fetch,
			timeout,
			maxRetries,
		};
	}
}

/** The app's own id of an account: a storage key, shown in errors. */
function checkAccountId(accountId: unknown): asserts accountId is string {
	if (typeof accountId !== 'string' || !/^[!-~](?:[ -~]{0,198}[!-~])?$/.test(accountId)) {
		throw invalid('accountId', 'must be 1 to 200 visible ASCII characters');
	}
}

function httpUrl(value: unknown, field: string): string {
	if (typeof value !== 'string' || !/^https?:\/\/[^/]/i.test(value) || !URL.canParse(value)) {
		throw invalid(field, 'must be an absolute http(s) URL');
	}
	return value;
}

/** An OAuth error code from a URL, as a code: letters and underscores only. */
const safeCode = (error: string) => (/^[a-z_]{1,64}$/.test(error) ? error : 'authorization_failed');

/** Equal strings, compared without stopping at the first difference. */
function sameString(a: string, b: string): boolean {
	if (a.length !== b.length || !a) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return difference === 0;
}
