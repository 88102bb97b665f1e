/**
 * The shopper's IP, from a source the shop trusts and from nowhere else: any header can be forged
 * by the sender, so none is believed unless the shop names it (`CF-Connecting-IP` on Cloudflare,
 * the header its own proxy sets, or a function, e.g. of the socket's peer address).
 */

/** A header name set by the shop's own proxy, or a function of the request and the socket's peer address. */
export type ClientIpSource =
	| string
	| ((request: Request, peer: string | undefined) => string | null | undefined);

export function clientIp(
	request: Request,
	source: ClientIpSource | undefined,
	peer: string | undefined,
): string | undefined {
	if (source === undefined) return undefined;
	const value = typeof source === 'function' ? source(request, peer) : request.headers.get(source);
	// A proxy header may list a chain (`client, proxy1, …`): the first is the client.
	const ip = (value ?? '').split(',')[0]!.trim();
	return ip && looksLikeIp(ip) ? ip : undefined;
}

/** IPv4 dotted quad or an IPv6 form; anything else (a name, a script) is ignored, never forwarded. */
const looksLikeIp = (value: string) =>
	/^(\d{1,3}\.){3}\d{1,3}$/.test(value) || (/^[0-9a-f:.]{2,45}$/i.test(value) && value.includes(':'));
