/**
 * What travels between the page and the optional first-party relay (adapters/relay.ts): the page
 * encodes node-klaviyo's legacy `data` object, the relay decodes it into the `/client/*` request it
 * stands for. Both directions live here, checked by the same rules as every other path.
 *
 * Relay paths, relative to the client's `endpoint`: `/track`, `/identify`, `/subscribe`.
 * Each carries the `data` object: as `?data=<base64 of UTF-8 JSON>` on a GET (and on a
 * `sendBeacon` POST without body), or as the form field `data=<JSON>` in a POST body.
 */
import { encodeUtf8 } from '../core/utf8.js';
import { eventBody, type ProfileAttributes, profileBody, subscriptionBody } from './jsonapi.js';
import { objectAt, toEventAttributes, toProfile, toSubscriber } from './legacy.js';

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

export type Route = 'track' | 'identify' | 'subscribe';

export interface ClientRequest {
	path: '/client/events' | '/client/profiles' | '/client/subscriptions';
	body: unknown;
	/** The profile's attributes inside `body`, for a sender that knows more (the relay: the client IP). */
	profile: ProfileAttributes;
}

/**
 * node-klaviyo's Track / Identify payloads (and this SDK's Subscribe) to their `/client/*` request,
 * through the same translation as the clients' calls: the same input gets the same refusal,
 * its field named as in the call (`timestamp` for the wire's `time`, `customerProperties.…`).
 */
export function toClientRequest(route: Route, data: Record<string, unknown>): ClientRequest {
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
			path: '/client/events',
			body: eventBody(attributes),
			profile: attributes.profile.data.attributes,
		};
	}
	const properties = objectAt(data.properties, 'properties');
	if (route === 'identify') {
		const profile = toProfile(properties);
		return { path: '/client/profiles', body: profileBody(profile), profile };
	}
	const { list_id, custom_source } = data;
	const profile = toSubscriber(list_id, properties, custom_source);
	const body = subscriptionBody(list_id as string, profile, custom_source as string | undefined);
	return { path: '/client/subscriptions', body, profile: body.data.attributes.profile.data.attributes };
}
