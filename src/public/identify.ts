import { toProfileAttributes } from '../core/legacy.js';
import type { Client } from './client.js';
import { knownAs, remember, requireIdentity } from './identity.js';
import { enqueue } from './queue.js';
import { toClientApi, toRelay } from './requests.js';
import { profileBody } from './wire.js';

/** node-klaviyo's `identify` options. */
export interface IdentifyOptions {
	email?: string;
	/** Your own ID for the shopper (Klaviyo's `external_id`). */
	id?: string | number;
	/** Profile properties: `$first_name`, `$city`… become attributes, other keys custom properties. */
	properties?: Record<string, unknown>;
	/** Accepted for compatibility; Klaviyo's current API has no test mode. */
	isTest?: boolean;
	/** Relay only: send a form POST instead of a GET beacon. */
	post?: boolean;
	headers?: Record<string, string>;
}

/**
 * Creates or updates the shopper's profile and remembers who they are for later calls.
 * Same promise semantics as `track`.
 */
export function identify(client: Client, options: IdentifyOptions): Promise<0 | 1> {
	const { email, id, properties, post, headers } = options ?? {};
	const legacy: Record<string, unknown> = { ...knownAs(client, email || id), ...properties };
	legacy.email = email || legacy.email;
	legacy.id = id;
	const attributes = toProfileAttributes(legacy);
	requireIdentity(attributes);
	remember(client, attributes);
	return client.options.endpoint
		? enqueue(client, toRelay(client, 'identify', { properties: legacy }, post, headers))
		: enqueue(client, toClientApi(client, 'profiles', profileBody(attributes), headers));
}
