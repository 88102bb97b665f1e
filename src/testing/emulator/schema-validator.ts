/**
 * JSON Schema validation against the vendored spec, with @cfworker/json-schema: it interprets
 * schemas instead of compiling them to code (ajv's `new Function` is refused in workerd), so the
 * same validation runs in Node, Deno, Bun and Workers.
 *
 * Schemas are reached by JSON pointers into the one document (`stable.json#/paths/~1api~1events/
 * post/...`), so the spec's `#/components/...` references resolve without any dereferencing
 * step. The lookup is lazy: a schema is normalised (OpenAPI `nullable` → JSON Schema) and
 * registered the first time a validation reaches it, so an emulator that answers ten operations
 * prepares the few hundred schemas they use, not the spec's thirteen hundred. Draft 2019-09
 * semantics: keywords next to a `$ref` still apply, as they did under ajv 8.
 */
import { dereference, type OutputUnit, type Schema, validate } from '@cfworker/json-schema';
import {
	escapePointer,
	JSON_API,
	loadedSpec,
	normaliseNullable,
	type Operation,
	type SchemaObject,
} from './spec.js';

const BASE = 'https://klaviyo-emulator.invalid/spec/stable.json';
const DRAFT = '2019-09';

type Lookup = Record<string, Schema | boolean>;

let lookup: Lookup | undefined;
const parameterLookups = new WeakMap<SchemaObject, Lookup>();

/**
 * Every schema of the spec by absolute URI, filled on demand: a miss finds the schema's root
 * (a component schema, or an operation's request/response schema), normalises it and registers
 * it with everything beneath it.
 */
function specLookup(): Lookup {
	if (lookup) return lookup;
	const { document } = loadedSpec();
	const registered = Object.create(null) as Lookup;
	const base = new URL(BASE);
	const load = (uri: string): Schema | boolean | undefined => {
		if (!uri.startsWith(`${BASE}#/`)) return undefined;
		const segments = uri
			.slice(BASE.length + 2)
			.split('/')
			.map(decodeSegment);
		const root = rootLength(segments);
		if (root === 0) return undefined;
		const raw = segments
			.slice(0, root)
			.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
		if (raw === undefined) return undefined;
		dereference(normaliseNullable(raw) as Schema, registered, base, fragmentOf(segments.slice(0, root)));
		return registered[uri];
	};
	lookup = new Proxy(registered, {
		get: (target, uri) => (typeof uri === 'string' ? (target[uri] ?? load(uri)) : undefined),
	});
	return lookup;
}

/**
 * How many leading segments name the schema a pointer lives in: `components/schemas/<name>`,
 * or everything up to the first `schema` (an operation's or a shared response's body).
 */
function rootLength(segments: string[]): number {
	if (segments[0] === 'components' && segments[1] === 'schemas') return segments.length >= 3 ? 3 : 0;
	const schema = segments.indexOf('schema');
	return schema < 0 ? 0 : schema + 1;
}

const decodeSegment = (segment: string) =>
	decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');

/** Unescaped segments → the fragment the validator keys schemas by (`/paths/~1api~1x~1%7Bid%7D`). */
const fragmentOf = (segments: string[]) =>
	segments.map((segment) => `/${encodeURI(escapePointer(segment)).replace(/#/g, '%23')}`).join('');

/** An escaped JSON pointer (`/paths/~1api~1x/get`) → its lookup URI. */
const uriOf = (pointer: string) => `${BASE}#${fragmentOf(pointer.split('/').slice(1).map(decodeSegment))}`;

/**
 * The normalised schema at a JSON pointer (escaped, as in `Operation.pointer`), following a
 * `$ref` at that place; undefined when the spec has none there.
 */
export function schemaAt(pointer: string): SchemaObject | undefined {
	return resolveSchema(specLookup()[uriOf(pointer)] as SchemaObject | undefined);
}

/** Follows `$ref`s (the spec's point at whole components). */
export function resolveSchema(schema: SchemaObject | undefined): SchemaObject | undefined {
	let node = schema;
	for (let hops = 0; node && typeof node.$ref === 'string' && hops < 32; hops++) {
		const uri = (node as { __absolute_ref__?: string }).__absolute_ref__ ?? uriOf(node.$ref.slice(1));
		node = specLookup()[uri] as SchemaObject | undefined;
	}
	return node;
}

function validateAt(pointer: string, value: unknown): OutputUnit[] {
	const all = specLookup();
	const schema = all[uriOf(pointer)];
	if (schema === undefined) throw new Error(`No schema at stable.json#${pointer}`);
	return validate(value, schema as Schema, DRAFT, all, false).errors;
}

/** Whether a value is valid under a schema of the spec (one already reached through this module). */
export function conforms(schema: SchemaObject, value: unknown): boolean {
	return validate(value, schema as Schema, DRAFT, specLookup(), true).valid;
}

/** Where an operation's request body schema lives (JSON:API or multipart). */
export const requestSchemaPointer = (operation: Operation) =>
	`${operation.pointer}/requestBody/content/${escapePointer(operation.body.mediaType ?? JSON_API)}/schema`;

/** A violation with a JSON pointer into the validated value (`/data/attributes/email`). */
export interface SchemaViolation {
	pointer: string;
	message: string;
}

/** Validates a request body against the operation's schema (`application/vnd.api+json`, or the multipart form's fields). */
export function validateRequestBody(operation: Operation, body: unknown): SchemaViolation[] {
	return violationsOf(validateAt(requestSchemaPointer(operation), body));
}

/**
 * Validates a response document against the schema the spec declares for that status:
 * the exact 2xx code, or the `4XX` / `5XX` error document.
 */
export function validateResponseBody(operation: Operation, status: number, body: unknown): SchemaViolation[] {
	const key = status >= 400 ? `${Math.floor(status / 100)}XX` : String(status);
	const pointer = operation.responseSchemas[key];
	if (!pointer) {
		return body === undefined
			? []
			: [{ pointer: '', message: `no response body is declared for status ${status}` }];
	}
	if (body === undefined) return [{ pointer: '', message: `status ${status} requires a body` }];
	return violationsOf(validateAt(pointer, body));
}

/** Validates one (already type-converted) parameter value against its schema (none has a `$ref`). */
export function validateValue(schema: SchemaObject, value: unknown): string[] {
	let lookup = parameterLookups.get(schema);
	if (!lookup) {
		lookup = dereference(schema as Schema);
		parameterLookups.set(schema, lookup);
	}
	const { errors } = validate(value, schema as Schema, DRAFT, lookup, false);
	return violationsOf(errors).map((v) => (v.pointer ? `${v.pointer} ${v.message}` : v.message));
}

/**
 * The validator reports each failure once at the keyword that failed and again at every
 * keyword on the way there (`$ref`, `properties`, `items`, `allOf`: "A subschema had errors").
 * Keep the failures themselves, worded as before (ajv's wording), pointing at the missing
 * member for `required`, as Klaviyo does (`/data/attributes/name`).
 */
function violationsOf(units: OutputUnit[]): SchemaViolation[] {
	const failures = units.flatMap((unit): Failure[] => {
		const at = unit.instanceLocation.replace(/^#/, '');
		if (WRAPPERS.has(unit.keyword)) return [];
		if (unit.keyword === 'required') {
			const name = /required property "(.*)"\.$/.exec(unit.error)?.[1] ?? '';
			return [
				{
					keyword: 'required',
					pointer: `${at}/${escapePointer(name)}`,
					message: `'${name}' is a required property`,
				},
			];
		}
		return [{ keyword: unit.keyword, pointer: at, message: describe(unit), nullBranch: isNullBranch(unit) }];
	});
	return simplify(failures).map(({ pointer, message }) => ({ pointer, message }));
}

/** Keywords that only report that something beneath them failed. */
const WRAPPERS = new Set([
	'$ref',
	'$recursiveRef',
	'properties',
	'patternProperties',
	'items',
	'additionalItems',
	'allOf',
	'if',
	'then',
	'else',
	'dependentSchemas',
	'contains',
	'false',
]);

interface Failure {
	keyword: string;
	pointer: string;
	message: string;
	/** The `{enum: [null]}` branch added for OpenAPI's `nullable`. */
	nullBranch?: boolean;
}

const isNullBranch = (unit: OutputUnit) =>
	unit.keyword === 'enum' && unit.error === 'Instance does not match any of [null].';

/**
 * `anyOf`/`oneOf` report every failed branch. For the `{enum:[null]}` branches added for
 * `nullable`, and for the generic "is not any of the allowed shapes" line, that is noise
 * whenever a more specific failure exists at or below the same place; drop those.
 */
function simplify(failures: Failure[]): Failure[] {
	const branchy = (f: Failure) => f.nullBranch || f.keyword === 'anyOf' || f.keyword === 'oneOf';
	const specific = failures.filter((f) => !branchy(f));
	const hasSpecificAt = (path: string) =>
		specific.some((f) => f.pointer === path || f.pointer.startsWith(`${path}/`));
	const kept = failures.filter((f) => !branchy(f) || !hasSpecificAt(f.pointer));
	// Identical messages can repeat across branches; keep one of each.
	const seen = new Set<string>();
	return kept.filter((f) => {
		const key = `${f.pointer}|${f.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The validator's message in ajv's words, which the emulator has always reported. */
function describe(unit: OutputUnit): string {
	const { keyword, error } = unit;
	switch (keyword) {
		case 'type': {
			const expected = /Expected (.*)\.$/.exec(error)?.[1] ?? '';
			return `must be ${expected.replace(/"/g, '').replace(/, /g, ',')}`;
		}
		case 'enum': {
			const allowed = /any of (.*)\.$/s.exec(error)?.[1];
			const values = allowed ? (JSON.parse(allowed) as unknown[]) : [];
			return `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
		}
		case 'const':
			return `must be ${/does not match (.*)\.$/s.exec(error)?.[1] ?? ''}`;
		case 'format':
			return `must match format ${/format (".*")\.$/.exec(error)?.[1] ?? ''}`;
		case 'anyOf':
		case 'oneOf':
			return 'is not any of the allowed shapes (nor null)';
		case 'minimum':
		case 'maximum':
		case 'exclusiveMinimum':
		case 'exclusiveMaximum': {
			const limit = /(-?[\d.e+]+)\.$/.exec(error)?.[1];
			const op = { minimum: '>=', maximum: '<=', exclusiveMinimum: '>', exclusiveMaximum: '<' }[keyword];
			return limit === undefined ? error : `must be ${op} ${limit}`;
		}
		case 'minLength':
			return `must NOT have fewer than ${/< (\d+)\)/.exec(error)?.[1]} characters`;
		case 'maxLength':
			return `must NOT have more than ${/> (\d+)\)/.exec(error)?.[1]} characters`;
		case 'minItems':
			return `must NOT have fewer than ${/< (\d+)\)/.exec(error)?.[1]} items`;
		case 'maxItems':
			return `must NOT have more than ${/> (\d+)\)/.exec(error)?.[1]} items`;
		case 'additionalProperties':
			return 'must NOT have additional properties';
		default:
			return error;
	}
}
