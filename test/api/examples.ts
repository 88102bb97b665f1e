/**
 * The arguments a test passes to each of the 345 methods, read from the spec: path ids, a request
 * body that its schema accepts (required members only, plus an identifier where Klaviyo needs
 * one), and the query parameters the operation requires.
 */
import { readFileSync } from 'node:fs';

type Schema = Record<string, unknown>;

export const spec = JSON.parse(
	readFileSync(new URL('../../spec/klaviyo/stable.json', import.meta.url), 'utf8'),
) as {
	paths: Record<string, Record<string, SpecOperation>>;
	components: { schemas: Record<string, Schema> };
};

export interface SpecOperation {
	operationId: string;
	tags: string[];
	summary: string;
	parameters?: Array<{ name: string; in: string; required?: boolean; schema: Schema }>;
	requestBody?: { content: Record<string, { schema: Schema }> };
	responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export interface Operation {
	id: string;
	/** `getCatalogItems`. */
	name: string;
	/** `CatalogsApi`. */
	className: string;
	method: string;
	path: string;
	pathParams: string[];
	operation: SpecOperation;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
	METHODS.filter((method) => item[method]).map((method) => {
		const operation = item[method]!;
		return {
			id: operation.operationId,
			name: operation.operationId.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()),
			className: `${operation.tags[0]!.replace(/(^|\s)(\w)/g, (_, __, c: string) => c.toUpperCase()).replace(/\s/g, '')}Api`,
			method: method.toUpperCase(),
			path,
			pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
			operation,
		};
	}),
);

const resolve = (schema: Schema | undefined): Schema => {
	let current = schema ?? {};
	while (typeof current.$ref === 'string') current = spec.components.schemas[current.$ref.split('/').pop()!]!;
	return current;
};

/** Strings that Klaviyo (and the emulator) read beyond their schema. */
const STRINGS: Record<string, string> = {
	email: 'ada@example.com',
	phone_number: '+15005550006',
	external_id: 'ext-1',
	url: 'https://example.com/item',
	image_url: 'https://example.com/image.png',
	endpoint_url: 'https://example.com/hooks',
};

/** A value the schema accepts, as small as it allows. */
export function exampleOf(raw: Schema | undefined, name = '', depth = 0): unknown {
	const schema = resolve(raw);
	if (depth > 14) return null;
	if (Array.isArray(schema.enum)) return schema.enum[0];
	if (Array.isArray(schema.oneOf)) return exampleOf(schema.oneOf[0] as Schema, name, depth + 1);
	if (Array.isArray(schema.anyOf)) return exampleOf(schema.anyOf[0] as Schema, name, depth + 1);
	if (Array.isArray(schema.allOf)) {
		return Object.assign({}, ...(schema.allOf as Schema[]).map((part) => exampleOf(part, name, depth + 1)));
	}
	switch (schema.type) {
		case 'object': {
			const properties = (schema.properties ?? {}) as Record<string, Schema>;
			const required = new Set((schema.required ?? []) as string[]);
			// A profile needs an identifier even where the schema lists none as required.
			if (properties.email && !required.has('phone_number')) required.add('email');
			const out: Record<string, unknown> = {};
			for (const [key, property] of Object.entries(properties)) {
				if (required.has(key) && !resolve(property).readOnly) out[key] = exampleOf(property, key, depth + 1);
			}
			return out;
		}
		case 'array': {
			const items = schema.items as Schema | undefined;
			return [exampleOf(items, name, depth + 1)];
		}
		case 'string':
			if (schema.format === 'date-time') return '2026-07-15T00:00:00+00:00';
			if (schema.format === 'date') return '2026-07-15';
			if (schema.format === 'time') return '09:00:00';
			if (schema.format === 'uri') return 'https://example.com/';
			return STRINGS[name] ?? `${name || 'value'}-1`;
		case 'integer':
		case 'number':
			return typeof schema.minimum === 'number' ? schema.minimum : 1;
		case 'boolean':
			return false;
		default:
			return {};
	}
}

/** What Klaviyo requires beyond the schema's `required` (its descriptions say so). */
const BODY_EXTRAS: Record<string, (body: { data: Record<string, unknown> }) => void> = {
	create_client_subscription: (body) => {
		body.data.relationships = { list: { data: { type: 'list', id: 'list-1' } } };
	},
};

/** The JSON body the operation takes, or undefined. */
export function bodyOf(op: Operation): unknown {
	const content = op.operation.requestBody?.content;
	if (!content) return undefined;
	if (content['multipart/form-data']) return { file: PNG, name: 'pixel.png' };
	const body = exampleOf(content['application/vnd.api+json']!.schema) as { data: Record<string, unknown> };
	BODY_EXTRAS[op.id]?.(body);
	return body;
}

/** A 1×1 transparent PNG. */
export const PNG = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
	(c) => c.charCodeAt(0),
);

/** An id for a path parameter: its schema's first enum value, or the test's own. */
export function idFor(op: Operation, name: string, fallback: string): string {
	const parameter = op.operation.parameters?.find((p) => p.in === 'path' && p.name === name);
	const values = resolve(parameter?.schema).enum as string[] | undefined;
	return values?.[0] ?? fallback;
}

/** The query options the operation requires, by option name. */
export function requiredOptions(op: Operation, publicKey: string): Record<string, unknown> {
	const options: Record<string, unknown> = {};
	for (const parameter of op.operation.parameters ?? []) {
		if (parameter.in !== 'query' || !parameter.required) continue;
		const name = parameter.name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
		if (name === 'companyId') options[name] = publicKey;
		else if (name === 'filter') options[name] = FILTERS[op.id];
		else options[name] = parameter.schema.example ?? exampleOf(parameter.schema, parameter.name);
	}
	return options;
}

/**
 * Every optional query option the operation has that needs no account state: `fields` and
 * `additionalFields` with each type's first field, `include`, `sort`, `pageSize`. Returns the
 * options and the wire query they must become.
 */
export function optionalQuery(op: Operation): {
	options: Record<string, unknown>;
	wire: Record<string, string>;
} {
	const options: Record<string, Record<string, unknown> | unknown> = {};
	const wire: Record<string, string> = {};
	for (const parameter of op.operation.parameters ?? []) {
		if (parameter.in !== 'query' || parameter.required) continue;
		const schema = resolve(parameter.schema);
		const first =
			(resolve(schema.items as Schema).enum as string[] | undefined)?.[0] ?? (schema.enum as string[])?.[0];
		const family = /^(fields|additional-fields)\[(.+)\]$/.exec(parameter.name);
		if (family && first) {
			const key = family[1] === 'fields' ? 'fields' : 'additionalFields';
			options[key] = { ...(options[key] as object), [family[2]!]: [first] };
		} else if ((parameter.name === 'include' || parameter.name === 'sort') && first) {
			options[parameter.name] = parameter.name === 'include' ? [first] : first;
		} else if (parameter.name === 'page[size]') {
			options.pageSize = typeof schema.minimum === 'number' ? schema.minimum : 1;
		} else continue;
		wire[parameter.name] = String(first ?? options.pageSize);
	}
	return { options, wire };
}

/** Filters for the two operations that require one (their descriptions' allowed fields). */
const FILTERS: Record<string, string> = {
	get_campaigns: "equals(messages.channel,'email')",
	get_coupon_codes: 'any(coupon.id,["10OFF"])',
};
