import { KlaviyoValidationError } from '../core/errors.js';
import { type LegacyEvent, toEventAttributes } from '../core/legacy.js';
import type { Client } from './client.js';
import { knownAs, requireIdentity } from './identity.js';
import { enqueue } from './queue.js';
import { toClientApi, toRelay } from './requests.js';
import { eventBody, type LegacyTrackData } from './wire.js';

/** node-klaviyo's `track` options. */
export interface TrackOptions extends LegacyEvent {
	/** Accepted for compatibility; Klaviyo's current API has no test mode. */
	isTest?: boolean;
	/** Relay only: send a form POST instead of a GET beacon. */
	post?: boolean;
	/** Extra request headers (ignored by relay GET beacons, which send none). */
	headers?: Record<string, string>;
}

/**
 * Records an event. Validation errors throw right away, before anything is queued; the promise
 * resolves `1` once Klaviyo accepted the event (`0` when the shopper opted out) and rejects with
 * the typed error when it was refused. A call that names nobody uses the remembered shopper.
 */
export function track(client: Client, options: TrackOptions): Promise<0 | 1> {
	const { event, email, id, properties, ipAddress, post, headers } = options ?? {};
	const customer: Record<string, unknown> = {
		...knownAs(client, email || id),
		...options?.customerProperties,
	};
	customer.email = email || customer.email;
	customer.id = id;
	const attributes = toEventAttributes({
		...options,
		email: customer.email as string,
		customerProperties: customer,
	});
	requireIdentity(attributes.profile.data.attributes);
	if (!event || typeof event !== 'string') {
		throw new KlaviyoValidationError('Event name was not provided.', 'event', 'required');
	}
	if (event.length >= 128) {
		throw new KlaviyoValidationError('Event name must be less than 128 characters.', 'event', 'maxLength');
	}
	if (!client.options.endpoint)
		return enqueue(client, toClientApi(client, 'events', eventBody(attributes), headers));
	const data: LegacyTrackData = {
		event,
		// The SDK's unique_id rides along as node-klaviyo's $event_id, so a relayed retry is deduplicated too.
		properties: { ...properties, $event_id: attributes.unique_id },
		customer_properties: customer,
		time: Math.floor(Date.parse(attributes.time!) / 1000),
		ip: ipAddress,
	};
	return enqueue(client, toRelay(client, 'track', data, post, headers));
}

/**
 * Records an event only the first time for this shopper and event name (node-klaviyo's
 * `__track_once__`), through a `unique_id` that is the same for every call with this name.
 */
export function trackOnce(client: Client, options: TrackOptions): Promise<0 | 1> {
	return track(client, {
		...options,
		properties: { ...options?.properties, $event_id: `__track_once__:${options?.event}` },
	});
}
