/**
 * From an operation's descriptor and a call's arguments to what the transport sends: the path with
 * its ids checked and encoded, the query in Klaviyo's names, the body checked, the rate limit and
 * whether a retry is safe. Everything refused here is refused before any request, with
 * `invalid(field, rule)`. The generated classes and `request()` share it.
 */
import { invalid } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { segment } from '../core/path.js';
import { checkFilter } from '../private/filter.js';
import type { RateLimit } from '../private/rate-limiter.js';
import type { CallOptions, Query } from '../private/transport.js';
import { isObject } from '../protocol/values.js';

/** What a generated method hands the base. */
export interface Operation {
	method: string;
	/** The spec's templated path, e.g. `/api/catalog-items/{id}`: ids fill it in order. */
	path: string;
	/**
	 * The spec's `x-klaviyo-ratelimit`: burst per second, steady per minute, and a daily cap for a
	 * few. Unknown for a route the spec lacks: the rate limiter's own table is asked then.
	 */
	limit?: RateLimit;
	/**
	 * A POST that cannot act twice (src/api/generated/idempotent.ts says why for each): `'unique_id'`
	 * when that holds only if every event in the body carries one.
	 */
	idempotent?: true | 'unique_id';
	/** Query parameters the spec requires, by their wire names. */
	required?: readonly string[];
	/** Options sent under another name than the usual rules give (`pageCursor` → `page_cursor`). */
	rename?: Readonly<Record<string, string>>;
	/** The body is `multipart/form-data` (image upload). */
	form?: true;
}

/** Option names → wire names, where camelCase → snake_case does not give them. */
const WIRE: Record<string, string> = { pageSize: 'page[size]', pageCursor: 'page[cursor]' };
const FAMILIES: Record<string, string> = { fields: 'fields', additionalFields: 'additional-fields' };

export const isFile = (value: unknown): value is Blob | Uint8Array =>
	value instanceof Blob || value instanceof Uint8Array;
const camel = (name: string) => name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const BODY_RULE = 'must be a JSON:API document: an object with "data"';

/**
 * The path and call options for one request. `body` is given (even as `undefined`) exactly when the
 * operation takes one. Throws a `KlaviyoValidationError` for anything Klaviyo would refuse to read.
 */
export function prepare(
	op: Operation,
	ids: readonly string[],
	options: RequestOptions = {},
	...body: [unknown] | []
): [path: string, call: CallOptions] {
	let i = 0;
	const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => segment(ids[i++]!, camel(name)));
	const { signal, timeout, maxRetries, headers, revision, ...rest } = options as RequestOptions &
		Record<string, unknown>;
	const query = toQuery(rest, op.rename);
	for (const name of op.required ?? []) {
		if (query[name] === undefined) throw invalid(camel(name), 'is required by this operation');
	}
	const call: CallOptions = { signal, timeout, maxRetries, headers, revision, query };
	if (op.limit) call.rateLimit = { endpoint: `${op.method} ${op.path}`, limit: op.limit };
	if (body.length) {
		call.body = op.form ? toForm(body[0]) : checkDocument(body[0]);
		call.idempotent = op.idempotent === 'unique_id' ? everyEventHasUniqueId(body[0]) : op.idempotent;
	}
	return [path, call];
}

/** Query options in Klaviyo's names: `fields: { profile: ['email'] }` → `fields[profile]=email`. */
function toQuery(options: Record<string, unknown>, rename: Operation['rename']): Query {
	const query: Query = {};
	for (const [name, value] of Object.entries(options)) {
		if (value === undefined) continue;
		const family = FAMILIES[name];
		if (family) {
			if (!isObject(value))
				throw invalid(name, 'must be an object of lists by type, e.g. { profile: ["email"] }');
			for (const [type, list] of Object.entries(value))
				query[`${family}[${type}]`] = param(`${name}.${type}`, list);
		} else if (name === 'filter') {
			if (typeof value !== 'string') throw invalid(name, 'must be a string (the filter builders make one)');
			checkFilter(value);
			// `and()` of nothing is `''`: no filter, rather than an empty one Klaviyo refuses.
			if (value) query.filter = value;
		} else query[rename?.[name] ?? WIRE[name] ?? snake(name)] = param(name, value);
	}
	return query;
}

function param(name: string, value: unknown): Query[string] {
	const ok = Array.isArray(value)
		? value.every((item) => typeof item === 'string')
		: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
	if (!ok) throw invalid(name, 'must be a string, a number, a boolean or a list of strings');
	return value as Query[string];
}

function checkDocument(body: unknown): unknown {
	if (!isObject(body) || body.data === undefined) throw invalid('body', BODY_RULE);
	return body;
}

/** A multipart body from the spec's form fields; a bare `Blob` or `Uint8Array` is the `file`. */
function toForm(body: unknown): FormData {
	if (body instanceof FormData) return body;
	const fields = isFile(body) ? { file: body } : body;
	if (!isObject(fields)) throw invalid('body', 'must be the form: { file, name?, hidden? }');
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (name === 'file') {
			if (!isFile(value)) throw invalid('body.file', 'must be a Blob or a Uint8Array');
			const file =
				value instanceof Blob
					? value
					: new Blob([value as Uint8Array<ArrayBuffer>], { type: imageType(value) });
			// A File keeps its own name (klaviyo-api's stream uploads); else the image's name, else 'image'.
			const filename =
				value instanceof File ? value.name : typeof fields.name === 'string' ? fields.name : 'image';
			form.append(name, file, filename);
		} else form.append(name, String(value));
	}
	if (!form.has('file')) throw invalid('body.file', 'must be a Blob or a Uint8Array');
	return form;
}

/** The formats Klaviyo takes, by their first bytes. */
const IMAGE_TYPES = [
	['\x89PNG', 'image/png'],
	['GIF8', 'image/gif'],
	['\xff\xd8\xff', 'image/jpeg'],
] as const;

/** The image type of raw bytes ('' when they are none of Klaviyo's formats: Klaviyo says so). */
function imageType(bytes: Uint8Array): string {
	const head = String.fromCharCode(...bytes.subarray(0, 4));
	return IMAGE_TYPES.find(([magic]) => head.startsWith(magic))?.[1] ?? '';
}

/** Whether every event in the body (one, or a bulk job's) has a `unique_id`, so a repeat records nothing twice. */
function everyEventHasUniqueId(body: unknown): boolean {
	const events: Array<Record<string, unknown>> = [];
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (isObject(value)) {
			if (value.type === 'event') events.push(value);
			else Object.values(value).forEach(walk);
		}
	};
	walk(body);
	return (
		events.length > 0 &&
		events.every((event) => isObject(event.attributes) && Boolean(event.attributes.unique_id))
	);
}
