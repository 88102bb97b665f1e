import { invalid, KlaviyoValidationError } from '../core/errors.js';
import { type LegacyEvent, toEventAttributes } from '../core/legacy.js';
import { customerOf, requireIdentity } from './identity.js';
import { enqueue } from './outbox/queue.js';
import { type CallOptions, toRequest } from './requests.js';
import type { Client } from './state.js';
import { eventBody, type LegacyTrackData } from './wire.js';

/** node-klaviyo's `track` options. */
export interface TrackOptions extends LegacyEvent, CallOptions {
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
	const customer = customerOf(client, options.email, options.id, options.customerProperties);
	const attributes = toEventAttributes({ ...options, customerProperties: customer });
	requireIdentity(attributes.profile.data.attributes);
	if (!event || typeof event !== 'string') {
		throw new KlaviyoValidationError('Event name was not provided.', 'event', 'required');
	}
	if (event.length >= 128) throw invalid('event', 'must be less than 128 characters');
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
