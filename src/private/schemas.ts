/**
 * Valibot building blocks shared by the private resources. Messages are node-klaviyo's where it
 * had one ('List ID was not provided.'); otherwise they state the rule, and `validate()` adds the
 * field's path and the method name.
 */
import * as v from 'valibot';
import { isPathId, PATH_ID_RULE } from '../core/path.js';

/** Messages for required keys, read by `object()` when the key is missing altogether. */
const MISSING = new WeakMap<object, string>();

/** A non-empty string. `missing` is node-klaviyo's message for an absent or empty value. */
export function requiredString(missing: string, maxLength = Number.POSITIVE_INFINITY) {
	const schema = v.pipe(
		v.string((issue) => (issue.input == null ? missing : 'must be a string')),
		v.nonEmpty(missing),
		v.maxLength(maxLength, `must be at most ${maxLength} characters`),
	);
	MISSING.set(schema, missing);
	return schema;
}

/** An id that goes into a URL path (`listId`, `profileId`): no `.`, `..`, empty or slash-bearing id. */
export function pathId(missing: string) {
	const schema = v.pipe(requiredString(missing), v.check(isPathId, PATH_ID_RULE));
	MISSING.set(schema, missing);
	return schema;
}

/**
 * An options object (node-klaviyo's `{ listId, … } = {}`): a missing required key reports that
 * key's own message, e.g. 'List ID was not provided.', rather than valibot's generic one.
 */
export function object<E extends v.ObjectEntries>(entries: E) {
	return v.object(entries, (issue) => {
		const key = issue.path?.[0]?.key;
		if (typeof key !== 'string' || !(key in entries)) return 'must be an object';
		return MISSING.get(entries[key]!) ?? 'is required';
	});
}

/** An optional array of non-empty strings, `[]` when absent (node-klaviyo's default). */
export const stringList = v.optional(
	v.array(
		v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')),
		'must be an array of strings',
	),
	[],
);

/** node-klaviyo's `count`: a whole number of items per page within Klaviyo's bounds. */
export function pageSize(max: number, fallback: number) {
	return v.optional(
		v.pipe(
			v.number('must be a number'),
			v.integer('must be a whole number'),
			v.minValue(1, 'must be at least 1'),
			v.maxValue(max, `must be at most ${max}`),
		),
		fallback,
	);
}

/** A cursor from a previous page: the opaque cursor or the whole `links.next` URL. */
export const marker = v.optional(v.union([v.string(), v.number()], 'must be a string'));

/** node-klaviyo's `sort`. */
export const sortOrder = v.optional(v.picklist(['asc', 'desc'], 'must be "asc" or "desc"'), 'desc');

/** A plain object (custom properties, legacy profiles): keys are kept as given. */
export const plainObject = v.record(v.string(), v.unknown(), 'must be an object');
