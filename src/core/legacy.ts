/**
 * node-klaviyo's wire vocabulary (`$email`, `$value`, unix seconds…) translated to the modern
 * JSON:API fields, as MAPPING §1.8 lays out. Shared by the public client, the relay and the
 * private client, so every entry speaks the same dialect.
 */
import { invalid } from './errors.js';
import type { EventAttributes, ProfileAttributes } from './jsonapi.js';
import { uuid } from './unique-id.js';

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
		// An external id may be a number; `null` stays `null` (it clears), never the id "null".
		if (ATTRIBUTE.test(key))
			attributes[name] = name === 'external_id' && value !== null ? String(value) : value;
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
 * Builds `data.attributes` for an event. `$value` → `value`, `$event_id` → `unique_id`,
 * `__track_once__` dropped; a `unique_id` is always set (generated when absent) so that any
 * retry of this event is deduplicated by Klaviyo instead of counted twice. `email`, `id` and
 * `ipAddress` win over `customerProperties` when given.
 */
export function toEventAttributes(input: LegacyEvent): EventAttributes {
	const { $value, $value_currency, $event_id, __track_once__, ...properties } = input.properties ?? {};
	const { email, id, ipAddress } = input;
	const attributes: EventAttributes = {
		properties,
		metric: { data: { type: 'metric', attributes: { name: input.event } } },
		profile: {
			data: {
				type: 'profile',
				attributes: toProfileAttributes(input.customerProperties, { email, id, $ip: ipAddress || undefined }),
			},
		},
		time: toIsoTime(input.timestamp),
		unique_id: $event_id == null || $event_id === '' ? uuid() : String($event_id),
	};
	if ($value != null && $value !== '') {
		attributes.value = Number($value);
		if (!Number.isFinite(attributes.value)) throw invalid('properties.$value', 'must be a number');
	}
	if ($value_currency != null) attributes.value_currency = String($value_currency);
	return attributes;
}

/** Unix seconds, `Date` or ISO string to the ISO time Klaviyo wants (after 1990, at most a year ahead). */
export function toIsoTime(timestamp: LegacyEvent['timestamp'], now = Date.now()): string {
	const ms =
		timestamp == null ? now : /^\d+(\.\d+)?$/.test(`${timestamp}`) ? +timestamp * 1000 : +new Date(timestamp);
	// 631 152 000 000 is 1990-01-01; a year is 365 days of 86 400 000 ms.
	if (!(ms >= 631_152_000_000 && ms <= now + 365 * 86_400_000)) {
		throw invalid('timestamp', 'must be a time after 1990 and at most a year ahead');
	}
	return new Date(ms).toISOString();
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value?.constructor === Object;
