/**
 * KlaviyoOAuth against the emulator's OAuth server: the authorize URL, the callback (state, denial,
 * code exchange with PKCE), refresh, revoke, and refusals before any request.
 */
import { createHash } from 'node:crypto';
import { KlaviyoOAuth, KlaviyoOAuthError, memoryTokenStorage } from 'klaviyo-edge/oauth';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoConfigurationError, KlaviyoValidationError } from '../../src/core/errors.js';
import { appOn, REDIRECT, refreshes, tokenRequests } from './helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const rejection = (promise: Promise<unknown>) =>
	promise.then(
		() => expect.unreachable('resolved'),
		(error: unknown) => error as KlaviyoOAuthError,
	);

describe('authorize', () => {
	it('builds Klaviyo’s authorize URL with PKCE S256 and a fresh state', async () => {
		const oauth = new KlaviyoOAuth({
			clientId: 'my-app',
			clientSecret: 'shh',
			redirectUri: REDIRECT,
			storage: memoryTokenStorage(),
		});
		const { url, state, codeVerifier } = await oauth.authorize({ scopes: ['lists:read', 'profiles:write'] });
		const parsed = new URL(url);
		expect(parsed.origin + parsed.pathname).toBe('https://www.klaviyo.com/oauth/authorize');
		expect(Object.fromEntries(parsed.searchParams)).toEqual({
			response_type: 'code',
			client_id: 'my-app',
			redirect_uri: REDIRECT,
			scope: 'lists:read profiles:write',
			state,
			code_challenge_method: 'S256',
			code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
		});
		// RFC 7636: 43-128 unreserved characters; the state is as unguessable.
		expect(codeVerifier).toMatch(/^[\w-]{43,128}$/);
		expect(state).toMatch(/^[\w-]{43}$/);
		const again = await oauth.authorize({ scopes: ['lists:read'] });
		expect(again.state).not.toBe(state);
		expect(again.codeVerifier).not.toBe(codeVerifier);
		// Nothing secret in the URL: no client secret, no verifier.
		expect(url).not.toContain('shh');
		expect(url).not.toContain(codeVerifier);
	});

	it('refuses bad input before anything is built, naming the field and the rule', async () => {
		const oauth = new KlaviyoOAuth({ clientId: 'a', clientSecret: 'b', storage: memoryTokenStorage() });
		await expect(oauth.authorize({ scopes: ['lists:read'] })).rejects.toMatchObject({
			name: 'KlaviyoValidationError',
			field: 'redirectUri',
		});
		for (const scopes of [[], ['lists'], ['lists:read lists:write'], ['Lists:Read']]) {
			const error = await rejection(oauth.authorize({ scopes, redirectUri: REDIRECT }));
			expect(error).toBeInstanceOf(KlaviyoValidationError);
			expect(error).toMatchObject({ field: 'scopes' });
		}
		await expect(oauth.authorize({ scopes: ['lists:read'], redirectUri: 'ftp://x' })).rejects.toMatchObject({
			field: 'redirectUri',
		});
	});

	it('refuses a client without its id, secret or storage (and never repeats the secret)', () => {
		const storage = memoryTokenStorage();
		expect(() => new KlaviyoOAuth({ clientId: '', clientSecret: 's3cr3t', storage })).toThrow(
			KlaviyoConfigurationError,
		);
		expect(() => new KlaviyoOAuth({ clientId: 'id', clientSecret: '', storage })).toThrow(
			KlaviyoConfigurationError,
		);
		expect(() => new KlaviyoOAuth({ clientId: 'id', clientSecret: 's3cr3t', storage: {} as never })).toThrow(
			/storage/,
		);
		try {
			new KlaviyoOAuth({ clientId: 'id\n', clientSecret: 's3cr3t', storage });
			expect.unreachable();
		} catch (error) {
			expect(String(error)).not.toContain('s3cr3t');
		}
	});
});

describe('callback', () => {
	it('installs: the code is exchanged with the verifier, the tokens saved for the account', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const saved = (await app.storage.retrieve('ACCT01')) as Record<string, unknown>;
		expect(saved).toEqual({
			accessToken: expect.stringMatching(/^kat_/),
			refreshToken: expect.stringMatching(/^krt_/),
			expiresAt: expect.any(Number),
			scope: 'lists:read lists:write profiles:read',
		});
		expect(saved.expiresAt).toBeGreaterThan(Date.now() + 3500_000);
		expect(emu.invalidRequests()).toEqual([]);
		// The token request: HTTP Basic, a form, to the configured host only.
		const request = emu.requests.find((r) => r.path === '/oauth/token')!;
		expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(request.headers.authorization).toBe(
			`Basic ${Buffer.from(`${emu.oauth.clientId}:${emu.oauth.clientSecret}`).toString('base64')}`,
		);
	});

	it('refuses a callback whose state is not the one the app started with, before any request', async () => {
		const app = appOn(emu);
		const started = await app.oauth.authorize({ scopes: ['lists:read'] });
		const consent = await fetch(started.url, { redirect: 'manual' });
		const back = consent.headers.get('location')!;
		const forged = await rejection(app.oauth.callback('ACCT01', back, { ...started, state: 'other' }));
		expect(forged).toBeInstanceOf(KlaviyoOAuthError);
		expect(forged.code).toBe('state_mismatch');
		expect(tokenRequests(emu)).toBe(0);
		expect(await app.storage.retrieve('ACCT01')).toBeUndefined();
	});

	it('a shop that denies access ends in access_denied; nothing is saved', async () => {
		const app = appOn(emu);
		emu.oauth.consent = { accountId: 'ACCT01', approve: false };
		const started = await app.oauth.authorize({ scopes: ['lists:read'] });
		const back = (await fetch(started.url, { redirect: 'manual' })).headers.get('location')!;
		const error = await rejection(app.oauth.callback('ACCT01', back, started));
		expect(error).toMatchObject({ name: 'KlaviyoOAuthError', code: 'access_denied', accountId: 'ACCT01' });
		expect(await app.storage.retrieve('ACCT01')).toBeUndefined();
	});

	it('a code Klaviyo refuses (used twice) is invalid_grant', async () => {
		const app = appOn(emu);
		const started = await app.oauth.authorize({ scopes: ['lists:read'] });
		const back = (await fetch(started.url, { redirect: 'manual' })).headers.get('location')!;
		await app.oauth.callback('ACCT01', back, started);
		const error = await rejection(app.oauth.callback('ACCT02', back, started));
		expect(error).toMatchObject({ code: 'invalid_grant', status: 400, accountId: 'ACCT02' });
		expect(await app.storage.retrieve('ACCT02')).toBeUndefined();
	});

	it('a wrong client secret is invalid_client, and the message never carries the secret', async () => {
		const app = appOn(emu, { clientSecret: 'not-the-secret' });
		const started = await app.oauth.authorize({ scopes: ['lists:read'] });
		const back = (await fetch(started.url, { redirect: 'manual' })).headers.get('location')!;
		const error = await rejection(app.oauth.callback('ACCT01', back, started));
		expect(error).toMatchObject({ code: 'invalid_client', status: 401 });
		expect(`${error.message} ${error.stack}`).not.toContain('not-the-secret');
	});
});

describe('refresh and revoke', () => {
	it('refresh() rotates the tokens and saves the new pair', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const before = (await app.storage.retrieve('ACCT01')) as { refreshToken: string };
		const after = await app.oauth.refresh('ACCT01');
		expect(after.refreshToken).not.toBe(before.refreshToken);
		expect(await app.storage.retrieve('ACCT01')).toEqual(after);
		expect(refreshes(emu)).toBe(1);
	});

	it('revoke() ends the grant at Klaviyo and forgets the tokens (an uninstall)', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		await app.oauth.revoke('ACCT01');
		expect(emu.oauth.grants()[0]?.revoked).toBe(true);
		expect(await app.storage.retrieve('ACCT01')).toBeUndefined();
		const revoke = emu.requests.find((r) => r.path === '/oauth/revoke')!;
		expect(new URLSearchParams(revoke.body as string).get('token_type_hint')).toBe('refresh_token');
		// Again: nothing left to revoke, nothing sent.
		await app.oauth.revoke('ACCT01');
		expect(emu.requests.filter((r) => r.path === '/oauth/revoke')).toHaveLength(1);
		expect(await rejection(app.oauth.refresh('ACCT01'))).toMatchObject({ code: 'not_connected' });
	});

	it('an account id that is not a short visible string is refused', async () => {
		const app = appOn(emu);
		for (const id of ['', ' ', 'a\nb', 'x'.repeat(201), 42 as unknown as string]) {
			expect(() => app.oauth.session(id)).toThrow(KlaviyoValidationError);
		}
	});
});
