/**
 * What a value sent to Klaviyo may hold, checked in one walk before anything is sent: only what
 * JSON carries as given (no NaN turned into null, no function or Symbol silently dropped), within
 * Klaviyo's ingestion limits. Shipped in the public bundle, so it is kept small.
 */

import { invalid } from '../core/errors.js';
import { encodeUtf8 } from '../core/utf8.js';

/**
 * Klaviyo's ingestion limits ("Rate limits, status codes, and errors" › Ingestion limits, for
 * `/api/events` and `/client/events`): "Max levels of nested objects: 10"; the spec
 * (`EventCreateQueryV2…properties.description`): "each string cannot be larger than 100 KB".
 */
export const MAX_DEPTH = 10;

/**
 * What can be trusted to be a plain object: one made by `{}` or JSON (not an array, a `Date`, a
 * class instance, `null`), e.g. a stored queue item's headers, a cookie's JSON, a `location`.
 */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	value?.constructor === Object;

/** Any non-null object but an array: the shape check for JSON read from the network or a queue. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
export const MAX_STRING_BYTES = 100_000;

/**
 * Throws a `KlaviyoValidationError` naming the first part of `value` (as a dotted path from
 * `field`) that is not JSON data: a non-finite number, a BigInt, function or Symbol, a circular
 * reference, an object whose `toString`/`valueOf` is missing or throws (a later `String(x)`
 * would crash), nesting deeper than `MAX_DEPTH` objects, or a string over `MAX_STRING_BYTES`.
 */
export function checkValue(value: unknown, field: string, parents: object[] = []): void {
	const type = typeof value;
	const object = value as Record<string, () => unknown>;
	const text = value as string;
	let rule: unknown =
		type === 'number'
			? !Number.isFinite(value) && 'must be finite'
			: // UTF-8 takes at most 3 bytes per UTF-16 unit: short strings need no encoding.
				type === 'string'
				? text.length * 3 > MAX_STRING_BYTES &&
					encodeUtf8(text).length > MAX_STRING_BYTES &&
					'must be at most 100,000 bytes'
				: type !== 'object' && type !== 'boolean' && type !== 'undefined'
					? `must not be a ${type}`
					: value && parents.includes(object)
						? 'must not be circular'
						: value && parents.length > MAX_DEPTH && 'must nest at most 10 levels';
	if (!rule && value && type === 'object') {
		for (const key of Object.keys(object)) {
			checkValue(object[key], field ? `${field}.${key}` : key, [...parents, object]);
		}
		// After the children: an array's toString calls theirs, so the innermost culprit is named.
		try {
			`${object}${object.toString!()}${object.valueOf!()}`;
		} catch {
			rule = 'must have working toString/valueOf';
		}
	}
	if (rule) throw invalid(field, rule as string);
}
