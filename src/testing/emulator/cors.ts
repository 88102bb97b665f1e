/**
 * CORS: browsers call /client/* straight from a web page on another origin, so every
 * response allows any origin and preflights (OPTIONS) are answered on every path.
 */
const ALLOWED_HEADERS = 'revision, content-type, authorization, accept';

/** Added to every response. `Retry-After` is exposed so browser code can honour it. */
export const CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-expose-headers': 'retry-after',
};

/** Headers for a 204 preflight answer; requested headers are echoed back. */
export function preflightHeaders(headers: Headers): Record<string, string> {
	const requested = headers.get('access-control-request-headers');
	return {
		...CORS_HEADERS,
		'access-control-allow-methods': 'GET,POST,PATCH,DELETE,OPTIONS',
		'access-control-allow-headers': requested ? requested : ALLOWED_HEADERS,
		'access-control-max-age': '600',
	};
}
