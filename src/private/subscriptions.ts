/**
 * Marketing consent in bulk: `POST /api/profile-subscription-bulk-create-jobs` (up to 1,000
 * profiles) and `…-bulk-delete-jobs` (up to 100). Both are asynchronous on Klaviyo's side and
 * answer 202 without a body. Consent writes converge, so both are retried like reads.
 */
import * as v from 'valibot';
import type { RequestOptions } from '../core/options.js';
import { checked, validate } from '../core/validate.js';
import { checkProfile } from '../protocol/identifiers.js';
import type { SubscribeBody, SubscribedProfile, UnsubscribeBody, UnsubscribedProfile } from './bodies.js';
import { LIMITS, type Prepared, sendChunks, splitChunks } from './bulk.js';
import { object, plainObject } from './schemas.js';
import type { Transport } from './transport.js';
import type { SubscriptionChannels, UnsubscriptionChannels } from './types.js';

export interface SubscribeProfile {
	email?: string;
	/** E.164, e.g. `+15005550006`. */
	phone_number?: string;
	/** Consent to record. Default: email marketing if `email` is given, SMS marketing if `phone_number` is. */
	subscriptions?: SubscriptionChannels;
	/** `YYYY-MM-DD`, for age-gated lists. */
	age_gated_date_of_birth?: string;
}

export interface UnsubscribeProfile {
	email?: string;
	phone_number?: string;
	/** Consent to withdraw. Default: email marketing if `email` is given, SMS marketing if `phone_number` is. */
	subscriptions?: UnsubscriptionChannels;
}

export interface SubscribeOptions extends RequestOptions {
	/** The list to subscribe to; its opt-in setting (single or double) applies. */
	listId?: string;
	/** Shown in Klaviyo as the consent source, e.g. `'Checkout form'`. */
	customSource?: string;
	/** Records consent collected in the past (each profile then needs `consented_at`). */
	historicalImport?: boolean;
}

export interface UnsubscribeOptions extends RequestOptions {
	/**
	 * The list to unsubscribe from. Klaviyo's warning: profiles that are not in this list are
	 * unsubscribed from marketing altogether. `lists.deleteSubscribersFromList()` checks membership first.
	 */
	listId?: string;
}

const identified = v.pipe(
	plainObject,
	v.check((p) => Boolean(p.email || p.phone_number), 'must have an email or a phone_number'),
);
const optionalId = v.optional(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')));
/** Marketing consent given, on one channel. */
export const SUBSCRIBED = { marketing: { consent: 'SUBSCRIBED' as const } };
const UNSUBSCRIBED = { marketing: { consent: 'UNSUBSCRIBED' as const } };

/** Bulk subscribe, 1,000 profiles per job; validated and split before anything is sent. */
export function prepareSubscribe(
	transport: Transport,
	profiles: SubscribeProfile[],
	{ listId, customSource, historicalImport, ...request }: SubscribeOptions = {},
	method = 'profiles.subscribe',
): Prepared {
	validate(
		object({ profiles: v.array(identified, 'must be an array of profiles'), listId: optionalId }),
		{ profiles, listId },
		method,
	);
	checkEach(profiles, method);
	const resources = profiles.map(
		({ subscriptions, ...attributes }): SubscribedProfile => ({
			type: 'profile',
			attributes: { ...attributes, subscriptions: subscriptions ?? channelsOf(attributes, SUBSCRIBED) },
		}),
	);
	const chunks = splitChunks(resources, { maxCount: LIMITS.profilesPerSubscribe, field: 'profiles' });
	return () =>
		sendChunks(chunks, async (data) => {
			const body: SubscribeBody = {
				data: {
					type: 'profile-subscription-bulk-create-job',
					attributes: {
						profiles: { data },
						...(customSource ? { custom_source: customSource } : {}),
						...(historicalImport === undefined ? {} : { historical_import: historicalImport }),
					},
					...(listId ? { relationships: { list: { data: { type: 'list', id: listId } } } } : {}),
				},
			};
			await transport.request('POST', '/api/profile-subscription-bulk-create-jobs', {
				...request,
				body,
				idempotent: true,
			});
			return undefined;
		});
}

/** Bulk unsubscribe, 100 profiles per job; validated and split before anything is sent. */
export function prepareUnsubscribe(
	transport: Transport,
	profiles: UnsubscribeProfile[],
	{ listId, ...request }: UnsubscribeOptions = {},
	method = 'profiles.unsubscribe',
): Prepared {
	validate(
		object({ profiles: v.array(identified, 'must be an array of profiles'), listId: optionalId }),
		{ profiles, listId },
		method,
	);
	checkEach(profiles, method);
	const resources = profiles.map(
		({ subscriptions, ...attributes }): UnsubscribedProfile => ({
			type: 'profile',
			attributes: { ...attributes, subscriptions: subscriptions ?? channelsOf(attributes, UNSUBSCRIBED) },
		}),
	);
	const chunks = splitChunks(resources, { maxCount: LIMITS.profilesPerUnsubscribe, field: 'profiles' });
	return () =>
		sendChunks(chunks, async (data) => {
			const body: UnsubscribeBody = {
				data: {
					type: 'profile-subscription-bulk-delete-job',
					attributes: { profiles: { data } },
					...(listId ? { relationships: { list: { data: { type: 'list', id: listId } } } } : {}),
				},
			};
			await transport.request('POST', '/api/profile-subscription-bulk-delete-jobs', {
				...request,
				body,
				idempotent: true,
			});
			return undefined;
		});
}

/** The default channels: email marketing for an email, SMS marketing for a phone number. */
function channelsOf<C>(profile: { email?: string; phone_number?: string }, consent: C) {
	return {
		...(profile.email ? { email: consent } : {}),
		...(profile.phone_number ? { sms: consent } : {}),
	};
}

/** The protocol layer's checks on each profile (JSON-safe values, email and E.164 formats), naming its position. */
function checkEach(profiles: object[], method: string): void {
	profiles.forEach((profile, i) => {
		checked(method, `profiles.${i}`, () => checkProfile(profile, 'properties'));
	});
}
