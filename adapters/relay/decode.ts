/**
 * Reads what the public client (or any node-klaviyo-style caller) sent to the relay and turns it
 * into the `/client/*` request it stands for. Every rule broken becomes a `KlaviyoValidationError`
 * whose message is safe to show back (it never repeats a token).
 */
import { KlaviyoValidationError } from '../../src/core/errors.js';
import type { ProfileAttributes } from '../../src/core/jsonapi.js';
import { toEventAttributes, toProfileAttributes } from '../../src/core/legacy.js';
import { eventBody, profileBody, subscriptionBody } from '../../src/public/wire.js';

/** Larger `data` is refused (the page's own keepalive budget is 64 KB); a form body may be 3× that, URL-encoded. */
export const MAX_DATA_CHARS = 128 * 1024;
const MAX_BODY_CHARS = 3 * MAX_DATA_CHARS;

export type Route = 'track' | 'identify' | 'subscribe';

export interface ClientRequest {
	/** `/client/events`, `/client/profiles` or `/client/subscriptions`. */
	path: string;
	body: unknown;
}

/**
 * The legacy `data` of a request: `?data=` on a GET (or on a `sendBeacon` POST without body),
 * else the POST body, either a form (`data=<JSON or base64>`, form or text/plain) or the bare JSON.
 */
export async function readData(request: Request): Promise<Record<string, unknown>> {
	let raw = new URL(request.url).searchParams.get('data');
	if (raw === null && request.method === 'POST') {
		if (Number(request.headers.get('content-length')) > MAX_BODY_CHARS) throw tooLarge();
		// Decoded by hand: workerd warns when .text() reads a form body.
		const text = new TextDecoder().decode(await request.arrayBuffer());
		if (text.length > MAX_BODY_CHARS) throw tooLarge();
		raw = /^\s*[{[]/.test(text) ? text : new URLSearchParams(text).get('data');
	}
	if (!raw) throw invalid('`data` was not provided', 'data');
	if (raw.length > MAX_DATA_CHARS) throw tooLarge();
	let data: unknown;
	try {
		data = JSON.parse(/^\s*[{[]/.test(raw) ? raw : fromBase64(raw));
	} catch {
		throw invalid('`data` is neither JSON nor base64-encoded JSON', 'data');
	}
	if (!isObject(data)) throw invalid('`data` must be a JSON object', 'data');
	return data;
}

/** node-klaviyo's Track / Identify payloads (and this SDK's Subscribe) to their `/client/*` request. */
export function toClientRequest(route: Route, data: Record<string, unknown>): ClientRequest {
	if (route === 'track') {
		const { event, properties, customer_properties, time, ip } = data;
		const customerProperties = objectOrEmpty(customer_properties, 'customer_properties');
		if (!event || typeof event !== 'string') throw invalid('Event name was not provided.', 'event');
		if (time != null && typeof time !== 'number') throw invalid('`time` must be unix seconds', 'time');
		if (ip != null && typeof ip !== 'string') throw invalid('`ip` must be a string', 'ip');
		// node-klaviyo put the caller's email and id in customer_properties, under the bare keys
		// `email` and `id`, which the legacy translation reads like `$email` and `$id`.
		const attributes = toEventAttributes({
			event,
			properties: objectOrEmpty(properties, 'properties'),
			customerProperties,
			timestamp: time as number | undefined,
			ipAddress: ip as string | undefined,
		});
		requireIdentifier(attributes.profile.data.attributes);
		return { path: '/client/events', body: eventBody(attributes) };
	}
	const attributes = toProfileAttributes(objectOrEmpty(data.properties, 'properties'));
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

function requireIdentifier(profile: ProfileAttributes): void {
	if (
		!(profile.email || profile.external_id || profile.phone_number || profile._kx || profile.anonymous_id)
	) {
		throw invalid('You must identify a user by email or ID.', 'customer_properties');
	}
}

/** Standard or URL-safe base64 of UTF-8 (a `+` turned into a space by lax URL encoding is forgiven). */
function fromBase64(text: string): string {
	const binary = atob(text.replace(/ /g, '+').trim().replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(
		Uint8Array.from(binary, (char) => char.charCodeAt(0)),
	);
}

function objectOrEmpty(value: unknown, field: string): Record<string, unknown> {
	if (value == null) return {};
	if (!isObject(value)) throw invalid(`\`${field}\` must be an object`, field);
	return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const tooLarge = () => invalid(`\`data\` is larger than ${MAX_DATA_CHARS} characters`, 'data');

function invalid(message: string, field: string): KlaviyoValidationError {
	return new KlaviyoValidationError(message, field, message);
}
