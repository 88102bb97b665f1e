/**
 * A Klaviyo app as one Cloudflare Worker: shops install it with OAuth, it calls each shop's
 * Klaviyo account with that account's tokens, and it receives Klaviyo's signed system webhooks.
 *
 *   GET  /install?shop=<id>      → Klaviyo's consent screen (PKCE, state kept in KV for 10 minutes)
 *   GET  /callback?code&state    ← Klaviyo sends the shop back: the code becomes tokens in KV
 *   GET  /shops/<id>/lists       a call in that shop's account (refreshed tokens as needed)
 *   POST /shops/<id>/lists       {"name"}: create a list there
 *   POST /shops/<id>/uninstall   revoke the app's access and forget the tokens
 *   POST /webhooks/klaviyo       Klaviyo's system webhooks: verified, then each event kept once
 *
 * `<id>` is the app's own name for a shop. A real app checks that the caller may act for it
 * (its own login) before `/shops/<id>/…`; that part is the app's, not Klaviyo's.
 */
import { KlaviyoOAuth, KlaviyoOAuthError, kvTokenStorage } from 'klaviyo-edge/oauth';
import { PrivateClient } from 'klaviyo-edge/private';
import { webhookHandler } from 'klaviyo-edge/webhooks';

export interface Env {
	KLAVIYO_CLIENT_ID: string;
	/** A secret: `npx wrangler secret put KLAVIYO_CLIENT_SECRET`. */
	KLAVIYO_CLIENT_SECRET: string;
	/** The secret the app's webhooks were created with: `npx wrangler secret put KLAVIYO_WEBHOOK_SECRET`. */
	KLAVIYO_WEBHOOK_SECRET: string;
	/** Where this Worker is served: the callback is `<APP_URL>/callback`, as registered with Klaviyo. */
	APP_URL: string;
	/** Klaviyo's API host; the emulator's URL locally and in tests. */
	KLAVIYO_BASE_URL?: string;
	/** Tokens per shop, installations in progress, events received. */
	APP_KV: KVNamespace;
}

const SCOPES = ['lists:read', 'lists:write', 'profiles:read'];

/** One KlaviyoOAuth per isolate and env: refreshes are shared through it, one at a time per shop. */
const clients = new WeakMap<Env, KlaviyoOAuth>();
function oauthFor(env: Env): KlaviyoOAuth {
	let oauth = clients.get(env);
	if (!oauth) {
		oauth = new KlaviyoOAuth({
			clientId: env.KLAVIYO_CLIENT_ID,
			clientSecret: env.KLAVIYO_CLIENT_SECRET,
			redirectUri: `${env.APP_URL}/callback`,
			baseUrl: env.KLAVIYO_BASE_URL,
			storage: kvTokenStorage(env.APP_KV),
		});
		clients.set(env, oauth);
	}
	return oauth;
}

interface Pending {
	shop: string;
	state: string;
	codeVerifier: string;
}

const webhooks = webhookHandler<Env>({
	secret: (env) => env.KLAVIYO_WEBHOOK_SECRET,
	// Klaviyo may deliver an event more than once: its external_id keeps it once.
	onEvents: async (webhook, env) => {
		for (const event of webhook.data) {
			const key = `event:${webhook.meta.klaviyo_account_id}:${event.external_id}`;
			await env.APP_KV.put(key, JSON.stringify({ topic: event.topic, payload: event.payload }));
		}
	},
});

export default {
	async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
		const url = new URL(request.url);
		const oauth = oauthFor(env);
		const shopRoute = /^\/shops\/([\w-]{1,64})\/(lists|uninstall)$/.exec(url.pathname);
		try {
			if (url.pathname === '/install' && request.method === 'GET') {
				const shop = url.searchParams.get('shop') ?? '';
				if (!/^[\w-]{1,64}$/.test(shop)) return Response.json({ error: 'shop?' }, { status: 400 });
				const started = await oauth.authorize({ scopes: SCOPES });
				const pending: Pending = { shop, state: started.state, codeVerifier: started.codeVerifier };
				await env.APP_KV.put(`pending:${started.state}`, JSON.stringify(pending), { expirationTtl: 600 });
				return Response.redirect(started.url, 302);
			}
			if (url.pathname === '/callback' && request.method === 'GET') {
				// Only a state this app handed out (and not yet used) gets this far.
				const key = `pending:${url.searchParams.get('state') ?? ''}`;
				const pending = await env.APP_KV.get<Pending>(key, 'json');
				if (!pending) return Response.json({ error: 'unknown or expired installation' }, { status: 400 });
				await env.APP_KV.delete(key);
				await oauth.callback(pending.shop, request, pending);
				return Response.json({ installed: pending.shop });
			}
			if (shopRoute) {
				const [, shop, action] = shopRoute;
				if (action === 'uninstall' && request.method === 'POST') {
					await oauth.revoke(shop);
					return Response.json({ uninstalled: shop });
				}
				const klaviyo = new PrivateClient(oauth.session(shop));
				if (request.method === 'POST') {
					const { name } = (await request.json()) as { name: string };
					const created = await klaviyo.lists.createList(name);
					return Response.json({ id: created.data.id }, { status: 201 });
				}
				const page = await klaviyo.lists.getLists();
				return Response.json({ lists: page.data.map((list) => list.attributes.name) });
			}
			if (url.pathname === '/webhooks/klaviyo') return await webhooks(request, env, ctx);
			return new Response('Not found', { status: 404 });
		} catch (error) {
			// A shop that uninstalled the app (or never installed it): ask for a new installation.
			if (error instanceof KlaviyoOAuthError) {
				return Response.json({ error: error.code, install: `${env.APP_URL}/install` }, { status: 401 });
			}
			throw error;
		}
	},
} satisfies ExportedHandler<Env>;
