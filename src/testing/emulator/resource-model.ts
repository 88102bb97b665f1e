/**
 * What the generic store knows about Klaviyo's resources, derived once from the spec's paths
 * and response types rather than written per tag:
 *
 *   GET    /api/X                          list of X's type          (role `list`)
 *   POST   /api/X                          create one                (`create`; `job` for `*-job` types)
 *   GET    /api/X/{id}   PATCH   DELETE    read, update, delete      (`read`, `update`, `delete`)
 *   GET    /api/X/{id}/R                   the related resources     (`related`)
 *   *      /api/X/{id}/relationships/R     the linkage               (`relationship`)
 *   POST   /api/X-clone                    a copy of one             (`clone`)
 *
 * A type is *held* when the API can bring one into being (a create, a job, a hand-modelled
 * handler); operations on types it cannot hold (accounts, reviews, flow actions…) have no
 * role and are answered from the spec's schemas instead (handlers/synthesized.ts).
 */
import { loadedSpec, type Operation, type ParameterObject, type SpecDocument } from './spec.js';

export type Role =
	| { kind: 'list' | 'create' | 'read' | 'update' | 'delete' | 'job' | 'clone'; type: string }
	| { kind: 'related' | 'relationship'; owner: string; name: string; type: string; many: boolean };

export interface TypeInfo {
	type: string;
	/** The collection's path segment (`catalog-items`), for links. */
	collection: string;
	/** The read operation's `{id}` parameter: its description and example tell the id format. */
	idParameter?: ParameterObject;
	/** The operation that reads one (else lists them): its response schema says what a record shows. */
	reader?: Operation;
	/** Relationship name → related type, from the relationship endpoints and response schemas. */
	relationships: Map<string, { type: string; many: boolean }>;
}

export interface ResourceModel {
	types: Map<string, TypeInfo>;
	/** operationId → role, for operations on held types. */
	roles: Map<string, Role>;
	/** The types the emulator can hold records of. */
	held: Set<string>;
}

/** Types the hand-written handlers keep (store.ts): never created by the generic store. */
export const HAND_MODELLED_TYPES = new Set([
	'profile',
	'list',
	'segment',
	'metric',
	'event',
	'profile-bulk-import-job',
]);

/** Types created as a side effect of another write (a campaign's messages, an estimation job's result). */
const CREATED_ALONG = new Set(['campaign-message', 'campaign-recipient-estimation']);

let cached: ResourceModel | undefined;

export function resourceModel(): ResourceModel {
	cached ??= deriveModel(loadedSpec().document, loadedSpec().operations);
	return cached;
}

const PATH = /^\/api\/([^/{}]+)(?:\/\{(\w+)\}(?:\/(relationships\/)?([^/{}]+))?)?$/;

function deriveModel(document: SpecDocument, operations: Operation[]): ResourceModel {
	const types = new Map<string, TypeInfo>();
	const typeOfCollection = new Map<string, string>();
	const shapes = new Map(operations.map((op) => [op.id, dataShapes(document, op)]));

	// Which type each collection segment holds: from its reads, lists and creates.
	for (const operation of operations) {
		const match = PATH.exec(operation.path);
		if (!match || match[4]) continue;
		const response = shapes.get(operation.id)!.response;
		if (!response) continue;
		const collection = match[1]!;
		typeOfCollection.set(collection, typeOfCollection.get(collection) ?? response.type);
		if (!types.has(response.type)) {
			types.set(response.type, { type: response.type, collection, relationships: new Map() });
		}
		const info = types.get(response.type)!;
		if (operation.method === 'GET' && (match[2] || !info.reader)) info.reader = operation;
		if (match[2] && operation.method === 'GET') {
			info.idParameter = operation.parameters.find((p) => p.name === match[2]);
		}
	}

	const roles = new Map<string, Role>();
	const held = new Set([...HAND_MODELLED_TYPES, ...CREATED_ALONG]);
	for (const operation of operations) {
		const match = PATH.exec(operation.path);
		if (!match) continue;
		const [, collection, idName, relationships, name] = match;
		const { request, response } = shapes.get(operation.id)!;
		const owner = typeOfCollection.get(collection!);
		const method = operation.method;
		if (!idName) {
			if (owner && method === 'GET' && response?.many) roles.set(operation.id, { kind: 'list', type: owner });
			else if (
				owner &&
				method === 'POST' &&
				request?.type === owner &&
				types.get(owner)?.collection === collection &&
				// A report is posted but never read back: answered from the schema, not stored.
				types.get(owner)?.reader
			) {
				const kind = owner.endsWith('-job') ? 'job' : 'create';
				roles.set(operation.id, { kind, type: owner });
				held.add(owner);
			} else if (
				method === 'POST' &&
				collection!.endsWith('-clone') &&
				request &&
				response?.type === request.type
			) {
				roles.set(operation.id, { kind: 'clone', type: request.type });
			}
			continue;
		}
		if (!owner) continue;
		if (!name) {
			const kind = ({ GET: 'read', PATCH: 'update', DELETE: 'delete' } as const)[method as 'GET'];
			if (kind) roles.set(operation.id, { kind, type: owner });
			continue;
		}
		const related = method === 'GET' ? response : request;
		if (!related) continue;
		const kind = relationships ? 'relationship' : 'related';
		roles.set(operation.id, { kind, owner, name, type: related.type, many: related.many });
		const info = types.get(owner);
		if (info && !info.relationships.has(name))
			info.relationships.set(name, { type: related.type, many: related.many });
	}
	// Jobs create what their items are (catalog items, coupon codes).
	for (const operation of operations) {
		const role = roles.get(operation.id);
		if (role?.kind === 'job') for (const type of jobTargets(document, operation)) held.add(type);
	}
	// A role needs every type it touches to be held; hand-modelled records are only linked to here.
	for (const [id, role] of roles) {
		const touched = 'owner' in role ? [role.owner, role.type] : [role.type];
		const handOwned = !('owner' in role) && HAND_MODELLED_TYPES.has(role.type);
		if (handOwned || !touched.every((type) => held.has(type))) roles.delete(id);
	}
	return { types, roles, held };
}

interface DataShape {
	type: string;
	many: boolean;
}

/** The JSON:API `data` type of an operation's request body and success response. */
function dataShapes(document: SpecDocument, operation: Operation) {
	const at = (pointer: string | undefined) =>
		pointer ? dataShape(document, pointerGet(document, pointer)) : undefined;
	const requestPointer = operation.body.mediaType?.endsWith('json')
		? `${operation.pointer}/requestBody/content/application~1vnd.api+json/schema`
		: undefined;
	return {
		request: at(requestPointer),
		response: at(operation.responseSchemas[String(operation.successStatus)]),
	};
}

function dataShape(document: SpecDocument, schema: unknown): DataShape | undefined {
	let data = follow(document, follow(document, schema)?.properties?.data);
	const union = data?.oneOf ?? data?.anyOf;
	if (union)
		data = follow(
			document,
			union.find((branch) => typeName(document, branch)),
		);
	const many = data?.type === 'array';
	const type = typeName(document, many ? data!.items : data);
	return type ? { type, many } : undefined;
}

/** A resource schema's `type` enum value, looking into `allOf` parts. */
function typeName(document: SpecDocument, node: unknown): string | undefined {
	const schema = follow(document, node);
	const type = follow(document, schema?.properties?.type)?.enum?.[0];
	if (typeof type === 'string') return type;
	for (const part of schema?.allOf ?? []) {
		const found = typeName(document, part);
		if (found) return found;
	}
	return undefined;
}

/** The types of the resources a job's request carries (`items`, `coupon-codes`). */
function jobTargets(document: SpecDocument, operation: Operation): string[] {
	const pointer = `${operation.pointer}/requestBody/content/application~1vnd.api+json/schema`;
	const data = follow(document, follow(document, pointerGet(document, pointer))?.properties?.data);
	const attributes = follow(document, data?.properties?.attributes)?.properties ?? {};
	return Object.values(attributes).flatMap((member) => {
		const shape = dataShape(document, member);
		return shape?.many ? [shape.type] : [];
	});
}

interface RawSchema {
	$ref?: string;
	type?: string;
	enum?: unknown[];
	items?: unknown;
	properties?: Record<string, unknown>;
	oneOf?: unknown[];
	anyOf?: unknown[];
	allOf?: unknown[];
}

/** A raw schema of the document with its `$ref`s followed (no normalisation needed to read types). */
function follow(document: SpecDocument, node: unknown): RawSchema | undefined {
	let schema = node as RawSchema | undefined;
	for (let hops = 0; schema?.$ref && hops < 16; hops++)
		schema = pointerGet(document, schema.$ref.slice(1)) as RawSchema;
	return schema;
}

export function pointerGet(document: unknown, pointer: string): unknown {
	return pointer
		.split('/')
		.slice(1)
		.reduce<unknown>(
			(node, key) =>
				(node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
			document,
		);
}
