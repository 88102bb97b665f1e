/**
 * The few JSON:API shapes the public side, the relay and the legacy translation build, and the
 * `/client/*` bodies built from them. The private side uses the full types generated from
 * Klaviyo's spec (src/private/generated).
 */

export interface ProfileLocation {
	address1?: string | null;
	address2?: string | null;
	city?: string | null;
	region?: string | null;
	country?: string | null;
	zip?: string | null;
	latitude?: number | string | null;
	longitude?: number | string | null;
	timezone?: string | null;
	ip?: string | null;
}

/** Profile attributes as `/client/profiles`, `/client/events` and `/api/profile-import` take them. */
export interface ProfileAttributes {
	email?: string;
	phone_number?: string;
	external_id?: string;
	anonymous_id?: string;
	_kx?: string;
	first_name?: string;
	last_name?: string;
	organization?: string;
	locale?: string;
	title?: string;
	image?: string;
	location?: ProfileLocation;
	properties?: Record<string, unknown>;
}

/** `data.attributes` of an event create request (`/client/events`, `/api/events`). */
export interface EventCreateAttributes {
	properties: Record<string, unknown>;
	metric: { data: { type: 'metric'; attributes: { name: string } } };
	profile: { data: { type: 'profile'; attributes: ProfileAttributes } };
	time?: string;
	value?: number;
	value_currency?: string;
	unique_id?: string;
}

export interface EventCreateBody {
	data: { type: 'event'; attributes: EventCreateAttributes };
}

export interface ProfileCreateBody {
	data: { type: 'profile'; attributes: ProfileAttributes; meta?: Record<string, unknown> };
}

export const eventBody = (attributes: EventCreateAttributes) => ({ data: { type: 'event', attributes } });

export const profileBody = (attributes: ProfileAttributes) => ({ data: { type: 'profile', attributes } });

/** `/client/event-bulk-create`: one shopper's profile once, then their events (without it). */
export const eventBulkBody = (
	profile: EventCreateAttributes['profile'],
	events: Array<Omit<EventCreateAttributes, 'profile'>>,
) => ({
	data: {
		type: 'event-bulk-create',
		attributes: { profile, events: { data: events.map((attributes) => ({ type: 'event', attributes })) } },
	},
});

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
