/**
 * A session in place of a key: `new PrivateClient(session)`, `connect(session)`, every resource.
 * Bearer header, refresh before expiry and once on a 401, one refresh at a time per account, and a
 * refresh Klaviyo refuses ending every waiting call in the same typed error.
 */
import { KlaviyoOAuthError, type Tokens } from 'klaviyo-edge/oauth';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoAuthenticationError, KlaviyoConfigurationError } from '../../src/core/errors.js';
import Klaviyo from '../../src/index.js';
import { connect, Lists, PrivateClient } from '../../src/private/index.js';
import { appOn, refreshes, tokenRequests } from './helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

/**
 * What the SDK believes: the stored access token expired a minute ago. Returns the app as a fresh
 * isolate sees it (nothing cached, the tokens read from storage), as a Worker after a while.
 */
async function expireStored(app: ReturnType<typeof appOn>, ...accountIds: string[]) {
	for (const accountId of accountIds) {
		const tokens = (await app.storage.retrieve(accountId)) as Tokens;
		await app.storage.save(accountId, { ...tokens, expiresAt: Date.now() - 60_000 });
	}
	return appOn(emu, { storage: app.storage });
}

describe('a session where a key goes', () => {
	it('PrivateClient, connect() and a resource all send the bearer header to the session’s host', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const session = app.oauth.session('ACCT01');
		const client = new PrivateClient(session, { rateLimiter: false });
		const created = await client.lists.createList('From the app');
		const lists = new Lists(connect(session, { rateLimiter: false }));
		expect((await lists.getListById(created.data.id)).data.attributes?.name).toBe('From the app');
		const { accessToken } = (await app.storage.retrieve('ACCT01')) as { accessToken: string };
		const calls = emu.requests.filter((r) => r.path.startsWith('/api/'));
		expect(calls.map((r) => r.headers.authorization)).toEqual([
			`Bearer ${accessToken}`,
			`Bearer ${accessToken}`,
		]);
		expect(emu.invalidRequests()).toEqual([]);
		// The list lives in the account that granted the token, not the emulator's own.
		expect(emu.oauth.store('ACCT01').lists.size).toBe(1);
		expect(emu.store.lists.size).toBe(0);
	});

	it('node-klaviyo’s Klaviyo class takes a session as its privateToken', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const klaviyo = new Klaviyo({ privateToken: app.oauth.session('ACCT01'), rateLimiter: false });
		await klaviyo.lists.createList('Old code, new auth');
		expect(emu.requests.at(-1)?.headers.authorization).toMatch(/^Bearer kat_/);
		expect(emu.oauth.store('ACCT01').lists.size).toBe(1);
	});

	it('two accounts, two sessions: each call reaches its own account', async () => {
		const app = appOn(emu);
		await app.install('SHOP_A');
		await app.install('SHOP_B');
		const a = new PrivateClient(app.oauth.session('SHOP_A'), { rateLimiter: false });
		const b = new PrivateClient(app.oauth.session('SHOP_B'), { rateLimiter: false });
		await a.lists.createList('A1');
		await b.lists.createList('B1');
		await b.lists.createList('B2');
		expect((await a.lists.getLists()).data.map((l) => l.attributes.name)).toEqual(['A1']);
		expect((await b.lists.getLists()).data.map((l) => l.attributes.name).sort()).toEqual(['B1', 'B2']);
	});

	it('a session whose tokens are for another host is refused at construction', async () => {
		const app = appOn(emu);
		expect(() => new PrivateClient(app.oauth.session('X'), { baseUrl: 'https://a.klaviyo.com' })).toThrow(
			KlaviyoConfigurationError,
		);
		expect(() => connect({} as never)).toThrow(KlaviyoConfigurationError);
	});

	it('a session header that fetch could not send is refused unquoted, before any request', async () => {
		const client = new PrivateClient(
			{ authorization: () => 'Bearer tok\nen-secret', baseUrl: emu.url },
			{ rateLimiter: false },
		);
		const error = await client.lists.getLists().catch((e: unknown) => e as Error);
		expect(error).toBeInstanceOf(KlaviyoConfigurationError);
		expect(String((error as Error).message)).not.toContain('secret');
		expect(emu.requests).toHaveLength(0);
	});
});

describe('refresh', () => {
	it('before expiry: an access token the SDK knows is expired is refreshed before the call', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const later = await expireStored(app, 'ACCT01');
		const client = new PrivateClient(later.oauth.session('ACCT01'), { rateLimiter: false });
		await client.lists.getLists();
		expect(refreshes(emu)).toBe(1);
		// No 401 on the way: the call went out with the new token.
		expect(emu.requests.filter((r) => r.status === 401)).toHaveLength(0);
	});

	it('50 concurrent calls with an expired token cause exactly one refresh; the refresh token is used once', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const later = await expireStored(app, 'ACCT01');
		const client = new PrivateClient(later.oauth.session('ACCT01'), { rateLimiter: false });
		const results = await Promise.all(Array.from({ length: 50 }, () => client.lists.getLists()));
		expect(results).toHaveLength(50);
		expect(refreshes(emu)).toBe(1);
		expect(tokenRequests(emu)).toBe(2); // the install's exchange, the one refresh
		expect(emu.oauth.grants()[0]?.reusedRefreshTokens).toBe(0);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('once on a 401: a token Klaviyo expired early is refreshed once for 50 concurrent calls, all succeed', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const client = new PrivateClient(app.oauth.session('ACCT01'), { rateLimiter: false });
		await client.lists.getLists(); // warm: the token is cached as valid for an hour
		emu.oauth.advance(3600); // Klaviyo's clock says it expired
		const results = await Promise.allSettled(Array.from({ length: 50 }, () => client.lists.getLists()));
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		expect(refreshes(emu)).toBe(1);
		expect(emu.requests.filter((r) => r.status === 401)).toHaveLength(50);
		expect(emu.oauth.grants()[0]?.reusedRefreshTokens).toBe(0);
	});

	it('a second 401 after the renewal reaches the caller: no loop', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const client = new PrivateClient(app.oauth.session('ACCT01'), { rateLimiter: false, maxRetries: 0 });
		emu.faults.add({ path: '/api/lists', status: 401, times: 2 });
		const error = await client.lists.getLists().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(KlaviyoAuthenticationError);
		expect(emu.requests.filter((r) => r.path === '/api/lists')).toHaveLength(2);
		expect(refreshes(emu)).toBe(1);
	});

	it('one refresh at a time per account, not across accounts', async () => {
		const app = appOn(emu);
		await app.install('A');
		await app.install('B');
		const later = await expireStored(app, 'A', 'B');
		const a = new PrivateClient(later.oauth.session('A'), { rateLimiter: false });
		const b = new PrivateClient(later.oauth.session('B'), { rateLimiter: false });
		await Promise.all([
			...Array.from({ length: 10 }, () => a.lists.getLists()),
			...Array.from({ length: 10 }, () => b.lists.getLists()),
		]);
		expect(emu.oauth.grants().map((g) => [g.accountId, g.refreshes])).toEqual([
			['A', 1],
			['B', 1],
		]);
	});

	it('tokens another isolate already refreshed (in storage) are used, not refreshed again', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const client = new PrivateClient(app.oauth.session('ACCT01'), { rateLimiter: false });
		await client.lists.getLists();
		// Another isolate of the app refreshes and saves; this one still holds the old token.
		const other = appOn(emu, { storage: app.storage });
		const fresh = await other.oauth.refresh('ACCT01');
		emu.faults.add({ path: '/api/lists', status: 401 }); // Klaviyo refuses the old token once
		await client.lists.getLists();
		expect(refreshes(emu)).toBe(1);
		expect(emu.requests.at(-1)?.headers.authorization).toBe(`Bearer ${fresh.accessToken}`);
		expect(emu.oauth.grants()[0]?.reusedRefreshTokens).toBe(0);
	});
});

describe('a refresh Klaviyo refuses (revoked install)', () => {
	it('ends every waiting call with the same typed error, and the account’s tokens are not reused', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const later = await expireStored(app, 'ACCT01');
		emu.oauth.revoke('ACCT01'); // the shop uninstalled the app in Klaviyo
		const client = new PrivateClient(later.oauth.session('ACCT01'), { rateLimiter: false });
		const results = await Promise.allSettled(Array.from({ length: 50 }, () => client.lists.getLists()));
		const errors = results.map((r) => (r.status === 'rejected' ? r.reason : undefined));
		expect(errors[0]).toBeInstanceOf(KlaviyoOAuthError);
		expect(errors[0]).toMatchObject({ code: 'invalid_grant', accountId: 'ACCT01' });
		expect(new Set(errors).size).toBe(1); // one and the same error for all 50
		expect(tokenRequests(emu)).toBe(2); // the exchange, one refused refresh
		expect(emu.requests.filter((r) => r.path.startsWith('/api/'))).toHaveLength(0);
		expect(await app.storage.retrieve('ACCT01')).toBeUndefined();
		// Later calls fail at once, without asking Klaviyo again.
		await expect(client.lists.getLists()).rejects.toMatchObject({ code: 'not_connected' });
		expect(tokenRequests(emu)).toBe(2);
	});

	it('revoked while the token still looked valid: the 401, one refresh refused, the same error for all', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const client = new PrivateClient(app.oauth.session('ACCT01'), { rateLimiter: false });
		await client.lists.getLists();
		emu.oauth.revoke('ACCT01');
		const results = await Promise.allSettled(Array.from({ length: 20 }, () => client.lists.getLists()));
		const reasons = new Set(results.map((r) => (r.status === 'rejected' ? r.reason : 'resolved')));
		expect(reasons.size).toBe(1);
		expect([...reasons][0]).toMatchObject({ name: 'KlaviyoOAuthError', code: 'invalid_grant' });
		expect(tokenRequests(emu)).toBe(2);
		expect(await app.storage.retrieve('ACCT01')).toBeUndefined();
	});

	it('an account never installed is not_connected, before any request', async () => {
		const app = appOn(emu);
		const client = new PrivateClient(app.oauth.session('NOPE'), { rateLimiter: false });
		await expect(client.lists.getLists()).rejects.toMatchObject({ code: 'not_connected', accountId: 'NOPE' });
		expect(emu.requests).toHaveLength(0);
	});
});
