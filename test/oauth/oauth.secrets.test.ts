/**
 * Tokens, codes, verifiers and the client secret never appear in an error (message, stack, cause,
 * own fields), a log line, an inspected object, or a URL other than OAuth's own (the code and state
 * in the callback), whatever fails along the way.
 */
import { inspect } from 'node:util';
import { KlaviyoOAuthError, type Tokens } from 'klaviyo-edge/oauth';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrivateClient } from '../../src/private/index.js';
import { appOn } from './helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());

const logged: string[] = [];
beforeEach(() => {
	emu.reset();
	logged.length = 0;
	for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
			logged.push(args.map((arg) => inspect(arg, { depth: 10, showHidden: true })).join(' '));
		});
	}
});
afterEach(() => vi.restoreAllMocks());

/** Everything a developer could see of a value: inspected with hidden fields, JSON, String(). */
function exposed(value: unknown): string {
	let json = '';
	try {
		json = JSON.stringify(value, Object.getOwnPropertyNames(value ?? {}));
	} catch {}
	return [inspect(value, { depth: 10, showHidden: true, getters: true }), json, String(value)].join('\n');
}

/** Every secret the emulator issued or the app holds. */
function secrets(extra: string[] = []): string[] {
	const values = new Set<string>([emu.oauth.clientSecret, ...extra]);
	for (const request of emu.requests) {
		if (request.path !== '/oauth/token' && request.path !== '/oauth/revoke') continue;
		const form = new URLSearchParams(String(request.body));
		for (const name of ['code', 'code_verifier', 'refresh_token', 'token']) {
			const value = form.get(name);
			if (value) values.add(value);
		}
		const answer = request.responseBody as { access_token?: string; refresh_token?: string } | undefined;
		if (answer?.access_token) values.add(answer.access_token);
		if (answer?.refresh_token) values.add(answer.refresh_token);
	}
	return [...values];
}

function expectNoSecretIn(text: string, extra: string[] = []) {
	const all = secrets(extra);
	expect(all.length).toBeGreaterThan(1);
	for (const secret of all) expect(text).not.toContain(secret);
}

const failure = (promise: PromiseLike<unknown>) =>
	Promise.resolve(promise).then(
		() => expect.unreachable('resolved'),
		(error: unknown) => error,
	);

describe('no secret in errors or logs', () => {
	it('a revoked install: the invalid_grant, then not_connected', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const stored = (await app.storage.retrieve('ACCT01')) as Tokens;
		await app.storage.save('ACCT01', { ...stored, expiresAt: 0 });
		emu.oauth.revoke('ACCT01');
		const later = appOn(emu, { storage: app.storage });
		const client = new PrivateClient(later.oauth.session('ACCT01'), { rateLimiter: false });
		const first = await failure(client.lists.getLists());
		const second = await failure(client.lists.getLists());
		expect(first).toBeInstanceOf(KlaviyoOAuthError);
		expectNoSecretIn(exposed(first) + exposed(second) + logged.join('\n'), [stored.accessToken]);
	});

	it('the token endpoint fails (5xx, dropped connection, a timeout) and the API refuses twice', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const errors: unknown[] = [];
		emu.faults.add({ path: '/oauth/token', status: 503 });
		errors.push(await failure(app.oauth.refresh('ACCT01')));
		emu.faults.add({ path: '/oauth/token', drop: true });
		errors.push(await failure(app.oauth.refresh('ACCT01')));
		emu.faults.add({ path: '/oauth/token', delayMs: 3000 });
		const impatient = appOn(emu, { storage: app.storage, timeout: 300 });
		errors.push(await failure(impatient.oauth.refresh('ACCT01')));
		emu.faults.add({ path: '/api/lists', status: 401, times: 2 });
		const client = new PrivateClient(app.oauth.session('ACCT01'), { rateLimiter: false, maxRetries: 0 });
		errors.push(await failure(client.lists.getLists()));
		emu.faults.add({ path: '/api/lists', drop: true });
		errors.push(await failure(client.lists.getLists()));
		expect(errors.map((e) => (e as Error).name)).toEqual([
			'KlaviyoOAuthError',
			'KlaviyoConnectionError',
			'KlaviyoTimeoutError',
			'KlaviyoAuthenticationError',
			'KlaviyoConnectionError',
		]);
		expectNoSecretIn(errors.map(exposed).join('\n') + logged.join('\n'));
	});

	it('a token endpoint that echoes what it was sent: the description is kept, the secrets are not', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const { refreshToken } = (await app.storage.retrieve('ACCT01')) as Tokens;
		emu.faults.add({
			path: '/oauth/token',
			status: 400,
			body: {
				error: 'invalid_grant',
				error_description: `Bad token ${refreshToken} for ${emu.oauth.clientSecret}`,
			},
		});
		const error = (await failure(app.oauth.refresh('ACCT01'))) as KlaviyoOAuthError;
		expect(error.cause).toMatchObject({
			message: expect.stringContaining('Bad token [redacted] for [redacted]'),
		});
		expectNoSecretIn(exposed(error));
	});

	it('what storage holds that is not tokens is refused without repeating it', async () => {
		const app = appOn(emu);
		await app.storage.save('ACCT01', {
			accessToken: 'at secret with spaces',
			refreshToken: 'krt_x',
			expiresAt: 1,
		} as Tokens);
		const error = await failure(new PrivateClient(app.oauth.session('ACCT01')).lists.getLists());
		expect(error).toMatchObject({ code: 'invalid_stored_tokens' });
		expect(exposed(error)).not.toContain('secret with spaces');
		expect(emu.requests).toHaveLength(0);
	});

	it('the OAuth client, a session and a client built on it show no secret when inspected', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const session = app.oauth.session('ACCT01');
		const client = new PrivateClient(session);
		await client.lists.getLists();
		expectNoSecretIn(exposed(app.oauth) + exposed(session) + exposed(client));
	});
});

describe('secrets go only where they belong', () => {
	it('the client secret, codes and refresh tokens go only to /oauth/* of the configured host; access tokens only to /api/*', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		await app.oauth.refresh('ACCT01');
		await new PrivateClient(app.oauth.session('ACCT01'), { rateLimiter: false }).lists.getLists();
		await app.oauth.revoke('ACCT01');
		for (const request of emu.requests) {
			const where = `${request.method} ${request.path}`;
			const carried = JSON.stringify(request.query) + request.path;
			// No secret ever rides in a URL (the authorize URL carries only the challenge and state).
			expectNoSecretIn(carried);
			if (request.path.startsWith('/api/'))
				expect(request.headers.authorization, where).toMatch(/^Bearer kat_/);
			else if (request.path !== '/oauth/authorize')
				expect(request.headers.authorization, where).toMatch(/^Basic /);
		}
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('a redirect from the token endpoint is not followed: the secret and refresh token stay home', async () => {
		const app = appOn(emu);
		await app.install('ACCT01');
		const seen: string[] = [];
		const redirecting = appOn(emu, {
			storage: app.storage,
			fetch: async (input, init) => {
				seen.push(`${init?.redirect} ${String(input)}`);
				return new Response(null, {
					status: 307,
					headers: { location: 'https://elsewhere.example/oauth/token' },
				});
			},
		});
		const error = await failure(redirecting.oauth.refresh('ACCT01'));
		expect(error).toMatchObject({ name: 'KlaviyoOAuthError', status: 307 });
		expect(seen).toEqual([`manual ${emu.url}/oauth/token`]);
	});
});
