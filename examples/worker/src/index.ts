/**
 * A storefront's edge Worker with klaviyo-edge:
 * - `/k/*`: the first-party relay, so the page's `createClient(key, { endpoint: '/k' })` sends
 *   header-less beacons to its own origin (no CORS preflight, not blocked as a third party);
 * - `POST /checkout`: tracks "Started Checkout" server-side with the private key, after the
 *   response, through `ctx.waitUntil` (no timers: Workers cut work that outlives the request);
 * - anything else: passed to the origin.
 */
import { type KlaviyoEnv, relayWorker } from 'klaviyo-edge/cloudflare';
import { PrivateClient } from 'klaviyo-edge/private';

interface Env extends KlaviyoEnv {
	KLAVIYO_PRIVATE_KEY: string;
}

const relay = relayWorker<Env>({ path: '/k' });

export default {
	async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
		const { pathname } = new URL(request.url);
		if (pathname === '/checkout' && request.method === 'POST') {
			const { email, total } = (await request.json()) as { email: string; total: number };
			const klaviyo = new PrivateClient(env.KLAVIYO_PRIVATE_KEY, { baseUrl: env.KLAVIYO_BASE_URL });
			ctx.waitUntil(
				klaviyo.events
					.create({ event: 'Started Checkout', email, properties: { $value: total } })
					.catch((error: unknown) => console.error('Klaviyo did not take the event:', error)),
			);
			return Response.json({ ok: true });
		}
		return relay.fetch(request, env);
	},
} satisfies ExportedHandler<Env>;
