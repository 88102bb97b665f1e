/**
 * klaviyo-api's OAuth helpers against the emulator playing Klaviyo: the README's flow (your
 * TokenStorage, Pkce, generateAuthorizeUrl, createTokens, OAuthSession), refresh before expiry and
 * after a 401 with one refresh for concurrent calls, a revoked install ending in KlaviyoTokenError,
 * and OAuthBasicSession.
 */
import { createHash } from 'node:crypto';
import { OAuthApi as TheirOAuthApi } from 'klaviyo-api';
import { describe, expect, it } from 'vitest';
import {
	type CreatedTokens,
	isKlaviyoTokenError,
	KlaviyoErrorName,
	KlaviyoTokenError,
	ListsApi,
	OAuthApi,
	OAuthBasicSession,
	OAuthSession,
	Pkce,
	ProfilesApi,
	type RetrievedTokens,
	type TokenStorage,
} from '../../src/klaviyo-api/index.js';
import { useEmulator } from './setup.js';

const t = useEmulator();
const REDIRECT = 'https://integration.example/oauth/callback';

/** The README's TokenStorage: the integration's own store, here a Map. */
class MapTokenStorage implements TokenStorage {
	readonly tokens = new Map<string, CreatedTokens>();
	saves = 0;
	retrieve(customerIdentifier: string): RetrievedTokens {
		const tokens = this.tokens.get(customerIdentifier);
		if (!tokens) throw new Error(`no tokens for ${customerIdentifier}`);
		return tokens;
	}
	save(customerIdentifier: string, tokens: CreatedTokens): void {
		this.saves++;
		this.tokens.set(customerIdentifier, tokens);
	}
}

/** A shop installs the integration: authorize URL → Klaviyo's consent → callback → createTokens. */
async function install(customer: string, account: string) {
	const storage = new MapTokenStorage();
	const oauthApi = new OAuthApi(t.emu.oauth.clientId, t.emu.oauth.clientSecret, storage);
	const { codeVerifier, codeChallenge } = Pkce.generateCodes();
	const url = oauthApi.generateAuthorizeUrl(
		customer,
		'lists:read lists:write profiles:read',
		codeChallenge,
		REDIRECT,
	);
	t.emu.oauth.consent = { accountId: account, approve: true };
	const consent = await fetch(url, { redirect: 'manual' });
	const callback = new URL(consent.headers.get('location')!);
	expect(callback.searchParams.get('state')).toBe(customer);
	await oauthApi.createTokens(customer, codeVerifier, callback.searchParams.get('code')!, REDIRECT);
	return { storage, oauthApi };
}

describe('the authorization flow', () => {
	it('generateAuthorizeUrl writes what klaviyo-api writes', () => {
		const args = [
			'state 1',
			'lists:read profiles:write',
			'challenge_-abc',
			'https://x.example/cb?a=1&b=2',
		] as const;
		const theirs = new TheirOAuthApi('client', 'secret', { retrieve: () => ({}) as never, save: () => {} });
		const ours = new OAuthApi('client', 'secret', new MapTokenStorage());
		expect(ours.generateAuthorizeUrl(...args)).toBe(theirs.generateAuthorizeUrl(...args));
	});

	it('Pkce.generateCodes: a 32-byte base64url verifier and its S256 challenge, synchronously', () => {
		const codes = Pkce.generateCodes();
		expect(codes.codeVerifier).toMatch(/^[\w-]{43}$/);
		expect(codes.codeChallenge).toBe(createHash('sha256').update(codes.codeVerifier).digest('base64url'));
		expect(Pkce.generateCodes().codeVerifier).not.toBe(codes.codeVerifier);
	});

	it('createTokens saves the tokens for the customer, with their expiry as a Date', async () => {
		const { storage } = await install('customer-1', 'ACCT1');
		const tokens = storage.tokens.get('customer-1')!;
		expect(tokens.accessToken).toEqual(expect.any(String));
		expect(tokens.refreshToken).toEqual(expect.any(String));
		expect(tokens.expiresAt).toBeInstanceOf(Date);
		expect(tokens.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3000 * 1000);
	});

	it('a code Klaviyo refuses ends in KlaviyoTokenError CREATE_TOKEN_ERROR, without the code', async () => {
		const oauthApi = new OAuthApi(t.emu.oauth.clientId, t.emu.oauth.clientSecret, new MapTokenStorage());
		const error = await oauthApi
			.createTokens('customer-1', Pkce.generateCodes().codeVerifier, 'not-a-code-0123456789', REDIRECT)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(KlaviyoTokenError);
		expect(isKlaviyoTokenError(error)).toBe(true);
		expect((error as KlaviyoTokenError).name).toBe(KlaviyoErrorName.createError);
		expect((error as Error).message).not.toContain('not-a-code-0123456789');
	});
});

describe('OAuthSession', () => {
	it('each customer’s calls reach their own account with a bearer token', async () => {
		const a = await install('customer-a', 'ACCT_A');
		const b = await install('customer-b', 'ACCT_B');
		const listsA = new ListsApi(new OAuthSession('customer-a', a.oauthApi));
		const listsB = new ListsApi(new OAuthSession('customer-b', b.oauthApi));
		await listsA.createList({ data: { type: 'list', attributes: { name: 'A' } } });
		await listsB.createList({ data: { type: 'list', attributes: { name: 'B' } } });
		expect([...t.emu.oauth.store('ACCT_A').lists.values()].map((l) => l.name)).toEqual(['A']);
		expect([...t.emu.oauth.store('ACCT_B').lists.values()].map((l) => l.name)).toEqual(['B']);
		const calls = t.emu.requests.filter((r) => r.path.startsWith('/api/'));
		expect(calls.map((r) => r.headers.authorization)).toEqual([
			`Bearer ${a.storage.tokens.get('customer-a')!.accessToken}`,
			`Bearer ${b.storage.tokens.get('customer-b')!.accessToken}`,
		]);
	});

	it('tokens within 30 s of expiry are refreshed first: once for 20 concurrent calls, and saved', async () => {
		const { storage } = await install('customer-1', 'ACCT1');
		const stored = storage.tokens.get('customer-1')!;
		storage.tokens.set('customer-1', { ...stored, expiresAt: new Date(Date.now() + 10_000) });
		const saves = storage.saves;
		// Another process (it did not see the tokens arrive): it reads them from storage.
		const oauthApi = new OAuthApi(t.emu.oauth.clientId, t.emu.oauth.clientSecret, storage);
		const profiles = new ProfilesApi(new OAuthSession('customer-1', oauthApi));
		const replies = await Promise.all(Array.from({ length: 20 }, () => profiles.getProfiles()));
		expect(replies.every((r) => r.response.status === 200)).toBe(true);
		expect(t.emu.oauth.grants()[0]!.refreshes).toBe(1);
		expect(storage.saves).toBe(saves + 1);
		expect(storage.tokens.get('customer-1')!.refreshToken).not.toBe(stored.refreshToken);
	});

	it('an access token Klaviyo says expired (401) is refreshed once and the call goes through', async () => {
		const { oauthApi } = await install('customer-1', 'ACCT1');
		t.emu.oauth.advance(3601);
		const { response } = await new ProfilesApi(new OAuthSession('customer-1', oauthApi)).getProfiles();
		expect(response.status).toBe(200);
		expect(t.emu.requests.filter((r) => r.path === '/api/profiles').map((r) => r.status)).toEqual([401, 200]);
		expect(t.emu.oauth.grants()[0]!.refreshes).toBe(1);
		t.emu.reset(); // the emulator recorded the expired token's 401 as a refused request
	});

	it('a revoked install ends every waiting call in one KlaviyoTokenError REFRESH_TOKEN_ERROR', async () => {
		const { storage } = await install('customer-1', 'ACCT1');
		const stored = storage.tokens.get('customer-1')!;
		storage.tokens.set('customer-1', { ...stored, expiresAt: new Date(Date.now() - 1000) });
		t.emu.oauth.revoke('ACCT1');
		const oauthApi = new OAuthApi(t.emu.oauth.clientId, t.emu.oauth.clientSecret, storage);
		const before = t.emu.requests.length;
		const profiles = new ProfilesApi(new OAuthSession('customer-1', oauthApi));
		const errors = await Promise.all(
			Array.from({ length: 5 }, () => profiles.getProfiles().catch((e: unknown) => e)),
		);
		for (const error of errors) {
			expect(isKlaviyoTokenError(error)).toBe(true);
			expect((error as KlaviyoTokenError).name).toBe('REFRESH_TOKEN_ERROR');
			expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain(stored.refreshToken);
		}
		const after = t.emu.requests.slice(before);
		expect(after.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /oauth/token 400']);
	});
});

describe('OAuthBasicSession', () => {
	it('sends the access token; when it expires, the 401 reaches the caller', async () => {
		const { storage } = await install('customer-1', 'ACCT1');
		const session = new OAuthBasicSession(storage.tokens.get('customer-1')!.accessToken);
		const lists = new ListsApi(session);
		expect((await lists.getLists()).response.status).toBe(200);
		t.emu.oauth.advance(3601);
		await expect(lists.getLists()).rejects.toMatchObject({ response: { status: 401 } });
		expect(t.emu.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(1); // createTokens only
		t.emu.reset();
	});
});
