/**
 * Consent: client-side subscribe, and the server-side bulk subscribe / unsubscribe jobs.
 *
 * Documented behaviour reproduced here:
 *  - subscribing through a double opt-in list only records a pending confirmation
 *    (see `store.confirmOptIn`); single opt-in subscribes and adds to the list at once;
 *  - subscribing lifts UNSUBSCRIBE / SPAM_COMPLAINT / USER_SUPPRESSED suppressions;
 *  - unsubscribing with a list: members get a list suppression for that list, but
 *    "Profiles not in the specified list will be globally unsubscribed".
 * All three answer 202 with no body (the jobs run synchronously here).
 */

import {
	subscribeChannel,
	subscribeEmail,
	suppressForList,
	unsubscribeChannel,
	unsubscribeEmailGlobally,
} from '../consent.js';
import { bodyOf, type Handler, type HandlerContext, type HandlerResult } from '../context.js';
import {
	ApiError,
	badRequest,
	collectErrors,
	errorObject,
	type JsonApiErrorObject,
	notFound,
} from '../errors.js';
import { isoSeconds, uuid } from '../ids.js';
import type { List, Profile, ProfileAttributes, ProfileMeta } from '../model.js';
import { checkIdentifierFormats, upsertProfile } from '../profile-writes.js';

interface Consented {
	consent: string;
	consented_at?: string | null;
}

interface PushSubscription {
	marketing: Consented;
	tokens?: Array<{ token: string; platform: string; vendor: string }> | null;
}

interface SubscriptionChannels {
	email?: { marketing?: Consented | null; open_tracking?: Consented | null } | null;
	sms?: { marketing?: Consented | null; transactional?: Consented | null } | null;
	whatsapp?: Record<string, Consented | null> | null;
	push?: PushSubscription | null;
}

interface ListRelationship {
	list?: { data?: { type: 'list'; id: string } };
}

interface ClientSubscriptionBody {
	data: {
		type: 'subscription';
		attributes: {
			custom_source?: string | null;
			profile: {
				data: {
					type: 'profile';
					id?: string | null;
					attributes: ProfileAttributes & {
						meta?: ProfileMeta | null;
						subscriptions?: SubscriptionChannels | null;
					};
				};
			};
		};
		relationships: ListRelationship;
	};
}

interface JobProfile {
	type: 'profile';
	id?: string | null;
	attributes: { email?: string | null; phone_number?: string | null; subscriptions: SubscriptionChannels };
}

interface SubscribeJobBody {
	data: {
		type: 'profile-subscription-bulk-create-job';
		attributes: {
			custom_source?: string | null;
			profiles: { data: JobProfile[] };
			historical_import?: boolean | null;
		};
		relationships?: ListRelationship;
	};
}

interface UnsubscribeJobBody {
	data: {
		type: 'profile-subscription-bulk-delete-job';
		attributes: { profiles: { data: JobProfile[] } };
		relationships?: ListRelationship;
	};
}

const MAX_SUBSCRIBE = 1000;
const MAX_UNSUBSCRIBE = 100;

function listFrom(
	context: HandlerContext,
	relationships: ListRelationship | undefined,
	required: boolean,
): List | undefined {
	const id = relationships?.list?.data?.id;
	if (!id) {
		if (required) throw badRequest('A list is required.', { pointer: '/data/relationships/list/data' });
		return undefined;
	}
	const list = context.store.lists.get(id);
	if (!list) throw notFound(`A list with id '${id}' does not exist.`);
	return list;
}

/** Channels to subscribe: those given, or (client default) marketing for each identifier present. */
type Channel = 'email' | 'sms' | 'sms_transactional' | 'push';

function requestedChannels(
	subscriptions: SubscriptionChannels | null | undefined,
	attributes: ProfileAttributes,
): Channel[] {
	if (!subscriptions) {
		const defaults: Channel[] = [];
		if (attributes.email) defaults.push('email');
		if (attributes.phone_number) defaults.push('sms');
		return defaults;
	}
	const channels: Channel[] = [];
	if (subscriptions.email?.marketing) channels.push('email');
	if (subscriptions.sms?.marketing) channels.push('sms');
	if (subscriptions.sms?.transactional) channels.push('sms_transactional');
	if (subscriptions.push?.marketing) channels.push('push');
	return channels;
}

/** A channel can only be subscribed when the profile has the matching identifier. */
function checkChannels(
	profile: { email?: string | null; phone_number?: string | null },
	channels: Channel[],
	pointer: string,
) {
	const errors: JsonApiErrorObject[] = [];
	if (channels.includes('email') && !profile.email) {
		errors.push(
			errorObject(400, 'invalid', 'An email address is required to change email consent.', {
				pointer: `${pointer}/email`,
			}),
		);
	}
	if ((channels.includes('sms') || channels.includes('sms_transactional')) && !profile.phone_number) {
		errors.push(
			errorObject(400, 'invalid', 'A phone number is required to change SMS consent.', {
				pointer: `${pointer}/phone_number`,
			}),
		);
	}
	return errors;
}

interface SubscribeInput {
	profile: Profile;
	channels: Channel[];
	subscriptions?: SubscriptionChannels | null;
	list?: List;
	source?: string | null;
	/** Historical imports bypass double opt-in. */
	historical?: boolean;
}

function subscribe(context: HandlerContext, input: SubscribeInput): void {
	const { profile, channels, list, subscriptions } = input;
	const marketing = channels.filter((c): c is 'email' | 'sms' => c === 'email' || c === 'sms');
	if (list?.opt_in_process === 'double_opt_in' && !input.historical && marketing.length > 0) {
		const existing = context.store.pendingOptIns.find(
			(p) => p.profile_id === profile.id && p.list_id === list.id,
		);
		if (existing) existing.channels = [...new Set([...existing.channels, ...marketing])];
		else {
			context.store.pendingOptIns.push({
				id: uuid(),
				profile_id: profile.id,
				list_id: list.id,
				channels: marketing,
				requested_at: isoSeconds(),
				custom_source: input.source ?? null,
			});
		}
	} else {
		const options = { source: input.source, listId: list?.id };
		if (channels.includes('email')) {
			subscribeEmail(profile, { ...options, consentedAt: subscriptions?.email?.marketing?.consented_at });
		}
		if (channels.includes('sms')) {
			subscribeChannel(profile.subscriptions.sms.marketing, {
				...options,
				consentedAt: subscriptions?.sms?.marketing?.consented_at,
			});
		}
		if (list && marketing.length > 0) context.store.addMember(list, profile.id);
	}
	// Transactional SMS and push are not list-bound and need no confirmation.
	if (channels.includes('sms_transactional')) {
		subscribeChannel(profile.subscriptions.sms.transactional, {
			source: input.source,
			consentedAt: subscriptions?.sms?.transactional?.consented_at,
		});
	}
	if (channels.includes('push') && subscriptions?.push) {
		subscribeChannel(profile.subscriptions.mobile_push.marketing, { source: input.source });
		for (const { token } of subscriptions.push.tokens ?? []) {
			if (!profile.push_tokens.includes(token)) profile.push_tokens.push(token);
		}
	}
}

/** POST /client/subscriptions — one profile, list required. */
export const createClientSubscription: Handler = (context) => {
	const { data } = bodyOf<ClientSubscriptionBody>(context);
	const list = listFrom(context, data.relationships, true);
	const { meta, subscriptions, ...attributes } = data.attributes.profile.data.attributes;
	const pointer = '/data/attributes/profile/data/attributes';
	if (!attributes.email && !attributes.phone_number) {
		throw badRequest('One of email or phone_number must be provided.', { pointer });
	}
	const channels = requestedChannels(subscriptions, attributes);
	const errors = checkChannels(attributes, channels, pointer);
	collectErrors(errors, () => checkIdentifierFormats(attributes, pointer));
	if (errors.length > 0) throw new ApiError(errors);
	const { profile } = upsertProfile(
		context.store,
		{ id: data.attributes.profile.data.id, attributes, meta },
		'client',
	);
	subscribe(context, { profile, channels, subscriptions, list, source: data.attributes.custom_source });
	return { status: 202 };
};

/** POST /api/profile-subscription-bulk-create-jobs — up to 1000 profiles. */
export const bulkSubscribeProfiles: Handler = (context) => context.store.batch(() => subscribeJob(context));

function subscribeJob(context: HandlerContext): HandlerResult {
	const { data } = bodyOf<SubscribeJobBody>(context);
	const profiles = data.attributes.profiles.data;
	if (profiles.length > MAX_SUBSCRIBE) {
		throw badRequest(`At most ${MAX_SUBSCRIBE} profiles per request; got ${profiles.length}.`, {
			pointer: '/data/attributes/profiles/data',
		});
	}
	const list = listFrom(context, data.relationships, false);
	const historical = data.attributes.historical_import ?? false;
	const errors: JsonApiErrorObject[] = [];
	const plans = profiles.map((entry, index) => {
		const pointer = `/data/attributes/profiles/data/${index}/attributes`;
		const { subscriptions, ...identifiers } = entry.attributes;
		if (!entry.id && !identifiers.email && !identifiers.phone_number) {
			errors.push(errorObject(400, 'invalid', 'One of email or phone_number must be provided.', { pointer }));
		}
		collectErrors(errors, () => checkIdentifierFormats(identifiers, pointer));
		const channels = requestedChannels(subscriptions, identifiers);
		// A profile given by id may already carry the email/phone the channel needs.
		const known = entry.id ? context.store.profiles.get(entry.id) : undefined;
		const reachable = {
			email: identifiers.email ?? known?.email,
			phone_number: identifiers.phone_number ?? known?.phone_number,
		};
		errors.push(...checkChannels(reachable, channels, pointer));
		if (historical) errors.push(...checkHistoricalConsent(subscriptions, `${pointer}/subscriptions`));
		return { entry, identifiers, subscriptions, channels };
	});
	if (errors.length > 0) throw new ApiError(errors);
	for (const plan of plans) {
		const { profile } = upsertProfile(
			context.store,
			{
				id: plan.entry.id,
				attributes: { email: plan.identifiers.email, phone_number: plan.identifiers.phone_number },
			},
			'client',
		);
		subscribe(context, {
			profile,
			channels: plan.channels,
			subscriptions: plan.subscriptions,
			list,
			source: data.attributes.custom_source,
			historical,
		});
	}
	return { status: 202 };
}

/** "If historical_import is set to true, the consented_at field is required and must be in the past." */
function checkHistoricalConsent(subscriptions: SubscriptionChannels, pointer: string): JsonApiErrorObject[] {
	const given: Array<[string, Consented | null | undefined]> = [
		['email/marketing', subscriptions.email?.marketing],
		['sms/marketing', subscriptions.sms?.marketing],
		['sms/transactional', subscriptions.sms?.transactional],
	];
	return given.flatMap(([path, consent]) => {
		if (!consent) return [];
		const at = consent.consented_at ? Date.parse(consent.consented_at) : Number.NaN;
		if (!Number.isNaN(at) && at <= Date.now()) return [];
		return [
			errorObject(400, 'invalid', 'historical_import requires consented_at, in the past.', {
				pointer: `${pointer}/${path}/consented_at`,
			}),
		];
	});
}

/** POST /api/profile-subscription-bulk-delete-jobs — up to 100 profiles. */
export const bulkUnsubscribeProfiles: Handler = (context) =>
	context.store.batch(() => unsubscribeJob(context));

function unsubscribeJob(context: HandlerContext): HandlerResult {
	const { data } = bodyOf<UnsubscribeJobBody>(context);
	const profiles = data.attributes.profiles.data;
	if (profiles.length > MAX_UNSUBSCRIBE) {
		throw badRequest(`At most ${MAX_UNSUBSCRIBE} profiles per request; got ${profiles.length}.`, {
			pointer: '/data/attributes/profiles/data',
		});
	}
	const list = listFrom(context, data.relationships, false);
	const errors: JsonApiErrorObject[] = [];
	profiles.forEach((entry, index) => {
		const pointer = `/data/attributes/profiles/data/${index}/attributes`;
		const { subscriptions, ...identifiers } = entry.attributes;
		if (!identifiers.email && !identifiers.phone_number) {
			errors.push(errorObject(400, 'invalid', 'One of email or phone_number must be provided.', { pointer }));
		}
		collectErrors(errors, () => checkIdentifierFormats(identifiers, pointer));
		errors.push(...checkChannels(identifiers, requestedChannels(subscriptions, identifiers), pointer));
	});
	if (errors.length > 0) throw new ApiError(errors);
	for (const entry of profiles) {
		const { subscriptions, email, phone_number } = entry.attributes;
		const { profile } = upsertProfile(context.store, { attributes: { email, phone_number } }, 'client');
		if (subscriptions.email?.marketing) {
			// Members get a list-level unsubscribe; everyone else is unsubscribed globally.
			if (list?.members.has(profile.id)) suppressForList(profile, list.id);
			else unsubscribeEmailGlobally(profile);
		}
		if (subscriptions.sms?.marketing) unsubscribeChannel(profile.subscriptions.sms.marketing);
		if (subscriptions.sms?.transactional) unsubscribeChannel(profile.subscriptions.sms.transactional);
		if (subscriptions.push?.marketing) {
			unsubscribeChannel(profile.subscriptions.mobile_push.marketing);
			const removed = new Set((subscriptions.push.tokens ?? []).map((t) => t.token));
			profile.push_tokens = profile.push_tokens.filter((token) => !removed.has(token));
		}
	}
	return { status: 202 };
}
