/**
 * klaviyo-edge in a Hono app on Cloudflare Workers: the relay as middleware under /k/*, and a
 * server-side "Started Checkout" event after the response. Everything else is the shop's own.
 */
import { Hono } from 'hono';
import { type KlaviyoEnv, relayMiddleware } from 'klaviyo-edge/cloudflare';
import { PrivateClient } from 'klaviyo-edge/private';

type Bindings = KlaviyoEnv & { KLAVIYO_PRIVATE_KEY: string };

// Module scope: one relay and one client per isolate, so their rate limiters see every request the
// isolate serves (one made per request would see one call and pace nothing).
const relay = relayMiddleware<Bindings>({ path: '/k', allowedOrigins: ['https://shop.example'] });
let klaviyo: PrivateClient | undefined;

const app = new Hono<{ Bindings: Bindings }>();

// The relay answers its own paths; anything else goes on to the shop's routes.
app.use('/k/*', async (c, next) => (await relay(c.req.raw, c.env)) ?? next());

app.post('/checkout', async (c) => {
	const { email, total } = await c.req.json<{ email: string; total: number }>();
	klaviyo ??= new PrivateClient(c.env.KLAVIYO_PRIVATE_KEY, { baseUrl: c.env.KLAVIYO_BASE_URL });
	// After the response: Workers keep the isolate alive for waitUntil's promise.
	c.executionCtx.waitUntil(
		klaviyo.events
			.create({ event: 'Started Checkout', email, properties: { $value: total } })
			.catch((error: unknown) => console.error('Klaviyo did not take the event:', error)),
	);
	return c.json({ ok: true });
});

app.get('/', (c) => c.text('the shop'));

export default app;
