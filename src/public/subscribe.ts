import { subscriptionBody } from '../protocol/jsonapi.js';
import { objectAt, toSubscriber } from '../protocol/legacy.js';
import type { LegacySubscribeData } from '../protocol/wire.js';
import type { Client } from './client-state.js';
import { remember } from './identity.js';
import { enqueue } from './outbox/queue.js';
import { type PublicCallOptions, toRequest } from './requests.js';

export interface SubscribeOptions extends PublicCallOptions {
	/** The list to join (its double opt-in setting applies). */
	listId: string;
	email?: string;
	/** E.164, e.g. `+15005550006`; subscribes SMS marketing too. */
	phoneNumber?: string;
	/** Profile properties, as for `identify`. */
	properties?: Record<string, unknown>;
	/** Stored on the consent record, e.g. `Footer signup form`. */
	customSource?: string;
}

/**
 * Records marketing consent (`POST /client/subscriptions`) for the given email and/or phone and
 * adds the shopper to the list. Consent is never inferred: the email or phone must be passed here.
 */
export function subscribe(client: Client, options: SubscribeOptions): Promise<0 | 1> {
	const { listId, email, phoneNumber, properties, customSource } = options ?? {};
	const legacy: Record<string, unknown> = { ...objectAt(properties, 'properties') };
	if (email) legacy.email = email;
	if (phoneNumber) legacy.phone_number = phoneNumber;
	const attributes = toSubscriber(listId, legacy, customSource);
	remember(client, attributes);
	const body = subscriptionBody(listId, attributes, customSource);
	const relayed: LegacySubscribeData = { list_id: listId, properties: legacy, custom_source: customSource };
	return enqueue(client, toRequest(client, 'subscriptions', body, 'subscribe', relayed, options));
}
