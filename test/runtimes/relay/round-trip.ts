/**
 * The relay round trip every runtime runs against its own adapter: a GET beacon (Track), a form
 * POST (Identify), an `<img>` beacon asking for the GIF, a bulk of three tracks as the page's
 * batching sends it (a `text/plain` JSON body), and a path that is not the relay's.
 * Returns what the sender saw; the test reads what Klaviyo (the emulator) received.
 */
import { toBase64Json } from '../../../src/protocol/wire.js';

export async function roundTrip(
	origin: string,
	publicKey: string,
	runtime: string,
	fetch: (url: string, init?: RequestInit) => Promise<Response> = globalThis.fetch,
) {
	const email = `${runtime}-relay@example.com`;
	const track = toBase64Json({
		token: publicKey,
		event: `Relayed on ${runtime}`,
		properties: { $value: 3 },
		customer_properties: { $email: email },
	});
	const tracked = await fetch(`${origin}/k/track?data=${encodeURIComponent(track)}`);
	const identified = await fetch(`${origin}/k/identify`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			data: JSON.stringify({ token: publicKey, properties: { $email: email, $first_name: runtime } }),
		}),
	});
	const pixel = await fetch(`${origin}/k/track?data=${encodeURIComponent(track)}&i=1`);
	const bulk = await fetch(`${origin}/k/track-bulk`, {
		method: 'POST',
		headers: { 'content-type': 'text/plain;charset=UTF-8' },
		body: JSON.stringify(
			[1, 2, 3].map((n) => ({
				token: publicKey,
				event: `Relayed in bulk on ${runtime}`,
				properties: { n, $event_id: `${runtime}-bulk-${n}` },
				customer_properties: { $email: email },
			})),
		),
	});
	const refused = await fetch(`${origin}/k/track`, { method: 'POST', body: '{'.repeat(1000) });
	const other = await fetch(`${origin}/elsewhere`);
	return {
		runtime,
		track: [tracked.status, await tracked.text()],
		identify: [identified.status, await identified.text()],
		pixel: [pixel.status, pixel.headers.get('content-type'), (await pixel.arrayBuffer()).byteLength],
		bulk: [bulk.status, await bulk.text()],
		refused: refused.status,
		other: [other.status, await other.text()],
	};
}
