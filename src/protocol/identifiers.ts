/**
 * What counts as an identifier of a profile, and the form each must have. One definition for the
 * public client, the private client and the relay.
 */
import { invalid } from '../core/errors.js';
import { checkValue } from './values.js';

/** The attributes by which Klaviyo finds (or creates) the profile of an event or upsert. */
export const IDENTIFIERS = ['email', 'phone_number', 'external_id', 'anonymous_id', '_kx'] as const;

/** The identifiers Klaviyo's bulk profile import matches profiles on (an anonymous id alone is not one). */
export const IMPORT_IDENTIFIERS = ['email', 'phone_number', 'external_id', '_kx'] as const;

/** Whether any identifier has a value (node-klaviyo's "identify a user by email or ID"). */
export const identifies = (profile: Partial<Record<string, unknown>>): boolean =>
	IDENTIFIERS.some((key) => profile[key]);

/**
 * When two events are the same event to Klaviyo: the same metric and `unique_id` for one profile,
 * which it deduplicates (and which fails a whole bulk job when repeated inside it). Klaviyo finds a
 * profile by any of its identifiers, so events that share any identifier (an email in any case) are
 * for one profile, whatever else differs. One key per identifier the event carries: two events are
 * the same when they share a key. Used by `events.bulkCreate` (refuses the repeat) and the queue
 * consumer (sends it once).
 */
export function sameEventKeys(profile: object, metric: string, uniqueId: unknown): string[] {
	return IDENTIFIERS.flatMap((field) => {
		const value = (profile as Record<string, unknown>)[field];
		if (value == null || value === '') return [];
		const id = field === 'email' ? String(value).toLowerCase() : String(value);
		return [[field, id, metric, uniqueId].join('\u0000')];
	});
}

/** A plain address check: something@host.tld, no spaces (Klaviyo answers 400 to anything looser). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The spec: "Individual's phone number in E.164 format" (`+`, country code, at most 15 digits). */
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Checks translated profile attributes before they are sent: JSON-safe values (custom properties
 * named under `custom`, e.g. `customerProperties.plan`), email and E.164 phone formats (a number
 * is neither), and at least one identifier.
 */
export function checkProfile(profile: object, custom: string): void {
	const { properties, ...attributes } = profile as Record<string, unknown>;
	checkValue(attributes, '');
	checkValue(properties, custom);
	// A number or an array is no email or phone, even when it would stringify to one.
	const { email, phone_number } = attributes;
	if (email && (typeof email !== 'string' || !EMAIL.test(email))) throw invalid('email', 'must be an email');
	if (phone_number && (typeof phone_number !== 'string' || !E164.test(phone_number))) {
		throw invalid('phone_number', 'must be E.164');
	}
	if (!identifies(attributes)) throw invalid('email', 'You must identify a user by email or ID.');
}
