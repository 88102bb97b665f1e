/**
 * Reads what the public client (or any node-klaviyo-style sender) sent to the relay and turns it
 * into the `/client/*` request it stands for, through the protocol layer (src/protocol/wire.ts)
 * that the clients use too: the relay refuses exactly what they refuse. A transport the relay
 * will not read becomes a `Refusal` (413, 415…); every rule the data breaks becomes a
 * `KlaviyoValidationError` whose message is safe to show back (it never repeats a token).
 */
import { invalid, invalidWith } from '../../src/core/errors.js';
import { isPrivateKey } from '../../src/core/options.js';
import { decodeUtf8 } from '../../src/core/utf8.js';
import type { ProfileAttributes } from '../../src/protocol/jsonapi.js';
import { asksTrackOnce, trackOnceId } from '../../src/protocol/legacy.js';
import { isObject } from '../../src/protocol/values.js';
import { type ClientRequest, type Route, toBulkRequest, toClientRequest } from '../../src/protocol/wire.js';
import { Refusal } from './answers.js';
import { readBounded } from './body.js';

/** Larger `data` is refused (the page's own keepalive budget is 64 KB); a form body may be 3× that, URL-encoded. */
export const MAX_DATA_CHARS = 128 * 1024;
export const MAX_BODY_BYTES = 3 * MAX_DATA_CHARS;
/** Deeper JSON is refused before it is parsed: nothing Klaviyo stores nests this far. */
export const MAX_JSON_DEPTH = 32;

export type { ClientRequest, Route };

/** What the relay knows about the sender, beyond the data itself. */
export interface SenderContext {
	/** The relay's public key: a `token` in the data must be it. */
	publicKey: string;
	/** The shopper's IP from a trusted source; used as the profile's `location.ip` unless the data has one. */
	ip?: string;
}

/** Body types a legacy sender, a form or `sendBeacon` may use; anything else is refused (415). */
const BODY_TYPES = /^(application\/x-www-form-urlencoded|text\/plain|application\/json)$/;

/**
 * The legacy `data` of a request: `?data=` on a GET (or on a `sendBeacon` POST without body),
 * else the POST body, either a form (`data=<JSON or base64>`, form or text/plain) or the bare JSON.
 */
export async function readData(request: Request, url: URL, bodyTimeout: number): Promise<unknown> {
	const inQuery = url.searchParams.getAll('data');
	if (inQuery.length > 1) {
		throw invalidWith('data', 'The `data` parameter was given more than once', {
			got: `${inQuery.length} times`,
		});
	}
	let raw: string | null = inQuery[0] ?? null;
	if (request.method === 'POST') {
		const encoding = request.headers.get('content-encoding');
		if (encoding && encoding.toLowerCase() !== 'identity') {
			throw new Refusal(415, 'Compressed request bodies are not accepted');
		}
		const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
		if (type && !BODY_TYPES.test(type)) {
			throw new Refusal(415, 'Send a form, text/plain or JSON body');
		}
		// Decoded by hand: workerd warns when .text() reads a form body.
		const bytes = await readBounded(request, MAX_BODY_BYTES, bodyTimeout);
		if (bytes.byteLength && raw === null) raw = formOrJson(utf8Text(bytes, 'body'));
	}
	if (!raw) throw invalid('data', 'The `data` was not provided');
	if (raw.length > MAX_DATA_CHARS) {
		throw invalidWith('data', `The \`data\` is larger than ${MAX_DATA_CHARS} characters`, { value: raw });
	}
	const json = looksLikeJson(raw) ? raw : fromBase64(raw);
	if (nestingDepth(json) > MAX_JSON_DEPTH) {
		throw invalid('data', `The \`data\` nests deeper than ${MAX_JSON_DEPTH} levels`);
	}
	try {
		return JSON.parse(json);
	} catch {
		throw notJson();
	}
}

/**
 * node-klaviyo's Track / Identify payloads (and this SDK's Subscribe and Track bulk) to their
 * `/client/*` request, by the protocol layer's rules; the relay adds what only it knows: its own
 * public key (a `token` must be it) and the sender's trusted IP. A bulk's payloads are each taken
 * as a `/track`'s (src/protocol/wire.ts names the refused ones by position).
 */
export function toRelayedRequest(route: Route, data: unknown, sender: SenderContext): ClientRequest {
	if (route === 'track-bulk')
		return toBulkRequest(data, (payload) => toRelayedRequest('track', payload, sender));
	if (!isObject(data)) throw invalidWith('data', 'The `data` must be a JSON object', { value: data });
	checkToken(data.token, sender.publicKey);
	const { event, properties } = data;
	// A legacy sender's `__track_once__` becomes the unique_id the public client's trackOnce sends.
	const once = route === 'track' && asksTrackOnce(properties);
	const request = toClientRequest(
		route,
		once ? { ...data, properties: { ...(properties as object), $event_id: trackOnceId(event) } } : data,
	);
	withSenderIp(request.profile, sender.ip);
	return request;
}

/** The page holds only the public key: a private key here is a leak in the making, never forwarded. */
function checkToken(token: unknown, publicKey: string): void {
	if (token == null) return;
	if (typeof token === 'string' && isPrivateKey(token)) {
		// Summarised, never echoed: the answer goes back to whoever sent the key.
		throw invalidWith('token', 'must be the public key (site ID), never a private API key (pk_…)', {
			value: token,
		});
	}
	if (token !== publicKey) throw invalid('token', "The `token` does not match this relay's public key");
}

/** The sender's IP as `location.ip`, unless the data named one (the page knows better, e.g. a server sender). */
function withSenderIp(profile: ProfileAttributes, ip: string | undefined): void {
	if (!ip) return;
	const location = (profile.location ?? {}) as Record<string, unknown>;
	if (location.ip != null && location.ip !== '') return;
	profile.location = { ...location, ip } as ProfileAttributes['location'];
}

/** A form body's `data` field, or the body itself when it is bare JSON. */
const formOrJson = (text: string) => (looksLikeJson(text) ? text : new URLSearchParams(text).get('data'));

/** Bare JSON (an object or an array), as opposed to a form or base64. */
const looksLikeJson = (text: string) => /^\s*[{[]/.test(text);

/**
 * How deep `[` and `{` nest in a JSON text, counted without parsing it (strings skipped), so a
 * hostile 100 000-level document costs one pass and never reaches `JSON.parse` or `JSON.stringify`.
 */
function nestingDepth(json: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < json.length; i++) {
		const char = json.charCodeAt(i);
		if (inString) {
			if (char === 92 /* \ */) i++;
			else if (char === 34 /* " */) inString = false;
		} else if (char === 34) inString = true;
		else if (char === 123 /* { */ || char === 91 /* [ */) deepest = Math.max(deepest, ++depth);
		else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
	}
	return deepest;
}

/** Standard or URL-safe base64 of UTF-8 (a `+` turned into a space by lax URL encoding is forgiven). */
function fromBase64(text: string): string {
	let binary: string;
	try {
		binary = atob(text.replace(/ /g, '+').trim().replace(/-/g, '+').replace(/_/g, '/'));
	} catch {
		throw notJson();
	}
	return utf8Text(
		Uint8Array.from(binary, (char) => char.charCodeAt(0)),
		'data',
	);
}

/** The sender's bytes as text, refused when they are not UTF-8. */
function utf8Text(bytes: Uint8Array, what: string): string {
	try {
		return decodeUtf8(bytes);
	} catch {
		throw invalid('data', `The ${what} is not valid UTF-8`);
	}
}

const notJson = () => invalid('data', 'The `data` is neither JSON nor base64-encoded JSON');
