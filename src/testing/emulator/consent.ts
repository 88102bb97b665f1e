/**
 * Consent (subscription) state transitions on a profile, following Klaviyo's documented
 * rules:
 *  - subscribing sets consent SUBSCRIBED and removes UNSUBSCRIBE / SPAM_COMPLAINT /
 *    USER_SUPPRESSED suppressions (bounces and invalid emails stay);
 *  - a list-scoped email unsubscribe adds a list suppression for that list;
 *  - a global unsubscribe sets consent UNSUBSCRIBED (and, for email, an UNSUBSCRIBE suppression).
 */
import { isoSeconds } from './ids.js';
import type { ChannelConsent, Profile, Subscriptions } from './model.js';

const CLEARED_BY_SUBSCRIBE = new Set(['UNSUBSCRIBE', 'SPAM_COMPLAINT', 'SPAM_REPORT', 'USER_SUPPRESSED']);

const neverSubscribed = (): ChannelConsent => ({
	consent: 'NEVER_SUBSCRIBED',
	consent_timestamp: null,
	last_updated: null,
	method: null,
	method_detail: null,
});

export function defaultSubscriptions(): Subscriptions {
	return {
		email: {
			marketing: {
				...neverSubscribed(),
				custom_method_detail: null,
				double_optin: null,
				suppression: [],
				list_suppressions: [],
			},
		},
		sms: { marketing: neverSubscribed(), transactional: neverSubscribed() },
		mobile_push: { marketing: neverSubscribed() },
	};
}

export interface SubscribeOptions {
	/** `consented_at` from the request (historical imports); defaults to now. */
	consentedAt?: string | null;
	/** Recorded as `method_detail` (e.g. the request's `custom_source`). */
	source?: string | null;
	/** Set when the subscription came through a list, to lift that list's suppression. */
	listId?: string;
	doubleOptIn?: boolean;
}

export function subscribeEmail(profile: Profile, options: SubscribeOptions = {}): void {
	const now = isoSeconds();
	const marketing = profile.subscriptions.email.marketing;
	marketing.consent = 'SUBSCRIBED';
	marketing.consent_timestamp = options.consentedAt ?? now;
	marketing.last_updated = now;
	marketing.method = 'API';
	marketing.method_detail = options.source ?? null;
	marketing.double_optin = options.doubleOptIn ?? false;
	marketing.suppression = marketing.suppression.filter((s) => !CLEARED_BY_SUBSCRIBE.has(s.reason));
	if (options.listId) {
		marketing.list_suppressions = marketing.list_suppressions.filter((s) => s.list_id !== options.listId);
	}
}

export function subscribeChannel(channel: ChannelConsent, options: SubscribeOptions = {}): void {
	const now = isoSeconds();
	channel.consent = 'SUBSCRIBED';
	channel.consent_timestamp = options.consentedAt ?? now;
	channel.last_updated = now;
	channel.method = 'API';
	channel.method_detail = options.source ?? null;
}

/** Email unsubscribe for one list only: the profile keeps its global consent. */
export function suppressForList(profile: Profile, listId: string): void {
	const marketing = profile.subscriptions.email.marketing;
	const timestamp = isoSeconds();
	marketing.list_suppressions = [
		...marketing.list_suppressions.filter((s) => s.list_id !== listId),
		{ list_id: listId, reason: 'UNSUBSCRIBE', timestamp },
	];
	marketing.last_updated = timestamp;
}

export function unsubscribeEmailGlobally(profile: Profile): void {
	const marketing = profile.subscriptions.email.marketing;
	const timestamp = isoSeconds();
	marketing.consent = 'UNSUBSCRIBED';
	marketing.consent_timestamp = timestamp;
	marketing.last_updated = timestamp;
	marketing.method = 'API';
	if (!marketing.suppression.some((s) => s.reason === 'UNSUBSCRIBE')) {
		marketing.suppression.push({ reason: 'UNSUBSCRIBE', timestamp });
	}
}

export function unsubscribeChannel(channel: ChannelConsent): void {
	const timestamp = isoSeconds();
	channel.consent = 'UNSUBSCRIBED';
	channel.consent_timestamp = timestamp;
	channel.last_updated = timestamp;
	channel.method = 'API';
}

/**
 * Klaviyo can email profiles that never subscribed, as long as they have an address, did
 * not unsubscribe and are not suppressed. SMS needs explicit consent.
 */
export function canReceiveEmailMarketing(profile: Profile): boolean {
	const marketing = profile.subscriptions.email.marketing;
	return Boolean(profile.email) && marketing.consent !== 'UNSUBSCRIBED' && marketing.suppression.length === 0;
}

export function canReceiveSms(profile: Profile, channel: ChannelConsent): boolean {
	return Boolean(profile.phone_number) && channel.consent === 'SUBSCRIBED';
}
