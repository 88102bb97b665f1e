/**
 * Which sites may use the relay. With `allowedOrigins` set, a request must show where it comes
 * from: its `Origin`, or where a browser sends none (an `<img>` beacon, a plain GET) its
 * `Sec-Fetch-Site: same-origin` or its `Referer`. A request that shows nothing (a script, a server,
 * another site's beacon with `no-referrer`) is refused. Without `allowedOrigins`, everyone is let in
 * and nobody gets CORS headers, which suits a relay on the shop's own origin.
 */

const CORS_METHODS = 'GET, POST, OPTIONS';

/** CORS headers for this request (empty when none are needed), or `undefined` when it is refused. */
export function originPolicy(
	request: Request,
	url: URL,
	allowed: readonly string[] | undefined,
): Record<string, string> | undefined {
	if (!allowed) return {};
	const origin = request.headers.get('origin');
	if (origin !== null) {
		if (origin === url.origin) return {};
		if (!allowed.includes(origin) && !allowed.includes('*')) return undefined;
		return {
			'access-control-allow-origin': origin,
			'access-control-allow-methods': CORS_METHODS,
			'access-control-allow-headers': 'content-type',
			vary: 'origin',
		};
	}
	if (request.headers.get('sec-fetch-site') === 'same-origin') return {};
	const from = originOf(request.headers.get('referer'));
	if (from && (from === url.origin || allowed.includes(from) || allowed.includes('*'))) return {};
	return undefined;
}

function originOf(referer: string | null): string | undefined {
	if (!referer) return undefined;
	try {
		const { origin } = new URL(referer);
		return origin === 'null' ? undefined : origin;
	} catch {
		return undefined;
	}
}
