import { eventBody } from '../protocol/jsonapi.js';
import { type LegacyEvent, objectAt, toEventAttributes } from '../protocol/legacy.js';
import type { LegacyTrackData } from '../protocol/wire.js';
import type { Client } from './client-state.js';
import { customerOf } from './identity.js';
import { enqueue } from './outbox/queue.js';
import { type PublicCallOptions, toRequest } from './requests.js';

/** node-klaviyo's `track` options. */
export interface TrackOptions extends LegacyEvent, PublicCallOptions {
	/** Accepted for compatibility; Klaviyo's current API has no test mode. */
	isTest?: boolean;
}

/**
 * Records an event. Validation errors throw right away, before anything is queued; the promise
 * resolves `1` once Klaviyo accepted the event (`0` when the shopper opted out) and rejects with
 * the typed error when it was refused. A call that names nobody uses the remembered shopper.
 */
export function track(client: Client, options: TrackOptions): Promise<0 | 1> {
	options ??= {} as TrackOptions;
	const { event, properties } = options;
	const given = objectAt(options.customerProperties, 'customerProperties');
	const customer = customerOf(client, options.email, options.id, given);
	const attributes = toEventAttributes({ ...options, customerProperties: customer });
	const relayed: LegacyTrackData = {
		event,
		// The SDK's unique_id rides along as node-klaviyo's $event_id, so a relayed retry is deduplicated too.
		properties: { ...properties, $event_id: attributes.unique_id },
		customer_properties: customer,
		time: Date.parse(attributes.time!) / 1000,
		ip: options.ipAddress,
	};
	return enqueue(client, toRequest(client, 'events', eventBody(attributes), 'track', relayed, options));
}

/**
 * Records an event only the first time for this shopper and event name (node-klaviyo's
 * `__track_once__`), through a `unique_id` that is the same for every call with this name.
 */
export const trackOnce = (client: Client, options: TrackOptions): Promise<0 | 1> =>
	track(client, {
		...options,
		properties: { ...options?.properties, $event_id: `__track_once__:${options?.event}` },
	});
