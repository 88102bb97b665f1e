/**
 * POST /client/back-in-stock-subscriptions: the profile is created or updated as a client write
 * (identifiers checked like every client write), and the request recorded in
 * `store.backInStock`. Klaviyo needs the variant's catalog; here any variant ID of the documented
 * form `integrationType:::catalogId:::externalId` is accepted, anything else refused (400).
 */
import { bodyOf, type Handler } from '../context.js';
import { badRequest } from '../errors.js';
import { isoSeconds } from '../ids.js';
import type { ProfileAttributes } from '../model.js';
import { upsertProfile } from '../profile-writes.js';

interface BackInStockBody {
	data: {
		attributes: { channels: string[]; profile: { data: { attributes: ProfileAttributes } } };
		relationships: { variant: { data: { id: string } } };
	};
}

/** `$shopify:::$default:::33001893429341`, `$custom:::$default:::SKU-1`. */
const VARIANT_ID = /^[^:]+:::[^:]+:::.+$/;

export const createClientBackInStockSubscription: Handler = (context) => {
	const { attributes, relationships } = bodyOf<BackInStockBody>(context).data;
	const variantId = relationships.variant.data.id;
	if (!VARIANT_ID.test(variantId)) {
		throw badRequest(
			`'${variantId}' is not a catalog variant ID (integrationType:::catalogId:::externalId).`,
			{
				pointer: '/data/relationships/variant/data/id',
			},
		);
	}
	if (attributes.channels.length === 0) {
		throw badRequest('At least one channel is required.', { pointer: '/data/attributes/channels' });
	}
	const { profile } = upsertProfile(
		context.store,
		{ attributes: attributes.profile.data.attributes },
		'client',
	);
	context.store.backInStock.push({
		profileId: profile.id,
		variantId,
		channels: [...new Set(attributes.channels)],
		created: isoSeconds(),
	});
	return { status: 202 };
};
