import { KlaviyoValidationError } from '../core/errors.js';
import { toProfileAttributes } from '../core/legacy.js';
import type { Client } from './client.js';
import { remember } from './identity.js';
import { enqueue } from './queue.js';
import { toClientApi, toRelay } from './requests.js';
import { subscriptionBody } from './wire.js';

export interface SubscribeOptions {
	/** The list to join (its double opt-in setting applies). */
	listId: string;
	email?: string;
	/** E.164, e.g. `+15005550006`; subscribes SMS marketing too. */
	phoneNumber?: string;
	/** Profile properties, as for `identify`. */
	properties?: Record<string, unknown>;
	/** Stored on the consent record, e.g. `Footer signup form`. */
	customSource?: string;
	/** Relay only: send a form POST instead of a GET beacon. */
	post?: boolean;
	headers?: Record<string, string>;
}

/**
 * Records marketing consent (`POST /client/subscriptions`) for the given email and/or phone and
 * adds the shopper to the list. Consent is never inferred: the email or phone must be passed here.
 */
export function subscribe(client: Client, options: SubscribeOptions): Promise<0 | 1> {
	const { listId, email, phoneNumber, properties, customSource, post, headers } = options ?? {};
	if (!listId || typeof listId !== 'string') {
		throw new KlaviyoValidationError('List ID was not provided.', 'listId', 'required');
	}
	const legacy = { ...properties, email, phone_number: phoneNumber };
	const attributes = toProfileAttributes(legacy);
	if (!attributes.email && !attributes.phone_number) {
		throw new KlaviyoValidationError(
			'You must provide an email or phone number to subscribe.',
			'email',
			'required',
		);
	}
	remember(client, attributes);
	return client.options.endpoint
		? enqueue(
				client,
				toRelay(
					client,
					'subscribe',
					{ list_id: listId, properties: legacy, custom_source: customSource },
					post,
					headers,
				),
			)
		: enqueue(
				client,
				toClientApi(client, 'subscriptions', subscriptionBody(listId, attributes, customSource), headers),
			);
}
