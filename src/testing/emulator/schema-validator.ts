/**
 * JSON Schema validation against the vendored spec, with @cfworker/json-schema: it interprets
 * schemas instead of compiling them to code (ajv's `new Function` is refused in workerd), so the
 * same validation runs in Node, Deno, Bun and Workers.
 *
 * Each category document is registered whole under its own base URI, and schemas are reached
 * by JSON pointers into it (`<file>.json#/paths/~1api~1events/post/...`). That way the spec's
 * internal `#/components/...` references resolve within the right file without any
 * dereferencing step. Draft 2019-09 semantics: keywords next to a `$ref` still apply, as they
 * did under ajv 8.
 */
import { dereference, type OutputUnit, type Schema, validate } from '@cfworker/json-schema';
import {
	escapePointer,
	JSON_API,
	loadedSpec,
	type Operation,
	type SchemaObject,
	type SpecDocument,
	type SpecFile,
} from './spec.js';

const BASE = 'https://klaviyo-emulator.invalid/spec/';
const DRAFT = '2019-09';

type Lookup = Record<string, Schema | boolean>;

let spec: Lookup | undefined;
const parameterLookups = new WeakMap<SchemaObject, Lookup>();

/** Every spec document's schemas by absolute URI, built once (a few ms) on first use. */
function specLookup(): Lookup {
	if (spec) return spec;
	spec = Object.create(null) as Lookup;
	for (const [file, doc] of Object.entries(loadedSpec().documents)) {
		dereference({ ...schemasOf(doc), $id: `${BASE}${file}.json` }, spec);
	}
	return spec;
}

/**
 * The parts of a document that are schemas, at their usual pointers. The validator walks
 * whatever it is given as schemas, and would read non-schema members (a filter table's `id`
 * field, say) as schema ids.
 */
function schemasOf(doc: SpecDocument): Schema {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const [path, item] of Object.entries(doc.paths)) {
		const methods: Record<string, unknown> = {};
		for (const [method, op] of Object.entries(item)) {
			if (op?.responses) methods[method] = { requestBody: op.requestBody, responses: op.responses };
		}
		paths[path] = methods;
	}
	const { schemas, responses } = doc.components as { schemas?: unknown; responses?: unknown };
	return { paths, components: { schemas, responses } };
}

/** A pointer as the validator keys it: percent-encoded where a URI fragment needs it (`{id}`). */
const uriFragment = (pointer: string) =>
	pointer.replace(/[^A-Za-z0-9._~!$&'()*+,;=:@/?-]/gu, (char) => encodeURIComponent(char));

function validateAt(file: SpecFile, pointer: string, value: unknown): OutputUnit[] {
	const lookup = specLookup();
	const schema = lookup[`${BASE}${file}.json#${uriFragment(pointer)}`];
	if (schema === undefined) throw new Error(`No schema at ${file}.json#${pointer}`);
	return validate(value, schema as Schema, DRAFT, lookup, false).errors;
}

/** A violation with a JSON pointer into the validated value (`/data/attributes/email`). */
export interface SchemaViolation {
	pointer: string;
	message: string;
}

/** Validates a request body against the operation's `application/vnd.api+json` schema. */
export function validateRequestBody(operation: Operation, body: unknown): SchemaViolation[] {
	const pointer = `${operation.pointer}/requestBody/content/${escapePointer(JSON_API)}/schema`;
	return violationsOf(validateAt(operation.file, pointer, body));
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
	return violationsOf(validateAt(operation.file, pointer, body));
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
