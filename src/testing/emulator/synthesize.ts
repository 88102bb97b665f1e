/**
 * A value built from a JSON schema of the spec, for the operations the emulator does not model
 * (reports, renders, clones…): deterministic (the same request gets the same answer), as small
 * as the schema allows, and valid under it, so a client's parser meets exactly the shape the spec
 * promises. Ids and links follow the request (`GET /api/campaign-recipient-estimations/{id}`
 * answers with that id; `links.self` is the request's URL).
 *
 *   required members        → synthesized
 *   optional, nullable      → null
 *   optional, not nullable  → synthesized (near the top), left out deeper down
 *   optional links.next/prev → left out: a synthesized list is its last page
 *   arrays                  → as few items as `minItems` allows (usually none)
 *   anyOf / oneOf           → the first branch that is not null; allOf → every branch merged
 */
import { conforms, resolveSchema } from './schema-validator.js';
import type { SchemaObject } from './spec.js';

export interface SynthesisHints {
	/** The primary resource's id (from the path or the request body). */
	id?: string;
	/** For `format: uri` members (`links.self`). */
	url: string;
	/** Seeds the ids of everything else, so answers repeat. */
	seed: string;
	/** Text for a plain string member, by its path (tests use it to build meaningful requests). */
	text?(path: string[]): string | undefined;
	/** Fill optional nullable members and give arrays this many items (a request, not an answer). */
	full?: number;
}

/** The revision's date: a fixed time, so synthesized answers are deterministic. */
const DATE = '2026-07-15';
const DATE_TIME = `${DATE}T00:00:00+00:00`;
/** Below this depth optional members are left out (keeps recursive schemas finite). */
const OPTIONAL_DEPTH = 4;
const MAX_DEPTH = 24;
/** The same, for requests (`full`): an event of a bulk event job sits eleven levels down. */
const FULL_DEPTH = 16;

/** A union no value satisfies; an optional member holding it is left out. */
const UNSATISFIABLE = Symbol('unsatisfiable');

export function synthesize(schema: SchemaObject | undefined, hints: SynthesisHints): unknown {
	const result = value(schema, hints, [], 0);
	return result === UNSATISFIABLE ? null : result;
}

function value(raw: SchemaObject | undefined, hints: SynthesisHints, path: string[], depth: number): unknown {
	const schema = resolveSchema(raw);
	if (!schema || depth > MAX_DEPTH) return null;
	if ('const' in schema) return schema.const;
	if (schema.default !== undefined && schema.default !== null && conforms(schema, schema.default))
		return schema.default;
	if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? schema.enum[0] ?? null;
	const branches = (schema.anyOf ?? schema.oneOf) as SchemaObject[] | undefined;
	if (branches) {
		// The first branch whose value the union accepts (under oneOf, a value two branches
		// accept is refused).
		for (const branch of branches.filter((b) => !isNullSchema(b))) {
			const candidate = value(branch, hints, path, depth);
			if (conforms(schema, candidate)) return candidate;
		}
		// No value satisfies it (the spec's `send_options` is a oneOf of three identical shapes):
		// null where allowed, else left out where optional.
		return branches.some(isNullSchema) ? null : UNSATISFIABLE;
	}
	if (Array.isArray(schema.allOf)) {
		const parts = (schema.allOf as SchemaObject[])
			.map((part) => value(part, hints, path, depth))
			.filter((part) => part !== UNSATISFIABLE);
		return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
	}
	switch (typeOf(schema)) {
		case 'object':
			return object(schema, hints, path, depth);
		case 'array': {
			const count = Math.max(typeof schema.minItems === 'number' ? schema.minItems : 0, hints.full ?? 0);
			const items = schema.items as SchemaObject | undefined;
			return Array.from({ length: count }, (_, i) => {
				const item = value(items, hints, [...path, String(i)], depth + 1);
				return item === UNSATISFIABLE ? null : item;
			});
		}
		case 'string':
			return string(schema, hints, path);
		case 'integer':
		case 'number':
			return typeof schema.minimum === 'number' ? schema.minimum : 0;
		case 'boolean':
			return false;
		case 'null':
			return null;
		default:
			return {};
	}
}

function object(schema: SchemaObject, hints: SynthesisHints, path: string[], depth: number) {
	const properties = (schema.properties ?? {}) as Record<string, SchemaObject>;
	const required = new Set((schema.required as string[] | undefined) ?? []);
	const out: Record<string, unknown> = {};
	const pageLinks = path.at(-1) === 'links';
	for (const [name, property] of Object.entries(properties)) {
		let member: unknown;
		if (required.has(name)) member = value(property, hints, [...path, name], depth + 1);
		// A `next` (or `prev`) would be the request's own URL: a client would page forever.
		else if (pageLinks && (name === 'next' || name === 'prev')) continue;
		else if (isNullable(property) && !hints.full) member = null;
		else if (depth < (hints.full ? FULL_DEPTH : OPTIONAL_DEPTH))
			member = value(property, hints, [...path, name], depth + 1);
		else continue;
		if (member !== UNSATISFIABLE) out[name] = member;
		else if (required.has(name)) out[name] = null;
	}
	return out;
}

function string(schema: SchemaObject, hints: SynthesisHints, path: string[]): string {
	switch (schema.format) {
		case 'date-time':
			return DATE_TIME;
		case 'date':
			return DATE;
		case 'time':
			return '00:00:00';
		case 'uri':
			return hints.url;
	}
	const name = path.at(-1);
	// The primary resource's id follows the request; every other id is stable per request.
	if (name === 'id')
		return path.length === 2 && path[0] === 'data' && hints.id
			? hints.id
			: stableId(`${hints.seed}/${path.join('/')}`);
	const text = hints.text?.(path) ?? '';
	const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
	return text.padEnd(min, 'x');
}

/** A 26-character id (ULID alphabet) that depends only on its seed. */
export function stableId(seed: string): string {
	const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
	let hash = 2166136261;
	let id = '';
	for (let i = 0; id.length < 26; i++) {
		hash ^= seed.charCodeAt(i % Math.max(seed.length, 1)) + i;
		hash = Math.imul(hash, 16777619) >>> 0;
		id += alphabet[hash % 32];
	}
	return id;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{enum: [null]}`, the branch normalisation adds for OpenAPI's `nullable`. */
const isNullSchema = (schema: SchemaObject) =>
	Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null;

function isNullable(raw: SchemaObject): boolean {
	const schema = resolveSchema(raw);
	if (!schema) return false;
	if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
	const branches = (schema.anyOf ?? schema.oneOf) as SchemaObject[] | undefined;
	return Boolean(branches?.some(isNullSchema));
}

function typeOf(schema: SchemaObject): string | undefined {
	if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') ?? 'null';
	if (typeof schema.type === 'string') return schema.type;
	if (schema.properties) return 'object';
	return undefined;
}
