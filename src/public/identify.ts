import { profileBody } from '../protocol/jsonapi.js';
import { objectAt, toProfile } from '../protocol/legacy.js';
import type { Client } from './client-state.js';
import { customerOf, remember } from './identity.js';
import { enqueue } from './outbox/queue.js';
import { type PublicCallOptions, toRequest } from './requests.js';

/** node-klaviyo's `identify` options. */
export interface IdentifyOptions extends PublicCallOptions {
	email?: string;
	/** Your own ID for the shopper (Klaviyo's `external_id`). */
	id?: string | number;
	/** Profile properties: `$first_name`, `$city`… become attributes, other keys custom properties. */
	properties?: Record<string, unknown>;
	/** Accepted for compatibility; Klaviyo's current API has no test mode. */
	isTest?: boolean;
}

/**
 * Creates or updates the shopper's profile and remembers who they are for later calls.
 * Same promise semantics as `track`.
 */
export function identify(client: Client, options: IdentifyOptions): Promise<0 | 1> {
	options ??= {};
	const given = objectAt(options.properties, 'properties');
	const legacy = customerOf(client, options.email, options.id, given);
	const attributes = toProfile(legacy);
	remember(client, attributes);
	const relayed = { properties: legacy };
	return enqueue(
		client,
		toRequest(client, 'profiles', profileBody(attributes), 'identify', relayed, options),
	);
}
