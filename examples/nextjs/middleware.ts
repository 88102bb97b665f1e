/**
 * klaviyo-edge in Next.js middleware (the edge runtime): the relay under /k/*, and a server-side
 * "Viewed Checkout" event after the response when a shopper who gave their email opens /checkout.
 */
import { PrivateClient } from 'klaviyo-edge/private';
import { createRelay } from 'klaviyo-edge/relay';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';

// Module scope: one relay and one client per edge isolate, so their rate limiters see all of its
// traffic (one made per request would see one call and pace nothing).
const relay = createRelay({
	publicKey: process.env.KLAVIYO_PUBLIC_KEY!,
	baseUrl: process.env.KLAVIYO_BASE_URL, // unset: Klaviyo itself
	allowedOrigins: [process.env.SHOP_ORIGIN ?? 'https://shop.example'],
	clientIp: 'x-forwarded-for', // set by Vercel's edge; use your own proxy's header elsewhere
});
const klaviyo = new PrivateClient(process.env.KLAVIYO_PRIVATE_KEY!, {
	baseUrl: process.env.KLAVIYO_BASE_URL,
});

export async function middleware(request: NextRequest, event: NextFetchEvent): Promise<Response> {
	if (request.nextUrl.pathname.startsWith('/k/')) return relay(request);
	const email = request.cookies.get('shopper_email')?.value;
	if (email) {
		// After the response: the runtime keeps the isolate alive for waitUntil's promise.
		event.waitUntil(
			klaviyo.events
				.create({ event: 'Viewed Checkout', email, properties: { path: request.nextUrl.pathname } })
				.catch((error: unknown) => console.error('Klaviyo did not take the event:', error)),
		);
	}
	return NextResponse.next();
}

export const config = { matcher: ['/k/:path*', '/checkout'] };
