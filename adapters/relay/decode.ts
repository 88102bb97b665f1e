/**
 * Reads what the public client (or any node-klaviyo-style sender) sent to the relay and turns it
 * into the `/client/*` request it stands for. A transport the relay will not read becomes a
 * `Refusal` (413, 415…); every rule the data breaks becomes a `KlaviyoValidationError` whose
 * message is safe to show back (it never repeats a token).
 */
import { KlaviyoValidationError } from '../../src/core/errors.js';
import type { ProfileAttributes } from '../../src/core/jsonapi.js';
import { toEventAttributes, toProfileAttributes } from '../../src/core/legacy.js';
import { eventBody, profileBody, subscriptionBody } from '../../src/public/wire.js';
import { Refusal } from './answers.js';
import { readBounded } from './body.js';

/** Larger `data` is refused (the page's own keepalive budget is 64 KB); a form body may be 3× that, URL-encoded. */
export const MAX_DATA_CHARS = 128 * 1024;
export const MAX_BODY_BYTES = 3 * MAX_DATA_CHARS;
/** Deeper JSON is refused before it is parsed: nothing Klaviyo stores nests this far. */
export const MAX_JSON_DEPTH = 32;

export type Route = 'track' | 'identify' | 'subscribe';

export interface ClientRequest {
	/** `/client/events`, `/client/profiles` or `/client/subscriptions`. */
	path: '/client/events' | '/client/profiles' | '/client/subscriptions';
	body: unknown;
}

/** What the relay knows about the sender, beyond the data itself. */
export interface SenderContext {
	/** The shopper's IP from a trusted source; used as the profile's `location.ip` unless the data has one. */
	ip?: string;
}

/** Body types a legacy sender, a form or `sendBeacon` may use; anything else is refused (415). */
const BODY_TYPES = /^(application\/x-www-form-urlencoded|text\/plain|application\/json)$/;

/**
 * The legacy `data` of a request: `?data=` on a GET (or on a `sendBeacon` POST without body),
 * else the POST body, either a form (`data=<JSON or base64>`, form or text/plain) or the bare JSON.
 */
export async function readData(
	request: Request,
	url: URL,
	bodyTimeout: number,
): Promise<Record<string, unknown>> {
	const inQuery = url.searchParams.getAll('data');
	if (inQuery.length > 1) throw invalid('`data` was given more than once', 'data');
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
		if (bytes.byteLength && raw === null) raw = formOrJson(utf8(bytes, 'body'));
	}
	if (!raw) throw invalid('`data` was not provided', 'data');
	if (raw.length > MAX_DATA_CHARS)
		throw invalid(`\`data\` is larger than ${MAX_DATA_CHARS} characters`, 'data');
	const json = /^\s*[{[]/.test(raw) ? raw : fromBase64(raw);
	if (nestingDepth(json) > MAX_JSON_DEPTH) {
		throw invalid(`\`data\` nests deeper than ${MAX_JSON_DEPTH} levels`, 'data');
	}
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		throw notJson();
	}
	if (!isObject(data)) throw invalid('`data` must be a JSON object', 'data');
	return data;
}

/** node-klaviyo's Track / Identify payloads (and this SDK's Subscribe) to their `/client/*` request. */
export function toClientRequest(
	route: Route,
	data: Record<string, unknown>,
	sender: SenderContext = {},
): ClientRequest {
	if (route === 'track') {
		const { event, customer_properties, time, ip } = data;
		const properties = objectOrEmpty(data.properties, 'properties');
		const customerProperties = objectOrEmpty(customer_properties, 'customer_properties');
		if (!event || typeof event !== 'string') throw invalid('Event name was not provided.', 'event');
		if (time != null && typeof time !== 'number') throw invalid('`time` must be unix seconds', 'time');
		if (ip != null && typeof ip !== 'string') throw invalid('`ip` must be a string', 'ip');
		// `__track_once__` meant "only the first time for this person": a unique_id that is the same
		// for every such call with this event name gives exactly that (Klaviyo dedupes per profile
		// and metric), and is the one the public client's trackOnce uses.
		const once = properties.__track_once__ === true || properties.__track_once__ === 'true';
		// node-klaviyo put the caller's email and id in customer_properties, under the bare keys
		// `email` and `id`, which the legacy translation reads like `$email` and `$id`.
		const attributes = toEventAttributes({
			event,
			properties: once ? { ...properties, $event_id: `__track_once__:${event}` } : properties,
			customerProperties,
			timestamp: time as number | undefined,
			ipAddress: ip as string | undefined,
		});
		requireIdentifier(attributes.profile.data.attributes);
		withSenderIp(attributes.profile.data.attributes, sender.ip);
		return { path: '/client/events', body: eventBody(attributes) };
	}
	const attributes = toProfileAttributes(objectOrEmpty(data.properties, 'properties'));
	withSenderIp(attributes, sender.ip);
	if (route === 'identify') {
		requireIdentifier(attributes);
		return { path: '/client/profiles', body: profileBody(attributes) };
	}
	const { list_id, custom_source } = data;
	if (!list_id || typeof list_id !== 'string') throw invalid('List ID was not provided.', 'list_id');
	if (custom_source != null && typeof custom_source !== 'string') {
		throw invalid('`custom_source` must be a string', 'custom_source');
	}
	if (!attributes.email && !attributes.phone_number) {
		throw invalid('You must provide an email or phone number to subscribe.', 'properties.$email');
	}
	return {
		path: '/client/subscriptions',
		body: subscriptionBody(list_id, attributes, custom_source as string | undefined),
	};
}

/** The sender's IP as `location.ip`, unless the data named one (the page knows better, e.g. a server sender). */
function withSenderIp(profile: ProfileAttributes, ip: string | undefined): void {
	if (!ip) return;
	const location = (profile.location ?? {}) as Record<string, unknown>;
	if (location.ip != null && location.ip !== '') return;
	profile.location = { ...location, ip } as ProfileAttributes['location'];
}

function requireIdentifier(profile: ProfileAttributes): void {
	if (
		!(profile.email || profile.external_id || profile.phone_number || profile._kx || profile.anonymous_id)
	) {
		throw invalid('You must identify a user by email or ID.', 'customer_properties');
	}
}

/** A form body's `data` field, or the body itself when it is bare JSON. */
const formOrJson = (text: string) => (/^\s*[{[]/.test(text) ? text : new URLSearchParams(text).get('data'));

/**
 * How deep `[` and `{` nest in a JSON text, counted without parsing it (strings skipped), so a
 * hostile 100 000-level document costs one pass and never reaches `JSON.parse` or `JSON.stringify`.
 */
export function nestingDepth(json: string): number {
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
	return utf8(
		Uint8Array.from(binary, (char) => char.charCodeAt(0)),
		'data',
	);
}

function utf8(bytes: Uint8Array, what: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw invalid(`The ${what} is not valid UTF-8`, 'data');
	}
}

function objectOrEmpty(value: unknown, field: string): Record<string, unknown> {
	if (value == null) return {};
	if (!isObject(value)) throw invalid(`\`${field}\` must be an object`, field);
	return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const notJson = () => invalid('`data` is neither JSON nor base64-encoded JSON', 'data');

function invalid(message: string, field: string): KlaviyoValidationError {
	return new KlaviyoValidationError(message, field, message);
}
