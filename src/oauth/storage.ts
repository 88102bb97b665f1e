/**
 * Where an app keeps each account's tokens: `retrieve` / `save` / `delete` per account id, like the
 * official SDK's TokenStorage (plus `delete`, for uninstalls and revoked grants). Two come with the
 * package: memory (tests, one process) and Cloudflare KV.
 */
import { KlaviyoOAuthError } from './errors.js';

/** One account's tokens. `expiresAt` is when the access token expires, in ms since the epoch. */
export interface Tokens {
	accessToken: string;
	refreshToken: string;
	expiresAt: number;
	/** The scopes granted, space-separated, as Klaviyo answered them. */
	scope?: string;
}

export interface TokenStorage {
	/** The tokens saved for the account, or `undefined`/`null` when there are none. Checked before use. */
	retrieve(accountId: string): Promise<unknown> | unknown;
	save(accountId: string, tokens: Tokens): Promise<void> | void;
	delete(accountId: string): Promise<void> | void;
}

/** A token fetch can send in a header without quoting it in an error. */
export const isToken = (value: unknown): value is string =>
	typeof value === 'string' && /^[!-~]{1,4096}$/.test(value);

/**
 * What storage returned, as tokens, or `undefined` when it holds none. Storage is not trusted: a
 * value that is not a complete set of tokens is refused (never sent anywhere).
 */
export function readTokens(value: unknown, accountId: string): Tokens | undefined {
	if (value === undefined || value === null) return undefined;
	const { accessToken, refreshToken, expiresAt, scope } = value as Partial<Tokens>;
	if (
		!isToken(accessToken) ||
		!isToken(refreshToken) ||
		typeof expiresAt !== 'number' ||
		!Number.isFinite(expiresAt) ||
		(scope !== undefined && typeof scope !== 'string')
	) {
		throw new KlaviyoOAuthError(
			'invalid_stored_tokens',
			`The storage holds something other than tokens for account ${accountId}: install the app again.`,
			{ accountId },
		);
	}
	return scope === undefined
		? { accessToken, refreshToken, expiresAt }
		: { accessToken, refreshToken, expiresAt, scope };
}

/** Tokens in this isolate's memory: tests, a single long-lived process. Copies in, copies out. */
export function memoryTokenStorage(): TokenStorage {
	const tokens = new Map<string, Tokens>();
	return {
		retrieve: (accountId) => {
			const saved = tokens.get(accountId);
			return saved && { ...saved };
		},
		save: (accountId, value) => void tokens.set(accountId, { ...value }),
		delete: (accountId) => void tokens.delete(accountId),
	};
}

/** The part of a Workers KV namespace binding the KV storage uses. */
export interface KVNamespaceLike {
	get(key: string, type: 'text'): Promise<string | null>;
	put(key: string, value: string): Promise<void>;
	delete(key: string): Promise<void>;
}

/**
 * Tokens in Workers KV, one key per account (`klaviyo-oauth:<accountId>`). KV is eventually
 * consistent across locations (up to a minute): docs/apps.md says what that means for refreshes.
 */
export function kvTokenStorage(kv: KVNamespaceLike, { prefix = 'klaviyo-oauth:' } = {}): TokenStorage {
	return {
		async retrieve(accountId) {
			const text = await kv.get(prefix + accountId, 'text');
			if (text === null) return undefined;
			try {
				return JSON.parse(text);
			} catch {
				return text; // refused by readTokens, as anything else that is not tokens
			}
		},
		save: (accountId, tokens) => kv.put(prefix + accountId, JSON.stringify(tokens)),
		delete: (accountId) => kv.delete(prefix + accountId),
	};
}
