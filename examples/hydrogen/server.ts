/**
 * klaviyo-edge in a Shopify Hydrogen storefront's `server.ts`, the Worker that Oxygen runs (on
 * workerd): the relay under /k/*, then Hydrogen's own request handler for everything else, and a
 * server-side "Placed Order" event from the shop's order webhook route.
 */
import { PrivateClient } from 'klaviyo-edge/private';
import { createRelay, mountRelay } from 'klaviyo-edge/relay';
import { handleRequest } from './app';

/** Oxygen's environment variables (set in the Shopify admin; locally in `.env`). */
export interface Env {
	KLAVIYO_PUBLIC_KEY: string;
	KLAVIYO_PRIVATE_KEY: string;
	/** Only for tests and staging (the emulator). */
	KLAVIYO_BASE_URL?: string;
}

// Made on the first request, then kept in module scope: one relay and one client per isolate, so
// their rate limiters see all of its traffic. Oxygen's env is fixed for an isolate's lifetime.
let klaviyo:
	| { relay: (request: Request) => Promise<Response> | undefined; client: PrivateClient }
	| undefined;
const setUp = (env: Env) =>
	(klaviyo ??= {
		relay: mountRelay(
			createRelay({
				publicKey: env.KLAVIYO_PUBLIC_KEY,
				baseUrl: env.KLAVIYO_BASE_URL,
				clientIp: 'oxygen-buyer-ip', // the buyer's IP, as Oxygen forwards it
			}),
			'/k',
		),
		client: new PrivateClient(env.KLAVIYO_PRIVATE_KEY, { baseUrl: env.KLAVIYO_BASE_URL }),
	});

export default {
	async fetch(request: Request, env: Env, executionContext: ExecutionContext): Promise<Response> {
		const { relay, client } = setUp(env);
		const relayed = relay(request);
		if (relayed) return relayed;
		const url = new URL(request.url);
		if (url.pathname === '/webhooks/orders-create' && request.method === 'POST') {
			// (Verify Shopify's HMAC header here first.) Tracked after the response.
			const order = (await request.json()) as { id: number; email: string; total_price: string };
			executionContext.waitUntil(
				client.events
					.create({
						event: 'Placed Order',
						email: order.email,
						properties: { $event_id: `order-${order.id}`, $value: Number(order.total_price) },
					})
					.catch((error: unknown) => console.error('Klaviyo did not take the event:', error)),
			);
			return new Response(null, { status: 204 });
		}
		return handleRequest(request, env, executionContext);
	},
};
