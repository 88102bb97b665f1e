/**
 * klaviyo-edge's relay as a SvelteKit endpoint: `/k/track`, `/k/identify`, `/k/subscribe`, for a
 * page's `createClient(key, { endpoint: '/k' })`. Runs wherever SvelteKit's adapter runs (Node,
 * Cloudflare, Vercel, Netlify).
 */
import type { RequestHandler } from '@sveltejs/kit';
import { createRelay } from 'klaviyo-edge/relay';

// Module scope: one relay per server process or isolate, so its rate limits count all traffic.
const relay = createRelay({
	publicKey: process.env.KLAVIYO_PUBLIC_KEY!,
	baseUrl: process.env.KLAVIYO_BASE_URL, // unset: Klaviyo itself
	clientIp: (_request, peer) => peer, // SvelteKit's getClientAddress(), passed below
});

export const fallback: RequestHandler = ({ request, getClientAddress }) => relay(request, getClientAddress());
