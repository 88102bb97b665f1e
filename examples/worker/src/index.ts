/**
 * A storefront's edge Worker with klaviyo-edge:
 * - `/k/*`: the first-party relay, so the page's `createClient(key, { endpoint: '/k' })` sends
 *   header-less beacons to its own origin (no CORS preflight, not blocked as a third party);
 * - `POST /checkout`: tracks "Started Checkout" server-side with the private key;
 * - anything else: passed to the origin.
 *
 * With the queues of wrangler.jsonc bound, the relay and `/checkout` put events on
 * `KLAVIYO_QUEUE` and answer at once; the `queue` handler turns them into Klaviyo bulk jobs
 * (1,000 events each), retries what Klaviyo could not take and dead-letters what it refused
 * (docs/scaling.md). Without them, each event is one call made during the request, as before.
 */
import { enqueueEvent, type KlaviyoEnv, relayWorker } from 'klaviyo-edge/cloudflare';
import { PrivateClient } from 'klaviyo-edge/private';

interface Env extends KlaviyoEnv {
	KLAVIYO_PRIVATE_KEY: string;
}

// The relay under /k/*, open to the shop's own pages (docs/relay.md: origins).
const relay = relayWorker<Env>({ path: '/k', allowedOrigins: ['https://shop.example'] });

// One client per isolate, made on its first request: its rate limiter then paces every call the
// isolate makes (a client per request sees one call and paces nothing). env is fixed per isolate.
let klaviyo: PrivateClient | undefined;

export default {
	async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
		const { pathname } = new URL(request.url);
		if (pathname === '/checkout' && request.method === 'POST') {
			const { email, total } = (await request.json()) as { email: string; total: number };
			const event = { event: 'Started Checkout', email, properties: { $value: total } };
			if (env.KLAVIYO_QUEUE) {
				// Checked and queued before the answer: a bad or oversized event fails here, not later.
				const { unique_id } = await enqueueEvent(env.KLAVIYO_QUEUE, event);
				return Response.json({ ok: true, queued: unique_id });
			}
			// No queue: one call after the response, through waitUntil (Workers cut work that outlives it).
			klaviyo ??= new PrivateClient(env.KLAVIYO_PRIVATE_KEY, { baseUrl: env.KLAVIYO_BASE_URL });
			ctx.waitUntil(
				klaviyo.events
					.create(event)
					.catch((error: unknown) => console.error('Klaviyo did not take the event:', error)),
			);
			return Response.json({ ok: true });
		}
		return relay.fetch(request, env);
	},
	// The consumer of the Klaviyo queues (reads KLAVIYO_PRIVATE_KEY).
	queue: relay.queue,
} satisfies ExportedHandler<Env>;
