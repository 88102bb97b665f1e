/** A SvelteKit endpoint that tracks "Started Checkout" server-side with the private key. */
import { json, type RequestHandler } from '@sveltejs/kit';
import { PrivateClient } from 'klaviyo-edge/private';

// Module scope: one client per server process, so its rate limiter paces every call it makes.
const klaviyo = new PrivateClient(process.env.KLAVIYO_PRIVATE_KEY!, {
	baseUrl: process.env.KLAVIYO_BASE_URL,
});

export const POST: RequestHandler = async ({ request }) => {
	const { email, total } = (await request.json()) as { email: string; total: number };
	// Awaited: a Node server keeps no work after the response. The error, if any, is SvelteKit's 500.
	await klaviyo.events.create({ event: 'Started Checkout', email, properties: { $value: total } });
	return json({ ok: true });
};
