/**
 * node-klaviyo's call shapes (`$email`, `$value`, unix seconds…) translated to the modern JSON:API
 * fields, as MAPPING §1.8 lays out, and checked against the spec's rules on the way. Shared by the
 * public client, the relay and the private client, so every entry speaks the same dialect and
 * refuses the same input with the same `KlaviyoValidationError` (same `field`, same `rule`).
 */
import { invalid } from '../core/errors.js';
import { uuid } from '../core/unique-id.js';
import { checkProfile } from './identifiers.js';
import type { EventCreateAttributes, ProfileAttributes } from './jsonapi.js';
import { checkValue, isPlainObject } from './values.js';

/**
 * Keys that become top-level profile attributes: identifiers with or without the legacy `$`
 * (`id` is `external_id`, `exchange_id` is `_kx`), the others only in their `$` form (a bare
 * `title` stays a custom property).
 */
const ATTRIBUTE =
	/^(\$?(email|phone_number|external_id|id|anonymous_id|_kx|exchange_id)|\$(first_name|last_name|organization|title|image|locale))$/;
const LOCATION = /^\$(address[12]|city|region|country|zip|latitude|longitude|timezone|ip)$/;
const RENAMED: Record<string, string> = { id: 'external_id', exchange_id: '_kx' };

/**
 * Legacy customer properties (`$email`, `$city`, `id`, custom keys…) to modern profile attributes.
 * With several sources, a later one's keys win; `undefined` values are skipped, never erase.
 */
export function toProfileAttributes(
	...legacy: Array<Record<string, unknown> | undefined>
): ProfileAttributes {
	const attributes: Record<string, unknown> = {};
	const location: Record<string, unknown> = {};
	const properties: Record<string, unknown> = {};
	for (const [key, value] of legacy.flatMap((source) => Object.entries(source ?? {}))) {
		if (value === undefined) continue;
		const bare = key.replace('$', '');
		const name = RENAMED[bare] ?? bare;
		// An external id may be a number; `null` stays `null` (it clears), never the id "null". Nothing
		// else is coerced here: the checks that follow name what is not a string.
		if (ATTRIBUTE.test(key)) attributes[name] = typeof value === 'number' ? `${value}` : value;
		else if (LOCATION.test(key)) location[bare] = value;
		else if (key === 'location' && isPlainObject(value)) Object.assign(location, value);
		else if (key === 'properties' && isPlainObject(value)) Object.assign(properties, value);
		else properties[key] = value;
	}
	if (Object.keys(location).length) attributes.location = location;
	if (Object.keys(properties).length) attributes.properties = properties;
	return attributes as ProfileAttributes;
}

/** node-klaviyo's `track` options, as the public client, the relay and the private client accept them. */
export interface LegacyEvent {
	event: string;
	email?: string;
	id?: string | number;
	properties?: Record<string, unknown>;
	customerProperties?: Record<string, unknown>;
	/** Unix seconds (number or numeric string), a `Date`, or an ISO string. Default: now. */
	timestamp?: number | string | Date;
	ipAddress?: string;
}

/**
 * Legacy profile properties (`identify`, `subscribe`, the relay's `/identify`) to checked profile
 * attributes; custom properties are named under `custom` in errors.
 */
export function toProfile(legacy: Record<string, unknown>, custom = 'properties'): ProfileAttributes {
	const attributes = toProfileAttributes(legacy);
	checkProfile(attributes, custom);
	return attributes;
}

/**
 * A subscribe call (`subscribe`, the relay's `/subscribe`): the list, and an email or phone whose
 * consent is recorded (never inferred from a remembered shopper). Returns the profile attributes.
 */
export function toSubscriber(listId: unknown, legacy: Record<string, unknown>, customSource?: unknown) {
	if (!listId || typeof listId !== 'string') throw invalid('listId', 'List ID was not provided.');
	if (customSource != null && typeof customSource !== 'string')
		throw invalid('customSource', 'must be a string');
	const attributes = toProfileAttributes(legacy);
	if (!attributes.email && !attributes.phone_number) {
		throw invalid('email', 'You must provide an email or phone number to subscribe.');
	}
	checkProfile(attributes, 'properties');
	return attributes;
}

/**
 * Builds `data.attributes` for an event, refusing what Klaviyo would refuse (identity first, as
 * node-klaviyo did). `$value` → `value`, `$event_id` → `unique_id`, `__track_once__` dropped; a
 * `unique_id` is always set (generated when absent) so that any retry of this event is
 * deduplicated by Klaviyo instead of counted twice. `email`, `id` and `ipAddress` win over
 * `customerProperties` when given.
 */
export function toEventAttributes(input: LegacyEvent): EventCreateAttributes {
	const { event, email, id, ipAddress, timestamp } = input ?? {};
	const customer = objectAt(input?.customerProperties, 'customerProperties');
	if (ipAddress != null && typeof ipAddress !== 'string') throw invalid('ipAddress', 'must be a string');
	const profile = toProfileAttributes(customer, { email, id, $ip: ipAddress || undefined });
	checkProfile(profile, 'customerProperties');
	if (!event || typeof event !== 'string') throw invalid('event', 'Event name was not provided.');
	// Spec, MetricCreateQueryResourceObject › name: "Must be less than 128 characters."
	if (event.length >= 128) throw invalid('event', 'must be less than 128 characters');
	const given = objectAt(input?.properties, 'properties');
	checkValue(given, 'properties');
	checkValue(timestamp, 'timestamp');
	const { $value, $value_currency, $event_id, __track_once__, ...properties } = given;
	// Spec, EventCreateQueryV2 › properties: "must not exceed 400 properties".
	if (Object.keys(properties).length > 400) throw invalid('properties', 'must have at most 400 properties');
	if ($event_id && typeof $event_id === 'object') throw invalid('properties.$event_id', 'must be a string');
	const attributes: EventCreateAttributes = {
		properties,
		metric: { data: { type: 'metric', attributes: { name: event } } },
		profile: { data: { type: 'profile', attributes: profile } },
		time: toIsoTime(timestamp),
		unique_id: `${$event_id ?? ''}` || uuid(),
	};
	if ($value != null && $value !== '') {
		// Through a string: `true` or `[5]` is no amount.
		attributes.value = +`${$value}`;
		if (!Number.isFinite(attributes.value) || typeof $value === 'object') {
			throw invalid('properties.$value', 'must be a number');
		}
	}
	if ($value_currency != null) attributes.value_currency = `${$value_currency}`;
	return attributes;
}

/**
 * Unix seconds (a number, or a string that is one), `Date` or ISO string to the ISO time Klaviyo wants. Spec, EventCreateQueryV2 ›
 * time: "must be after the year 1990 and can only be up to 1 year in the future".
 */
export function toIsoTime(timestamp: LegacyEvent['timestamp'], now = Date.now()): string {
	const ms =
		timestamp == null ? now : Number.isFinite(+`${timestamp}`) ? +timestamp * 1000 : +new Date(timestamp);
	// 631 152 000 000 is 1990-01-01; a year is 365 days of 86 400 000 ms. NaN fails both.
	if (!(ms >= 631_152_000_000 && ms <= now + 365 * 86_400_000)) {
		throw invalid('timestamp', 'must be a time after 1990 and at most a year ahead');
	}
	return new Date(ms).toISOString();
}

/** An optional object argument (`properties`, `customerProperties`): absent is `{}`, an array or a scalar is refused. */
export function objectAt(value: unknown, field: string): Record<string, unknown> {
	if (value == null) return {};
	if (typeof value !== 'object' || Array.isArray(value)) throw invalid(field, 'must be an object');
	return value as Record<string, unknown>;
}
