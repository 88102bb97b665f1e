/**
 * node-klaviyo's list profiles (`{ email, phone_number, push_token, sms_consent, …custom }`) sorted
 * into what today's API takes and what it cannot: a field it cannot carry is reported back to the
 * caller (which profile, which field, why), never dropped silently and never a reason to refuse
 * the other profiles.
 */
import * as v from 'valibot';

/** node-klaviyo's profile shape for list calls: identifiers, `sms_consent`, custom properties. */
export interface LegacyListProfile {
	email?: string;
	phone_number?: string;
	/** Not sent: Klaviyo now needs a token's platform and vendor. Reported in the result's `unsent`. */
	push_token?: string;
	sms_consent?: boolean;
	[property: string]: unknown;
}

/** A field of a profile that was not sent, and why. */
export interface UnsentField {
	/** Position of the profile in the call's `profiles`. */
	profile: number;
	field: 'push_token' | 'sms_consent';
	reason: string;
}

/** A profile that can be sent, with its position in the caller's input. */
export interface Sendable {
	index: number;
	profile: LegacyListProfile;
	/** `sms_consent: true` on a profile with a phone number. */
	smsConsent: boolean;
}

const PUSH_TOKEN =
	"not sent: Klaviyo now needs a push token's platform and vendor (register it with the push-tokens API)";
const PUSH_ONLY = `${PUSH_TOKEN}; the profile has no email or phone_number, so nothing of it was sent`;
const NO_PHONE = 'not sent: SMS consent needs a phone_number';

export const legacyListProfile = v.pipe(
	v.looseObject(
		{
			push_token: v.optional(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'))),
			sms_consent: v.optional(v.boolean('must be a boolean')),
		},
		'must be an object',
	),
	v.check(
		(p) => Boolean(p.email || p.phone_number || p.push_token),
		'must have an email, a phone_number or a push_token',
	),
);

/** Splits validated profiles into those sent and the fields reported as not sent. */
export function sortLegacyProfiles(profiles: readonly LegacyListProfile[]): {
	sendable: Sendable[];
	unsent: UnsentField[];
} {
	const sendable: Sendable[] = [];
	const unsent: UnsentField[] = [];
	profiles.forEach((profile, index) => {
		const identified = Boolean(profile.email || profile.phone_number);
		if (profile.push_token) {
			unsent.push({ profile: index, field: 'push_token', reason: identified ? PUSH_TOKEN : PUSH_ONLY });
		}
		if (!identified) return;
		const smsConsent = profile.sms_consent === true && Boolean(profile.phone_number);
		if (profile.sms_consent === true && !smsConsent) {
			unsent.push({ profile: index, field: 'sms_consent', reason: NO_PHONE });
		}
		sendable.push({ index, profile, smsConsent });
	});
	return { sendable, unsent };
}

/** Everything in a legacy list profile except identifiers and consent flags. */
export function customOf({ email, phone_number, sms_consent, push_token, ...custom }: LegacyListProfile) {
	return custom;
}
