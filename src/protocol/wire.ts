/**
 * What travels between the page and the optional first-party relay (adapters/relay.ts): the page
 * encodes node-klaviyo's legacy `data` object, the relay decodes it into the `/client/*` request it
 * stands for. Both directions live here, checked by the same rules as every other path.
 *
 * Relay paths, relative to the client's `endpoint`: `/track`, `/identify`, `/subscribe`, and
 * `/track-bulk`. Each carries its `data`: as `?data=<base64 of UTF-8 JSON>` on a GET (and on a
 * `sendBeacon` POST without body), as the form field `data=<JSON>` in a POST body, or as the bare
 * JSON body. `/track`'s `data` is one node-klaviyo Track payload; `/track-bulk`'s is an array of
 * 1 to 1,000 of them, all of one shopper, sent on as one `/client/event-bulk-create`.
 */
import { invalid, KlaviyoValidationError } from '../core/errors.js';
import { decodeUtf8, encodeUtf8 } from '../core/utf8.js';
import {
	type EventCreateBody,
	eventBody,
	eventBulkBody,
	type ProfileAttributes,
	profileBody,
	subscriptionBody,
} from './jsonapi.js';
import { objectAt, toEventAttributes, toProfile, toSubscriber } from './legacy.js';
import { isObject, isPlainObject } from './values.js';

/** `/track`: node-klaviyo's Track API payload. `properties.$event_id` carries the `unique_id`. */
export interface LegacyTrackData {
	token?: string;
	event: string;
	properties?: Record<string, unknown>;
	customer_properties?: Record<string, unknown>;
	/** Unix seconds. */
	time?: number;
	ip?: string;
}

/** `/identify`: node-klaviyo's Identify API payload. */
export interface LegacyIdentifyData {
	token?: string;
	properties: Record<string, unknown>;
}

/** `/subscribe`: an identify payload plus the list to join (this SDK's own addition). */
export interface LegacySubscribeData extends LegacyIdentifyData {
	list_id: string;
	custom_source?: string;
}

/** Standard base64 of the UTF-8 JSON, as node-klaviyo's GET mode sent it (callers URL-encode it). */
export const toBase64Json = (value: unknown) =>
	btoa(Array.from(encodeUtf8(JSON.stringify(value)), (byte) => String.fromCharCode(byte)).join(''));

/** `toBase64Json`'s value read back (standard or URL-safe base64); throws on anything else. */
export const fromBase64Json = (text: string): unknown =>
	JSON.parse(
		decodeUtf8(
			Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)),
		),
	);

export type Route = 'track' | 'identify' | 'subscribe' | 'track-bulk';

/** The `/client/*` endpoint each relay route stands for. */
export const ROUTE_PATHS = {
	track: '/client/events',
	identify: '/client/profiles',
	subscribe: '/client/subscriptions',
	'track-bulk': '/client/event-bulk-create',
} as const satisfies Record<Route, string>;

/** Klaviyo's limit per `/client/event-bulk-create` request, hence per `/track-bulk`. */
export const MAX_BULK_EVENTS = 1000;

export interface ClientRequest {
	path: (typeof ROUTE_PATHS)[Route];
	body: unknown;
	/** The profile's attributes inside `body`, for a sender that knows more (the relay: the client IP). */
	profile: ProfileAttributes;
}

/**
 * node-klaviyo's Track / Identify payloads (and this SDK's Subscribe) to their `/client/*` request,
 * through the same translation as the clients' calls: the same input gets the same refusal,
 * its field named as in the call (`timestamp` for the wire's `time`, `customerProperties.…`).
 */
export function toClientRequest(
	route: Exclude<Route, 'track-bulk'>,
	data: Record<string, unknown>,
): ClientRequest {
	if (route === 'track') {
		const { event, properties, customer_properties, time, ip } = data;
		const attributes = toEventAttributes({
			event: event as string,
			properties: objectAt(properties, 'properties'),
			// node-klaviyo put the caller's email and id here, under the bare keys `email` and `id`.
			customerProperties: objectAt(customer_properties, 'customerProperties'),
			timestamp: time as number,
			ipAddress: ip as string,
		});
		return {
			path: ROUTE_PATHS.track,
			body: eventBody(attributes),
			profile: attributes.profile.data.attributes,
		};
	}
	const properties = objectAt(data.properties, 'properties');
	if (route === 'identify') {
		const profile = toProfile(properties);
		return { path: ROUTE_PATHS.identify, body: profileBody(profile), profile };
	}
	const { list_id, custom_source } = data;
	const profile = toSubscriber(list_id, properties, custom_source);
	const body = subscriptionBody(list_id as string, profile, custom_source as string | undefined);
	return { path: ROUTE_PATHS.subscribe, body, profile: body.data.attributes.profile.data.attributes };
}

/**
 * `/track-bulk`: 1 to 1,000 Track payloads of one shopper to one `/client/event-bulk-create`. Each
 * payload is translated by `one` (default: as `/track` is) and so refused by the same rules; every
 * refused payload is named at once, its position before the field (`data.3.event`), in an
 * `AggregateError` of `KlaviyoValidationError`s. The bulk's own rules are Klaviyo's for one request:
 * one profile (the same customer properties and IP in every payload), no event repeated (the same
 * name and `$event_id`). A `data` that is not such an array is refused as a whole (`data`).
 */
export function toBulkRequest(
	data: unknown,
	one = (payload: Record<string, unknown>) => toClientRequest('track', payload),
): ClientRequest {
	if (!Array.isArray(data) || !data.length || data.length > MAX_BULK_EVENTS) {
		const rule = `must hold 1 to ${MAX_BULK_EVENTS} track payloads (Klaviyo takes 1,000 events per request)`;
		throw invalid('data', rule);
	}
	const refusals: KlaviyoValidationError[] = [];
	const events: EventCreateBody['data']['attributes'][] = [];
	const seen = new Map<string, number>();
	let shopper: string | undefined;
	let profile: ProfileAttributes | undefined;
	data.forEach((payload, index) => {
		try {
			if (!isObject(payload)) throw invalid('', 'must be a track payload (a JSON object)');
			const request = one(payload);
			const event = (request.body as EventCreateBody).data.attributes;
			const who = canonicalJson(event.profile);
			shopper ??= who;
			profile ??= request.profile;
			if (who !== shopper) {
				const rule = 'must name the same shopper as the other events (a bulk carries one profile)';
				throw invalid('customerProperties', rule);
			}
			const key = `${event.metric.data.attributes.name}|${event.unique_id}`;
			const twin = seen.get(key);
			if (twin !== undefined) {
				const rule = `must not repeat an event of the same name earlier in the bulk (data.${twin})`;
				throw invalid('properties.$event_id', rule);
			}
			seen.set(key, index);
			events.push(event);
		} catch (error) {
			if (!(error instanceof KlaviyoValidationError)) throw error;
			refusals.push(invalid(`data.${index}${error.field ? `.${error.field}` : ''}`, error.rule));
		}
	});
	if (refusals.length) {
		throw new AggregateError(refusals, `${refusals.length} of the ${data.length} events were refused`);
	}
	const body = eventBulkBody(
		events[0]!.profile,
		events.map(({ profile: _, ...event }) => event),
	);
	return { path: ROUTE_PATHS['track-bulk'], body, profile: profile! };
}

/** JSON with every object's keys in order: the same profile written in another order is the same. */
const canonicalJson = (value: unknown) =>
	JSON.stringify(value, (_key, inner) =>
		isPlainObject(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
			: inner,
	);
