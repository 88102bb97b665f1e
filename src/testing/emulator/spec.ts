/**
 * Loads Klaviyo's whole stable spec (spec/klaviyo/stable.json, every category in one document)
 * once per realm and turns its `paths` into an operation table the router, the checks and the
 * handlers work from.
 *
 * The document is the contract: routes, parameters, request bodies and response shapes all
 * come from here, so the emulator stays in step with the spec revision the SDK targets.
 * Schemas are normalised lazily, one at a time, when a validator or a handler first reads them
 * (schema-validator.ts); only the operations' parameters are normalised here.
 */

/** The only request/response media type the spec declares (image upload aside). */
export const JSON_API = 'application/vnd.api+json';
/** `upload_image_from_file` takes a file. */
export const MULTIPART = 'multipart/form-data';

// Loose views of the OpenAPI objects we read; the document is trusted input.
export interface SchemaObject {
	[keyword: string]: unknown;
}

export interface ParameterObject {
	name: string;
	in: 'query' | 'path' | 'header';
	required?: boolean;
	description?: string;
	schema?: SchemaObject & {
		type?: string | string[];
		default?: unknown;
		items?: SchemaObject;
		enum?: unknown[];
	};
	explode?: boolean;
}

export interface FilterSpecField {
	operators: Partial<Record<'single' | 'list' | 'none', string[]>>;
	value?: { type?: string; format?: string; enum?: unknown[] };
}

interface OperationObject {
	operationId: string;
	tags?: string[];
	description?: string;
	parameters?: ParameterObject[];
	requestBody?: { required?: boolean; content: Record<string, unknown> };
	responses: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
	security?: unknown[];
	'x-klaviyo-filters'?: Record<string, FilterSpecField>;
}

/** The document as read; only what the emulator uses is typed. */
export interface SpecDocument {
	openapi: string;
	info: { version: string };
	security?: unknown[];
	paths: Record<string, Record<string, OperationObject>>;
	components: Record<string, unknown>;
}

export interface Operation {
	id: string;
	/** Upper-case HTTP method. */
	method: string;
	/** Templated path as in the spec, e.g. `/api/profiles/{id}`. */
	path: string;
	/** The spec's tag (`Catalogs`, `Custom Objects`), which names the official SDK's class. */
	tag: string;
	/** JSON pointer to the operation object, used to reference its schemas. */
	pointer: string;
	description: string;
	/** Parameters with OpenAPI's `nullable` already turned into JSON Schema. */
	parameters: ParameterObject[];
	/** Whether the operation declares a request body, whether it is required, and its media type. */
	body: { declared: boolean; required: boolean; mediaType?: string };
	/** JSON pointer of each declared response's body schema, by status key (`200`, `4XX`), `$ref`s resolved. */
	responseSchemas: Record<string, string>;
	/** The status a success answers with (the spec's one 2xx). */
	successStatus: number;
	/** True when `Authorization: Klaviyo-API-Key <private key>` is required (all /api/* ops). */
	requiresPrivateKey: boolean;
	/** `x-klaviyo-filters`, when the operation has a `filter` parameter. */
	filters?: Record<string, FilterSpecField>;
	/** Payload size limit stated in the description ("The maximum allowed payload size is 5MB"). */
	maxPayloadBytes?: number;
}

export interface Spec {
	/** The newest revision the document describes (its `info.version`). */
	revision: string;
	document: SpecDocument;
	operations: Operation[];
	/** Operations by operationId. */
	byId: Map<string, Operation>;
}

let cached: Spec | undefined;
let loading: Promise<Spec> | undefined;

/**
 * Loads and indexes the vendored spec; cached for the life of the realm. Async because the
 * document is a lazily imported module (importing the entry stays cheap).
 */
export function loadSpec(): Promise<Spec> {
	loading ??= import('./spec-documents.js').then(async ({ readDocument }) => {
		const document = (await readDocument()) as SpecDocument;
		const operations = indexOperations(document);
		cached = {
			revision: document.info.version,
			document,
			operations,
			byId: new Map(operations.map((operation) => [operation.id, operation])),
		};
		return cached;
	});
	return loading;
}

/** The spec once `loadSpec()` has resolved (everything past the first await in a request). */
export function loadedSpec(): Spec {
	if (!cached) throw new Error('The Klaviyo spec is not loaded yet: await loadSpec() first.');
	return cached;
}

function indexOperations(doc: SpecDocument): Operation[] {
	const operations: Operation[] = [];
	for (const [path, item] of Object.entries(doc.paths)) {
		for (const [method, op] of Object.entries(item)) {
			if (!op || typeof op !== 'object' || !('operationId' in op)) continue;
			// An empty `security: []` opts out of the document-wide API-key requirement (/client/*).
			const security = op.security ?? doc.security ?? [];
			const pointer = `/paths/${escapePointer(path)}/${method}`;
			const responseSchemas = responseSchemaPointers(doc, op, pointer);
			operations.push({
				id: op.operationId,
				method: method.toUpperCase(),
				path,
				tag: op.tags?.[0] ?? '',
				pointer,
				description: op.description ?? '',
				parameters: (op.parameters ?? []).map((p) => normaliseNullable(p) as ParameterObject),
				body: {
					declared: Boolean(op.requestBody),
					required: Boolean(op.requestBody?.required),
					mediaType: Object.keys(op.requestBody?.content ?? {})[0],
				},
				responseSchemas,
				successStatus: Number(Object.keys(op.responses).find((status) => /^2\d\d$/.test(status)) ?? 200),
				requiresPrivateKey: security.length > 0,
				filters: op['x-klaviyo-filters'],
				maxPayloadBytes: payloadLimit(op.description ?? ''),
			});
		}
	}
	return operations;
}

/** Where each response's JSON:API schema lives; shared error responses are `$ref`s into components. */
function responseSchemaPointers(
	doc: SpecDocument,
	op: OperationObject,
	operationPointer: string,
): Record<string, string> {
	const pointers: Record<string, string> = {};
	const media = `content/${escapePointer(JSON_API)}/schema`;
	for (const [status, response] of Object.entries(op.responses)) {
		if (response.$ref?.startsWith('#/')) {
			const [, kind, name] = response.$ref.slice(2).split('/');
			const target = (doc.components[kind!] as Record<string, { content?: Record<string, unknown> }>)?.[
				name!
			];
			if (target?.content?.[JSON_API]) pointers[status] = `${response.$ref.slice(1)}/${media}`;
		} else if (response.content?.[JSON_API]) {
			pointers[status] = `${operationPointer}/responses/${escapePointer(status)}/${media}`;
		}
	}
	return pointers;
}

/** "The maximum allowed payload size is 100KB." → 102400 (the first such sentence counts). */
function payloadLimit(description: string): number | undefined {
	const match = /maximum allowed payload size is (\d+(?:\.\d+)?)\s*(KB|MB)/i.exec(description);
	if (!match) return undefined;
	const unit = match[2]!.toUpperCase() === 'MB' ? 1024 * 1024 : 1024;
	return Math.round(Number(match[1]) * unit);
}

export const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * OpenAPI 3.0 `nullable` is not JSON Schema. The spec uses it two ways:
 *  - with `type` → `type: [T, 'null']` (and `null` added to any `enum`);
 *  - without `type` (next to `$ref`/`oneOf`/`allOf`) → `anyOf: [<schema>, {enum: [null]}]`,
 *    keeping the `$ref` so the schema still resolves within its file.
 * Doing this up front means ajv validates exactly what the spec means instead of
 * refusing the schema or silently skipping it (see spec/klaviyo/README.md).
 *
 * `oneOf` becomes `anyOf`: the spec writes alternatives as oneOf of open objects that overlap
 * (a campaign's `send_options` is a oneOf of three identical shapes; a message's `content`, of
 * email and SMS objects that both accept `{"subject": "Hi"}`), so under strict oneOf nearly every
 * real document, Klaviyo's own answers included, would be refused. Klaviyo's servers and SDKs
 * take the first branch that fits; so does anyOf. (No schema has a discriminator.)
 */
export function normaliseNullable(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(normaliseNullable);
	if (!node || typeof node !== 'object') return node;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(node)) {
		// Examples are sample data, not schemas: the validator would walk them as schemas (an
		// example's `id` reads as a schema id), and nothing else reads them.
		if (key === 'example' || key === 'examples') continue;
		out[key === 'oneOf' && Array.isArray(value) ? 'anyOf' : key] = normaliseNullable(value);
	}
	// Only the boolean keyword; a *property* named "nullable" would be an object.
	if (typeof out.nullable !== 'boolean') return out;
	const nullable = out.nullable;
	delete out.nullable;
	if (!nullable) return out;
	if (typeof out.type === 'string') {
		out.type = [out.type, 'null'];
		if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
		return out;
	}
	const { description, ...schema } = out;
	const wrapped: Record<string, unknown> = { anyOf: [schema, { enum: [null] }] };
	if (description !== undefined) wrapped.description = description;
	return wrapped;
}
