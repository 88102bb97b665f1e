/**
 * examples/klaviyo-app inside workerd, against the emulator (in Node, over loopback) playing
 * Klaviyo: two shops install the app with OAuth, the app calls both accounts, survives its access
 * tokens expiring, verifies webhooks, and handles an uninstall on either side.
 */
import { env as bindings, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import worker, { type Env } from '../../examples/klaviyo-app/src/index.js';

const KLAVIYO = inject('emulatorUrl');
const env: Env = {
	KLAVIYO_CLIENT_ID: inject('clientId'),
	KLAVIYO_CLIENT_SECRET: inject('clientSecret'),
	KLAVIYO_WEBHOOK_SECRET: inject('webhookSecret'),
	APP_URL: 'https://app.example',
	KLAVIYO_BASE_URL: KLAVIYO,
	APP_KV: (bindings as unknown as { APP_KV: KVNamespace }).APP_KV,
};

/** One request to the app, as Cloudflare would route it. */
async function app(path: string, init?: RequestInit): Promise<Response> {
	const ctx = createExecutionContext();
	const response = await worker.fetch(new Request(`https://app.example${path}`, init), env, ctx);
	await waitOnExecutionContext(ctx);
	return response;
}

/** The emulator's inspection API. */
async function emulator(path: string, body?: unknown): Promise<unknown> {
	const response = await fetch(`${KLAVIYO}/__emulator/${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return response.status === 204 ? undefined : response.json();
}

const grantOf = async (shop: string) =>
	(
		(await emulator('oauth/grants')) as Array<{ accountId: string; refreshes: number; revoked: boolean }>
	).findLast((grant) => grant.accountId === shop);

/** A shop installs the app: /install → Klaviyo's consent (approved for `shop`'s account) → /callback. */
async function install(shop: string): Promise<Response> {
	const started = await app(`/install?shop=${shop}`);
	expect(started.status).toBe(302);
	const consentUrl = new URL(started.headers.get('location')!);
	expect(consentUrl.origin + consentUrl.pathname).toBe(`${KLAVIYO}/oauth/authorize`);
	await emulator('oauth/consent', { accountId: shop, approve: true });
	const consent = await fetch(consentUrl, { redirect: 'manual' });
	const back = new URL(consent.headers.get('location')!);
	expect(back.origin + back.pathname).toBe('https://app.example/callback');
	return app(back.pathname + back.search);
}

const listsOf = async (shop: string) =>
	(await app(`/shops/${shop}/lists`)).json() as Promise<{ lists?: string[]; error?: string }>;

describe('examples/klaviyo-app in workerd', () => {
	// Account ids of their own, so the other workerd tests sharing the emulator are not disturbed.
	const A = `SHOPA${Date.now().toString(36)}`;
	const B = `SHOPB${Date.now().toString(36)}`;

	it('installs via OAuth in two accounts and calls each in its own', async () => {
		expect(await (await install(A)).json()).toEqual({ installed: A });
		expect(await (await install(B)).json()).toEqual({ installed: B });
		const created = await app(`/shops/${A}/lists`, {
			method: 'POST',
			body: JSON.stringify({ name: 'A only' }),
		});
		expect(created.status).toBe(201);
		expect(await listsOf(A)).toEqual({ lists: ['A only'] });
		expect(await listsOf(B)).toEqual({ lists: [] });
		// The tokens live in KV, under the app's id of the shop.
		expect(await env.APP_KV.get(`klaviyo-oauth:${A}`, 'json')).toMatchObject({
			accessToken: expect.any(String),
		});
	});

	it('a callback with a state the app never handed out is refused', async () => {
		const forged = await app('/callback?code=kc_stolen&state=not-ours');
		expect(forged.status).toBe(400);
	});

	it('survives token expiry: Klaviyo refuses the old token, 50 concurrent calls, one refresh, all go through', async () => {
		const before = (await grantOf(A))!.refreshes;
		await emulator('oauth/advance', { seconds: 3600 });
		const calls = await Promise.all(Array.from({ length: 50 }, () => listsOf(A)));
		expect(calls).toEqual(Array(50).fill({ lists: ['A only'] }));
		expect((await grantOf(A))!.refreshes).toBe(before + 1);
		expect(await listsOf(B)).toEqual({ lists: [] });
		const requests = (await emulator('requests')) as Array<{ path: string; valid: boolean; body: unknown }>;
		const reused = ((await emulator('oauth/grants')) as Array<{ reusedRefreshTokens: number }>).some(
			(g) => g.reusedRefreshTokens > 0,
		);
		expect(reused).toBe(false);
		expect(requests.filter((r) => r.path.startsWith('/oauth/') && !r.valid)).toEqual([]);
	});

	it('verifies webhooks: a signed delivery is kept, a tampered or replayed one is refused', async () => {
		const payload = {
			data: { type: 'event', id: `EVT${Date.now()}`, attributes: { event_properties: { $message: 'Hi' } } },
		};
		const signed = (await emulator('webhooks', {
			topic: 'event:klaviyo.opened_email',
			payload,
			accountId: A,
		})) as {
			headers: Record<string, string>;
			body: string;
		};
		const deliver = (body: string, headers = signed.headers) =>
			app('/webhooks/klaviyo', { method: 'POST', headers, body });
		const tampered = await deliver(signed.body.replace('Hi', 'Ho'));
		expect(tampered.status).toBe(401);
		expect(await env.APP_KV.get(`event:${A}:${payload.data.id}`)).toBeNull();
		const accepted = await deliver(signed.body);
		expect(accepted.status).toBe(200);
		expect(await env.APP_KV.get(`event:${A}:${payload.data.id}`, 'json')).toEqual({
			topic: 'event:klaviyo.opened_email',
			payload,
		});
		const replay = (await emulator('webhooks', {
			topic: 'event:klaviyo.opened_email',
			payload,
			timestamp: Date.now() - 10 * 60_000,
		})) as { headers: Record<string, string>; body: string };
		expect((await deliver(replay.body, replay.headers)).status).toBe(401);
		const unsigned = await app('/webhooks/klaviyo', { method: 'POST', body: signed.body });
		expect(unsigned.status).toBe(400);
	});

	it('uninstall from the app: revoked at Klaviyo, tokens gone, calls ask for a new install', async () => {
		expect(await (await app(`/shops/${A}/uninstall`, { method: 'POST' })).json()).toEqual({ uninstalled: A });
		expect((await grantOf(A))!.revoked).toBe(true);
		expect(await env.APP_KV.get(`klaviyo-oauth:${A}`)).toBeNull();
		const after = await app(`/shops/${A}/lists`);
		expect(after.status).toBe(401);
		expect(await after.json()).toMatchObject({ error: 'not_connected' });
	});

	it('uninstall in Klaviyo: the next refresh is refused, the tokens are deleted, the app asks for a new install', async () => {
		await emulator('oauth/revoke', { accountId: B });
		const refused = await app(`/shops/${B}/lists`);
		expect(refused.status).toBe(401);
		expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
		expect(await env.APP_KV.get(`klaviyo-oauth:${B}`)).toBeNull();
		// Installing again works.
		expect(await (await install(B)).json()).toEqual({ installed: B });
		expect(await listsOf(B)).toEqual({ lists: [] });
	});
});
