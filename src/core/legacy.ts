/**
 * node-klaviyo's wire vocabulary (`$email`, `$value`, unix seconds…) translated to the modern
 * JSON:API fields, as MAPPING §1.8 lays out. Shared by the public client, the relay and the
 * private client, so every entry speaks the same dialect.
 */
import { KlaviyoValidationError } from './errors.js';
import type { EventAttributes, ProfileAttributes, ProfileLocation } from './jsonapi.js';
import { uuid } from './unique-id.js';

/** Keys that become top-level profile attributes, with or without the legacy `$`. */
const IDENTIFIERS = ['email', 'phone_number', 'external_id', 'anonymous_id', '_kx'];
/** Keys that become attributes only in their `$` form (a bare `title` stays a custom property). */
const ATTRIBUTES = ['first_name', 'last_name', 'organization', 'title', 'image', 'locale'];
const LOCATION = [
	'address1',
	'address2',
	'city',
	'region',
	'country',
	'zip',
	'latitude',
	'longitude',
	'timezone',
	'ip',
];

/** Legacy customer properties (`$email`, `$city`, `id`, custom keys…) to modern profile attributes. */
export function toProfileAttributes(legacy: Record<string, unknown> = {}): ProfileAttributes {
	const attributes: Record<string, unknown> = {};
	const location: Record<string, unknown> = {};
	const properties: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(legacy)) {
		if (value === undefined) continue;
		const bare = key[0] === '$' ? key.slice(1) : key;
		if (bare === 'id') attributes.external_id = String(value);
		else if (bare === 'exchange_id') attributes._kx = value;
		else if (IDENTIFIERS.includes(bare)) attributes[bare] = value;
		else if (key[0] === '$' && ATTRIBUTES.includes(bare)) attributes[bare] = value;
		else if (key[0] === '$' && LOCATION.includes(bare)) location[bare] = value;
		else if (key === 'location' && isObject(value)) Object.assign(location, value);
		else if (key === 'properties' && isObject(value)) Object.assign(properties, value);
		else properties[key] = value;
	}
	if (Object.keys(location).length) attributes.location = location as ProfileLocation;
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

const YEAR_MS = 365 * 24 * 3600 * 1000;
const EARLIEST = Date.UTC(1990, 0, 1);

/**
 * Builds `data.attributes` for an event. `$value` → `value`, `$event_id` → `unique_id`,
 * `__track_once__` dropped; a `unique_id` is always set (generated when absent) so that any
 * retry of this event is deduplicated by Klaviyo instead of counted twice.
 */
export function toEventAttributes(input: LegacyEvent): EventAttributes {
	const { $value, $value_currency, $event_id, __track_once__, ...properties } = input.properties ?? {};
	const profile = toProfileAttributes({ ...input.customerProperties, email: input.email, id: input.id });
	if (input.ipAddress) profile.location = { ...profile.location, ip: input.ipAddress };
	const attributes: EventAttributes = {
		properties,
		metric: { data: { type: 'metric', attributes: { name: input.event } } },
		profile: { data: { type: 'profile', attributes: profile } },
		time: toIsoTime(input.timestamp),
		unique_id: $event_id == null ? uuid() : String($event_id),
	};
	if ($value != null && $value !== '') attributes.value = toNumber($value, 'properties.$value');
	if ($value_currency != null) attributes.value_currency = String($value_currency);
	return attributes;
}

/** Unix seconds, `Date` or ISO string to the ISO time Klaviyo wants (after 1990, at most a year ahead). */
export function toIsoTime(timestamp: LegacyEvent['timestamp'], now = Date.now()): string {
	const ms =
		timestamp == null
			? now
			: timestamp instanceof Date
				? timestamp.getTime()
				: /^\d+(\.\d+)?$/.test(String(timestamp))
					? Number(timestamp) * 1000
					: Date.parse(String(timestamp));
	if (!(ms >= EARLIEST && ms <= now + YEAR_MS)) {
		throw new KlaviyoValidationError(
			'"timestamp" must be a time after 1990 and at most a year ahead',
			'timestamp',
			'must be a time after 1990 and at most a year ahead',
		);
	}
	return new Date(ms).toISOString();
}

function toNumber(value: unknown, field: string): number {
	const number = Number(value);
	if (Number.isFinite(number)) return number;
	throw new KlaviyoValidationError(`"${field}" must be a number`, field, 'must be a number');
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
