/**
 * JSON Schema validation (ajv) against the vendored spec.
 *
 * Each category document is registered whole under its own `$id`, and validators are
 * compiled from JSON pointers into it (`<file>#/paths/~1api~1events/post/...`). That way the
 * spec's internal `#/components/...` references resolve within the right file without any
 * dereferencing step. Validators are compiled lazily and cached for the process.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
	escapePointer,
	JSON_API,
	loadedSpec,
	type Operation,
	type SchemaObject,
	type SpecFile,
} from './spec.js';

const BASE = 'https://klaviyo-emulator.invalid/spec/';

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv {
	if (ajv) return ajv;
	// strict: false because the spec carries OpenAPI-only keywords (example, x-*). The spec's
	// schemas are large and heavily shared (segment definitions alone are hundreds of
	// variants): compiling each $ref once instead of inlining it, without the optimiser
	// pass, cuts compile time by more than half at no noticeable validation cost.
	ajv = new Ajv({
		strict: false,
		allErrors: true,
		validateSchema: false,
		inlineRefs: false,
		code: { optimize: false },
	});
	addFormats(ajv);
	const { documents } = loadedSpec();
	for (const [file, doc] of Object.entries(documents)) ajv.addSchema({ ...doc, $id: `${BASE}${file}.json` });
	return ajv;
}

function validatorAt(file: SpecFile, pointer: string): ValidateFunction {
	const ref = `${BASE}${file}.json#${pointer}`;
	let validate = compiled.get(ref);
	if (!validate) {
		validate = instance().compile({ $ref: ref });
		compiled.set(ref, validate);
	}
	return validate;
}

/** A violation with a JSON pointer into the validated value (`/data/attributes/email`). */
export interface SchemaViolation {
	pointer: string;
	message: string;
}

/** Validates a request body against the operation's `application/vnd.api+json` schema. */
export function validateRequestBody(operation: Operation, body: unknown): SchemaViolation[] {
	const pointer = `${operation.pointer}/requestBody/content/${escapePointer(JSON_API)}/schema`;
	return run(validatorAt(operation.file, pointer), body);
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
	return run(validatorAt(operation.file, pointer), body);
}

/** Validates one (already type-converted) parameter value against its schema. */
export function validateValue(schema: SchemaObject, value: unknown): string[] {
	const key = JSON.stringify(schema);
	let validate = compiled.get(key);
	if (!validate) {
		validate = instance().compile(schema);
		compiled.set(key, validate);
	}
	return run(validate, value).map((v) => (v.pointer ? `${v.pointer} ${v.message}` : v.message));
}

function run(validate: ValidateFunction, value: unknown): SchemaViolation[] {
	if (validate(value)) return [];
	return simplify(validate.errors ?? []).map((error) => ({
		// Point at the missing member itself, as Klaviyo does (`/data/attributes/name`).
		pointer:
			error.keyword === 'required'
				? `${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`
				: error.instancePath,
		message: describe(error),
	}));
}

/**
 * ajv reports every failed branch of `anyOf`/`oneOf`. For the `{enum:[null]}` branches added
 * for `nullable`, and for the generic "must match a schema in anyOf" line, that is noise
 * whenever a more specific error exists at or below the same place; drop those.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
	const isNullBranch = (e: ErrorObject) =>
		e.keyword === 'enum' &&
		Array.isArray(e.params.allowedValues) &&
		e.params.allowedValues.length === 1 &&
		e.params.allowedValues[0] === null;
	const specific = errors.filter((e) => !isNullBranch(e) && e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
	const hasSpecificAt = (path: string) =>
		specific.some((e) => e.instancePath === path || e.instancePath.startsWith(`${path}/`));
	const kept = errors.filter((e) => {
		if (isNullBranch(e)) return !hasSpecificAt(e.instancePath);
		if (e.keyword === 'anyOf' || e.keyword === 'oneOf') return !hasSpecificAt(e.instancePath);
		return true;
	});
	// Identical messages can repeat across branches; keep one of each.
	const seen = new Set<string>();
	return kept.filter((e) => {
		const key = `${e.instancePath}|${describe(e)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function describe(error: ErrorObject): string {
	switch (error.keyword) {
		case 'required':
			return `'${error.params.missingProperty}' is a required property`;
		case 'enum':
			return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
		case 'const':
			return `must be ${JSON.stringify(error.params.allowedValue)}`;
		case 'anyOf':
		case 'oneOf':
			return 'is not any of the allowed shapes (nor null)';
		default:
			return error.message ?? `fails ${error.keyword}`;
	}
}
