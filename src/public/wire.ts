/**
 * What travels between the page, the optional first-party relay (adapters/relay.ts) and
 * Klaviyo's `/client/*` endpoints. Both sides import these, so the formats live in one place.
 *
 * Relay paths, relative to the client's `endpoint`: `/track`, `/identify`, `/subscribe`.
 * Each carries node-klaviyo's legacy `data` object: as `?data=<base64 of UTF-8 JSON>` on a GET
 * (and on a `sendBeacon` POST without body), or as the form field `data=<JSON>` in a POST body.
 */
import type { EventAttributes, ProfileAttributes } from '../core/jsonapi.js';

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

export const eventBody = (attributes: EventAttributes) => ({ data: { type: 'event', attributes } });

export const profileBody = (attributes: ProfileAttributes) => ({ data: { type: 'profile', attributes } });

/** `/client/subscriptions`. Without a `subscriptions` object Klaviyo subscribes every given channel to marketing. */
export function subscriptionBody(listId: string, attributes: ProfileAttributes, customSource?: string) {
	const { anonymous_id, ...profile } = attributes; // the subscription profile has no anonymous_id
	return {
		data: {
			type: 'subscription',
			attributes: {
				custom_source: customSource,
				profile: { data: { type: 'profile', attributes: profile } },
			},
			relationships: { list: { data: { type: 'list', id: listId } } },
		},
	};
}

/** Standard base64 of the UTF-8 JSON, as node-klaviyo's GET mode sent it (callers URL-encode it). */
export const toBase64Json = (value: unknown) =>
	btoa(
		Array.from(new TextEncoder().encode(JSON.stringify(value)), (byte) => String.fromCharCode(byte)).join(''),
	);
