/**
 * The emulator as Klaviyo's OAuth server, driven with plain fetch and node:crypto (nothing from the
 * SDK): consent, code exchange with PKCE, rotating refresh tokens, revocation, bearer tokens on
 * /api/* for the granted account only, a clock the test moves, several accounts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createEmulator } from 'klaviyo-edge/testing';
import { beforeEach, describe, expect, it } from 'vitest';

const emu = createEmulator();
const BASE = 'https://emulator.test';
const REDIRECT = 'https://app.example/callback';
const basic = (id = emu.oauth.clientId, secret = emu.oauth.clientSecret) =>
	`Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const b64url = (bytes: Buffer) => bytes.toString('base64url');

beforeEach(() => emu.reset());

function pkce() {
	const verifier = b64url(randomBytes(32));
	return { verifier, challenge: b64url(createHash('sha256').update(verifier).digest()) };
}

async function authorize(params: Record<string, string> = {}) {
	const { verifier, challenge } = pkce();
	const url = new URL('/oauth/authorize', BASE);
	const query = {
		response_type: 'code',
		client_id: emu.oauth.clientId,
		redirect_uri: REDIRECT,
		scope: 'lists:read lists:write',
		state: 'state-1',
		code_challenge_method: 'S256',
		code_challenge: challenge,
		...params,
	};
	for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
	const response = await emu.fetch(url, { redirect: 'manual' });
	const location = response.headers.get('location');
	return { response, verifier, back: location ? new URL(location) : undefined };
}

const token = (form: Record<string, string>, authorization = basic()) =>
	emu.fetch(`${BASE}/oauth/token`, {
		method: 'POST',
		headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(form),
	});

async function install(accountId?: string, scope?: string) {
	if (accountId) emu.oauth.consent = { accountId, approve: true };
	const { back, verifier } = await authorize(scope ? { scope } : {});
	const response = await token({
		grant_type: 'authorization_code',
		code: back!.searchParams.get('code')!,
		code_verifier: verifier,
		redirect_uri: REDIRECT,
	});
	expect(response.status).toBe(200);
	return (await response.json()) as { access_token: string; refresh_token: string; expires_in: number };
}

const lists = (accessToken: string, init: RequestInit = {}) =>
	emu.fetch(`${BASE}/api/lists`, {
		...init,
		headers: {
			authorization: `Bearer ${accessToken}`,
			revision: '2026-07-15',
			accept: 'application/vnd.api+json',
			'content-type': 'application/vnd.api+json',
		},
	});

describe('authorize', () => {
	it('answers with the test consent at once: a 302 back with a code and the state', async () => {
		const { response, back } = await authorize();
		expect(response.status).toBe(302);
		expect(back?.origin + back!.pathname).toBe(REDIRECT);
		expect(back?.searchParams.get('state')).toBe('state-1');
		expect(back?.searchParams.get('code')).toMatch(/^kc_[\w-]{43}$/);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('a denied consent sends the shop back with error=access_denied and no code', async () => {
		emu.oauth.consent = { accountId: 'OTHER1', approve: false };
		const { back } = await authorize();
		expect(back?.searchParams.get('error')).toBe('access_denied');
		expect(back?.searchParams.get('code')).toBeNull();
	});

	it.each([
		[{ code_challenge_method: 'plain' }, 'invalid_request'],
		[{ code_challenge: 'short' }, 'invalid_request'],
		[{ response_type: 'token' }, 'unsupported_response_type'],
		[{ scope: '' }, 'invalid_scope'],
		[{ scope: 'lists:read admin' }, 'invalid_scope'],
	])('%o is refused back to the app (%s) and recorded as the app’s mistake', async (params, error) => {
		const { back } = await authorize(params);
		expect(back?.searchParams.get('error')).toBe(error);
		expect(emu.invalidRequests()).toHaveLength(1);
	});

	it('an unknown client or a bad redirect_uri is answered 400 there, never redirected', async () => {
		expect((await authorize({ client_id: 'someone-else' })).response.status).toBe(400);
		expect((await authorize({ redirect_uri: 'javascript:alert(1)' })).response.status).toBe(400);
		expect(emu.invalidRequests()).toHaveLength(2);
	});
});

describe('token', () => {
	it('exchanges a code (PKCE S256 checked) for Klaviyo’s token document', async () => {
		const { back, verifier } = await authorize();
		const response = await token({
			grant_type: 'authorization_code',
			code: back!.searchParams.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT,
		});
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({
			access_token: expect.stringMatching(/^kat_/),
			token_type: 'Bearer',
			expires_in: 3600,
			refresh_token: expect.stringMatching(/^krt_/),
			scope: 'lists:read lists:write',
		});
		expect(emu.oauth.grants()).toEqual([
			{
				accountId: 'PUBKEY',
				scopes: ['lists:read', 'lists:write'],
				revoked: false,
				refreshes: 0,
				reusedRefreshTokens: 0,
			},
		]);
	});

	it('refuses a wrong verifier, another redirect_uri and a code used twice (invalid_grant)', async () => {
		const { back, verifier } = await authorize();
		const code = back!.searchParams.get('code')!;
		const exchange = (form: Record<string, string>) =>
			token({
				grant_type: 'authorization_code',
				code,
				code_verifier: verifier,
				redirect_uri: REDIRECT,
				...form,
			});
		expect((await exchange({ code_verifier: pkce().verifier })).status).toBe(400);
		expect((await exchange({ redirect_uri: 'https://app.example/other' })).status).toBe(400);
		expect((await exchange({})).status).toBe(200);
		const again = await exchange({});
		expect(again.status).toBe(400);
		expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
	});

	it('an expired code is refused: codes live 10 minutes on the emulator’s clock', async () => {
		const { back, verifier } = await authorize();
		emu.oauth.advance(601);
		const response = await token({
			grant_type: 'authorization_code',
			code: back!.searchParams.get('code')!,
			code_verifier: verifier,
			redirect_uri: REDIRECT,
		});
		expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
	});

	it('needs HTTP Basic with the app’s secret and a form body', async () => {
		const refused = await token(
			{ grant_type: 'refresh_token', refresh_token: 'x' },
			basic(undefined, 'wrong'),
		);
		expect(refused.status).toBe(401);
		expect(await refused.json()).toMatchObject({ error: 'invalid_client' });
		const json = await emu.fetch(`${BASE}/oauth/token`, {
			method: 'POST',
			headers: { authorization: basic(), 'content-type': 'application/json' },
			body: '{"grant_type":"refresh_token"}',
		});
		expect(json.status).toBe(400);
		expect(emu.invalidRequests()).toHaveLength(2);
	});

	it('rotates refresh tokens: each is good for one refresh, a second use is invalid_grant and a violation', async () => {
		const first = await install();
		const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
		const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
		expect(second.refresh_token).not.toBe(first.refresh_token);
		expect(second.access_token).not.toBe(first.access_token);
		const reused = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
		expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
		expect(emu.oauth.grants()[0]).toMatchObject({ refreshes: 1, reusedRefreshTokens: 1 });
		expect(emu.invalidRequests().map((r) => r.violations[0])).toEqual([
			expect.stringContaining('used twice'),
		]);
		expect((await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token })).status).toBe(
			200,
		);
	});
});

describe('bearer tokens on /api/*', () => {
	it('reach the granted account only: two installs, two separate accounts', async () => {
		const a = await install('ACCTAA');
		const b = await install('ACCTBB');
		const created = await lists(a.access_token, {
			method: 'POST',
			body: JSON.stringify({ data: { type: 'list', attributes: { name: 'Only in A' } } }),
		});
		expect(created.status).toBe(201);
		const inA = (await (await lists(a.access_token)).json()) as { data: unknown[] };
		const inB = (await (await lists(b.access_token)).json()) as { data: unknown[] };
		expect(inA.data).toHaveLength(1);
		expect(inB.data).toHaveLength(0);
		expect(emu.oauth.store('ACCTAA').lists.size).toBe(1);
		expect(emu.store.lists.size).toBe(0);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('expire on the emulator’s clock, and a refreshed token works again', async () => {
		const tokens = await install();
		expect((await lists(tokens.access_token)).status).toBe(200);
		emu.oauth.advance(3600);
		const expired = await lists(tokens.access_token);
		expect(expired.status).toBe(401);
		expect(await expired.json()).toMatchObject({ errors: [{ detail: 'The access token has expired.' }] });
		const refreshed = (await (
			await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })
		).json()) as { access_token: string };
		expect((await lists(refreshed.access_token)).status).toBe(200);
		// Expiry is the clock's doing, not the app's mistake.
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('need the operation’s scope (403), and revocation ends the whole grant', async () => {
		const tokens = await install(undefined, 'profiles:read');
		expect((await lists(tokens.access_token)).status).toBe(403);
		const good = await install(undefined, 'lists:read');
		const revoke = await emu.fetch(`${BASE}/oauth/revoke`, {
			method: 'POST',
			headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ token: good.refresh_token, token_type_hint: 'refresh_token' }),
		});
		expect(revoke.status).toBe(200);
		expect((await lists(good.access_token)).status).toBe(401);
		const refresh = await token({ grant_type: 'refresh_token', refresh_token: good.refresh_token });
		expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
	});

	it('an uninstall in Klaviyo (oauth.revoke) ends every grant of that account', async () => {
		const a = await install('ACCTAA');
		const b = await install('ACCTBB');
		emu.oauth.revoke('ACCTAA');
		expect((await lists(a.access_token)).status).toBe(401);
		expect((await lists(b.access_token)).status).toBe(200);
		expect(emu.oauth.grants().map((g) => [g.accountId, g.revoked])).toEqual([
			['ACCTAA', true],
			['ACCTBB', false],
		]);
	});

	it('a token Klaviyo never issued is a 401 and a violation; the private key still works', async () => {
		expect((await lists('kat_made_up')).status).toBe(401);
		expect(emu.invalidRequests()).toHaveLength(1);
		const withKey = await emu.fetch(`${BASE}/api/lists`, {
			headers: { authorization: `Klaviyo-API-Key ${emu.privateKey}`, revision: '2026-07-15' },
		});
		expect(withKey.status).toBe(200);
	});
});
