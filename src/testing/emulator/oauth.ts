/**
 * Klaviyo's side of OAuth (https://developers.klaviyo.com/en/docs/set_up_oauth), for apps under
 * test: the consent screen, the token endpoint and token revocation, and the bearer tokens that
 * `/api/*` then accepts for the account that granted them.
 *
 *   GET  /oauth/authorize  response_type=code, client_id, redirect_uri, scope, state,
 *                          code_challenge (S256). No screen: the test's consent (`oauth.consent`)
 *                          answers at once with a 302 to redirect_uri (?code&state or ?error).
 *   POST /oauth/token      HTTP Basic client_id:client_secret; form grant_type=authorization_code
 *                          (code, code_verifier, redirect_uri) or refresh_token. Refresh tokens
 *                          rotate: each is good for one refresh.
 *   POST /oauth/revoke     HTTP Basic; form token (+ token_type_hint): ends the whole grant, as
 *                          an uninstall does. Always 200, as RFC 7009 says.
 *
 * Tokens expire on the emulator's clock, which tests move with `advance(seconds)`. Each account has
 * its own data; the emulator's own account (its public key) is the one the private key reaches.
 */
import type { HandlerResult } from './context.js';
import { randomToken, s256, sameString } from './crypto.js';
import { errorObject, type JsonApiErrorObject } from './errors.js';
import type { Operation } from './spec.js';
import { Store } from './store.js';
import type { RecordedRequest } from './types.js';

export interface OAuthOptions {
	/** The app's client id. Default `emulator-client-id`. */
	clientId?: string;
	/** The app's client secret. Default `emulator-client-secret`. */
	clientSecret?: string;
	/** Seconds an access token lives. Default 3600 (Klaviyo's hour). */
	accessTokenTtl?: number;
}

/** What the consent screen does with the next authorization request. */
export interface Consent {
	/** The account the shop installs the app in. Default: the emulator's own account (its public key). */
	accountId: string;
	/** `false`: the shop clicks "Deny" (the app's redirect gets `error=access_denied`). Default true. */
	approve: boolean;
	/** Grant these scopes instead of the ones asked for. */
	scopes?: string[];
}

/** One installation of the app in one account: what `grants()` reports. */
export interface GrantView {
	accountId: string;
	scopes: string[];
	/** Revoked by `/oauth/revoke` or `revoke(accountId)` (an uninstall). */
	revoked: boolean;
	/** Successful refreshes of this grant. */
	refreshes: number;
	/** Refresh tokens presented again after they were used (each one is a bug in the app). */
	reusedRefreshTokens: number;
}

export const DEFAULT_CLIENT_ID = 'emulator-client-id';
export const DEFAULT_CLIENT_SECRET = 'emulator-client-secret';
/** An authorization code is good for 10 minutes on the emulator's clock. */
const CODE_TTL_MS = 10 * 60_000;
const SCOPE = /^[a-z][a-z-]*:(read|write)$/;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

interface Grant extends GrantView {
	clientId: string;
}

interface PendingCode {
	grant: Omit<Grant, 'revoked' | 'refreshes' | 'reusedRefreshTokens'>;
	challenge: string;
	redirectUri: string;
	expiresAt: number;
	used: boolean;
}

/** Where an `Authorization: Bearer …` header leaves a request. */
export type BearerCheck =
	| { ok: true; accountId: string }
	| { ok: false; error: JsonApiErrorObject; violation: boolean };

type Form = URLSearchParams;

export class OAuthServer {
	readonly clientId: string;
	readonly clientSecret: string;
	consent: Consent;
	private offset = 0;
	private grants: Grant[] = [];
	private codes = new Map<string, PendingCode>();
	private accessTokens = new Map<string, { grant: Grant; expiresAt: number }>();
	private refreshTokens = new Map<string, { grant: Grant; used: boolean }>();
	private stores = new Map<string, Store>();

	constructor(
		private readonly options: OAuthOptions,
		/** The emulator's own account: its id (the public key) and data. */
		private readonly home: { accountId: string; store: Store },
	) {
		this.clientId = options.clientId ?? DEFAULT_CLIENT_ID;
		this.clientSecret = options.clientSecret ?? DEFAULT_CLIENT_SECRET;
		this.consent = { accountId: home.accountId, approve: true };
	}

	/** The emulator's clock, in ms: the wall clock plus what `advance` added. */
	now(): number {
		return Date.now() + this.offset;
	}

	/** Moves the clock tokens expire on. */
	advance(seconds: number): void {
		this.offset += seconds * 1000;
	}

	reset(): void {
		this.offset = 0;
		this.grants = [];
		this.codes.clear();
		this.accessTokens.clear();
		this.refreshTokens.clear();
		for (const store of this.stores.values()) store.reset();
		this.consent = { accountId: this.home.accountId, approve: true };
	}

	/** The data of an account (created empty on first use). */
	store(accountId: string): Store {
		if (accountId === this.home.accountId) return this.home.store;
		let store = this.stores.get(accountId);
		if (!store) {
			store = new Store();
			this.stores.set(accountId, store);
		}
		return store;
	}

	/** Ends every grant of the account, as uninstalling the app in Klaviyo does. */
	revoke(accountId: string): void {
		for (const grant of this.grants) if (grant.accountId === accountId) grant.revoked = true;
	}

	grantViews(): GrantView[] {
		return this.grants.map(({ accountId, scopes, revoked, refreshes, reusedRefreshTokens }) => ({
			accountId,
			scopes: [...scopes],
			revoked,
			refreshes,
			reusedRefreshTokens,
		}));
	}

	/** `Bearer <token>` on an `/api/*` request; undefined for any other scheme. */
	checkBearer(header: string | undefined, operation: Operation): BearerCheck | undefined {
		const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
		if (!match) return undefined;
		const token = this.accessTokens.get(match[1]!);
		const refuse = (detail: string, violation: boolean, status = 401): BearerCheck => ({
			ok: false,
			error: errorObject(status, status === 401 ? 'authentication_failed' : 'permission_denied', detail),
			violation,
		});
		if (!token) return refuse('The access token is not one Klaviyo issued.', true);
		if (token.grant.revoked) return refuse('The access token was revoked.', false);
		if (this.now() >= token.expiresAt) return refuse('The access token has expired.', false);
		const missing = scopesOf(operation).filter((scope) => !token.grant.scopes.includes(scope));
		if (missing.length > 0) {
			return refuse(`The access token lacks the scope ${missing.join(', ')}.`, true, 403);
		}
		return { ok: true, accountId: token.grant.accountId };
	}

	/** `/oauth/*`: the answer, with what the app did wrong recorded as violations. */
	async handle(record: RecordedRequest, method: string, url: URL, text: string): Promise<HandlerResult> {
		const violate = (reason: string) => {
			record.valid = false;
			record.violations.push(reason);
		};
		const path = url.pathname.replace(/\/+$/, '');
		if (path === '/oauth/authorize' && method === 'GET') return this.authorize(url, violate);
		if (path !== '/oauth/token' && path !== '/oauth/revoke') {
			violate(`No Klaviyo OAuth endpoint matches ${method} ${url.pathname}.`);
			return { status: 404, body: { error: 'not_found' } };
		}
		if (method !== 'POST') {
			violate(`${url.pathname} takes POST.`);
			return { status: 405, headers: { allow: 'POST' }, body: { error: 'invalid_request' } };
		}
		if (!/^application\/x-www-form-urlencoded\b/i.test(record.headers['content-type'] ?? '')) {
			violate(`${url.pathname} takes an application/x-www-form-urlencoded body.`);
			return oauthError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded.');
		}
		if (!this.authenticatesClient(record.headers.authorization)) {
			violate('The client did not authenticate with HTTP Basic client_id:client_secret.');
			return {
				...oauthError(401, 'invalid_client', 'Client authentication failed.'),
				headers: { ...NO_STORE, 'www-authenticate': 'Basic realm="klaviyo"' },
			};
		}
		const form = new URLSearchParams(text);
		if (path === '/oauth/revoke') return this.revokeToken(form, violate);
		switch (form.get('grant_type')) {
			case 'authorization_code':
				return this.exchangeCode(form, violate);
			case 'refresh_token':
				return this.refresh(form, violate);
			default:
				violate(`Unsupported grant_type ${JSON.stringify(form.get('grant_type'))}.`);
				return oauthError(
					400,
					'unsupported_grant_type',
					'grant_type must be authorization_code or refresh_token.',
				);
		}
	}

	private authorize(url: URL, violate: (reason: string) => void): HandlerResult {
		const q = url.searchParams;
		const redirectUri = q.get('redirect_uri') ?? '';
		// Errors about the client or where to send the shop back are shown, never redirected (RFC 6749 §4.1.2.1).
		if (q.get('client_id') !== this.clientId) {
			violate(`Unknown client_id ${JSON.stringify(q.get('client_id'))}.`);
			return { status: 400, body: { error: 'invalid_client', error_description: 'Unknown client_id.' } };
		}
		if (!/^https?:\/\/[^/]/.test(redirectUri) || !URL.canParse(redirectUri)) {
			violate('redirect_uri must be an absolute http(s) URL.');
			return { status: 400, body: { error: 'invalid_request', error_description: 'Bad redirect_uri.' } };
		}
		const back = (params: Record<string, string>): HandlerResult => {
			const location = new URL(redirectUri);
			for (const [name, value] of Object.entries(params)) location.searchParams.set(name, value);
			const state = q.get('state');
			if (state !== null) location.searchParams.set('state', state);
			return { status: 302, headers: { location: location.href } };
		};
		const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
		const problem =
			q.get('response_type') !== 'code'
				? ['unsupported_response_type', 'response_type must be code.']
				: q.get('code_challenge_method') !== 'S256'
					? ['invalid_request', 'Klaviyo requires PKCE with code_challenge_method=S256.']
					: !/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '')
						? ['invalid_request', 'code_challenge must be a base64url SHA-256 (43 characters).']
						: scopes.length === 0 || !scopes.every((scope) => SCOPE.test(scope))
							? ['invalid_scope', 'scope must be space-separated scopes such as lists:read.']
							: undefined;
		if (problem) {
			violate(`${problem[0]}: ${problem[1]}`);
			return back({ error: problem[0]!, error_description: problem[1]! });
		}
		if (!q.get('state')) violate('No state: the app cannot tell its own authorization from a forged one.');
		if (!this.consent.approve)
			return back({ error: 'access_denied', error_description: 'The user denied access.' });
		const code = randomToken('kc_');
		this.codes.set(code, {
			grant: {
				accountId: this.consent.accountId,
				clientId: this.clientId,
				scopes: this.consent.scopes ?? scopes,
			},
			challenge: q.get('code_challenge')!,
			redirectUri,
			expiresAt: this.now() + CODE_TTL_MS,
			used: false,
		});
		return back({ code });
	}

	private async exchangeCode(form: Form, violate: (reason: string) => void): Promise<HandlerResult> {
		const pending = this.codes.get(form.get('code') ?? '');
		if (!pending || pending.used || this.now() >= pending.expiresAt) {
			if (pending?.used) violate('The authorization code was exchanged twice.');
			return oauthError(400, 'invalid_grant', 'The authorization code is invalid, used or expired.');
		}
		if (form.get('redirect_uri') !== pending.redirectUri) {
			violate('redirect_uri differs from the one of the authorization request.');
			return oauthError(400, 'invalid_grant', 'redirect_uri does not match.');
		}
		const verifier = form.get('code_verifier') ?? '';
		if (!VERIFIER.test(verifier) || !sameString(await s256(verifier), pending.challenge)) {
			violate('code_verifier does not match the code_challenge (PKCE S256).');
			return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
		}
		pending.used = true;
		const grant: Grant = { ...pending.grant, revoked: false, refreshes: 0, reusedRefreshTokens: 0 };
		this.grants.push(grant);
		return this.issue(grant);
	}

	private refresh(form: Form, violate: (reason: string) => void): HandlerResult {
		const presented = this.refreshTokens.get(form.get('refresh_token') ?? '');
		if (!presented) {
			violate('The refresh token is not one Klaviyo issued.');
			return oauthError(400, 'invalid_grant', 'Invalid refresh token.');
		}
		if (presented.grant.revoked) return oauthError(400, 'invalid_grant', 'The refresh token was revoked.');
		if (presented.used) {
			presented.grant.reusedRefreshTokens++;
			violate('The refresh token was used twice (refresh tokens rotate: each is good once).');
			return oauthError(400, 'invalid_grant', 'The refresh token was already used.');
		}
		presented.used = true;
		presented.grant.refreshes++;
		return this.issue(presented.grant);
	}

	private revokeToken(form: Form, violate: (reason: string) => void): HandlerResult {
		const token = form.get('token') ?? '';
		if (!token) violate('/oauth/revoke needs a token.');
		const grant = this.refreshTokens.get(token)?.grant ?? this.accessTokens.get(token)?.grant;
		if (grant) grant.revoked = true;
		return { status: 200, headers: NO_STORE };
	}

	private issue(grant: Grant): HandlerResult {
		const ttl = this.options.accessTokenTtl ?? 3600;
		const access = randomToken('kat_');
		const refresh = randomToken('krt_');
		this.accessTokens.set(access, { grant, expiresAt: this.now() + ttl * 1000 });
		this.refreshTokens.set(refresh, { grant, used: false });
		return {
			status: 200,
			headers: NO_STORE,
			body: {
				access_token: access,
				token_type: 'Bearer',
				expires_in: ttl,
				refresh_token: refresh,
				scope: grant.scopes.join(' '),
			},
		};
	}

	private authenticatesClient(header: string | undefined): boolean {
		const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
		if (!match) return false;
		let decoded: string;
		try {
			decoded = new TextDecoder().decode(Uint8Array.from(atob(match[1]!), (c) => c.charCodeAt(0)));
		} catch {
			return false;
		}
		return sameString(decoded, `${this.clientId}:${this.clientSecret}`);
	}
}

const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json' };

const oauthError = (status: number, error: string, description: string): HandlerResult => ({
	status,
	headers: NO_STORE,
	body: { error, error_description: description },
});

/** The scopes an operation needs, from its description's "**Scopes:**" (the spec's x-klaviyo-scopes). */
function scopesOf(operation: Operation): string[] {
	const at = operation.description.indexOf('**Scopes:**');
	if (at < 0) return [];
	return [...operation.description.slice(at).matchAll(/`([a-z-]+:(?:read|write))`/g)].map((m) => m[1]!);
}
