import { invalid, type KlaviyoValidationError } from '../core/errors.js';
import { checkProfile } from '../protocol/identifiers.js';
import type { Client } from './client-state.js';
import { sendNow } from './direct.js';

/** How Klaviyo may tell the shopper the item is back (the spec's channel enum). */
export type BackInStockChannel = 'EMAIL' | 'SMS' | 'PUSH' | 'WHATSAPP';

export interface BackInStockOptions {
	/**
	 * The catalog variant, as Klaviyo names it: `integrationType:::catalogId:::externalId`, e.g.
	 * `$shopify:::$default:::33001893429341` (`$custom:::$default:::SKU-1` for a custom catalog).
	 */
	variantId: string;
	email?: string;
	/** E.164, e.g. `+15005550006`. */
	phone?: string;
	/** Your own ID for the shopper (Klaviyo's `external_id`). */
	externalId?: string;
	/** Default: `['EMAIL']` with an email, `['SMS']` with a phone only. */
	channels?: BackInStockChannel[];
}

const CHANNELS = ['EMAIL', 'SMS', 'PUSH', 'WHATSAPP'];

/**
 * Asks Klaviyo to tell the shopper when a variant is back in stock (`POST
 * /client/back-in-stock-subscriptions`). Bad input throws a `KlaviyoValidationError` before any
 * request; the promise resolves once Klaviyo accepted the request and rejects with its typed error.
 * Sent at once (not queued), never through the relay; refused while consent is pending.
 */
export function subscribeBackInStock(client: Client, options: BackInStockOptions): Promise<void> {
	const { variantId, email, phone, externalId } = options ?? {};
	if (!variantId || typeof variantId !== 'string') throw invalid('variantId', 'must be a catalog variant id');
	const profile = { email, phone_number: phone, external_id: externalId };
	if (!email && !phone) throw invalid('email', 'You must provide an email or phone number.');
	try {
		checkProfile(profile, 'profile');
	} catch (error) {
		// The option is `phone`, the attribute `phone_number`: the refusal names what the caller wrote.
		throw (error as KlaviyoValidationError).field === 'phone_number'
			? invalid('phone', 'must be E.164')
			: error;
	}
	const channels = options.channels ?? [email ? 'EMAIL' : 'SMS'];
	if (
		!Array.isArray(channels) ||
		!channels.length ||
		!channels.every((channel) => CHANNELS.includes(channel))
	) {
		throw invalid('channels', `must be a non-empty list of ${CHANNELS.join(', ')}`);
	}
	// A channel the shopper gave no address for would never reach them.
	if (channels.includes('EMAIL') && !email) throw invalid('email', 'is needed for the EMAIL channel');
	if ((channels.includes('SMS') || channels.includes('WHATSAPP')) && !phone) {
		throw invalid('phone', 'is needed for the SMS and WHATSAPP channels');
	}
	const body = {
		data: {
			type: 'back-in-stock-subscription',
			attributes: {
				channels: [...new Set(channels)],
				profile: { data: { type: 'profile', attributes: profile } },
			},
			relationships: { variant: { data: { type: 'catalog-variant', id: variantId } } },
		},
	};
	// Asking twice is harmless: a retry after a lost answer is safe.
	return sendNow(client, 'back-in-stock-subscriptions', { body, idempotent: true }).then(() => {});
}
