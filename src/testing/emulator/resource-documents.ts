/**
 * Generic records as the JSON:API resources an operation's response schema describes: the
 * attributes the schema declares (what was written, else what the server would say: null
 * where nullable, a synthesized value where required), `fields[type]` sparse fieldsets,
 * relationships with links (and `data` when included, or when to-one), `links.self`.
 *
 * Records of hand-modelled types (profiles, lists, segments, metrics, events) are built by
 * their own builders (resources.ts), so they look the same whichever endpoint shows them.
 */
import type { HandlerContext } from './context.js';
import { sparseFields } from './context.js';
import { resourceModel } from './resource-model.js';
import type { StoredResource } from './resource-store.js';
import {
	eventResource,
	listResource,
	metricResource,
	pickFields,
	profileResource,
	type Resource,
	segmentResource,
} from './resources.js';
import { conforms, resolveSchema, schemaAt } from './schema-validator.js';
import type { Operation, SchemaObject } from './spec.js';
import { synthesize } from './synthesize.js';

interface Member {
	name: string;
	schema: SchemaObject;
	required: boolean;
	nullable: boolean;
}

interface ResourcePlan {
	attributes: Member[];
	/** With the related type the schema's linkage names (a job's `items` are catalog items). */
	relationships: Array<{ name: string; requiredData: boolean; many: boolean; type?: string }>;
}

const plans = new WeakMap<SchemaObject, ResourcePlan>();

/** What rendering a resource under this (normalised) schema involves, worked out once per schema. */
function planOf(schema: SchemaObject): ResourcePlan {
	let plan = plans.get(schema);
	if (plan) return plan;
	const { properties } = objectParts(schema);
	const attributes = objectParts(resolveSchema(properties.attributes as SchemaObject));
	const relationships = objectParts(resolveSchema(properties.relationships as SchemaObject));
	plan = {
		attributes: Object.entries(attributes.properties).map(([name, member]) => ({
			name,
			schema: member as SchemaObject,
			required: attributes.required.has(name),
			nullable: isNullable(member as SchemaObject),
		})),
		relationships: Object.entries(relationships.properties).map(([name, member]) => {
			const parts = objectParts(resolveSchema(member as SchemaObject));
			const data = unwrap(resolveSchema(parts.properties.data as SchemaObject));
			const many = data?.type === 'array';
			const linkage = many ? unwrap(resolveSchema(data.items as SchemaObject)) : data;
			return { name, requiredData: parts.required.has('data'), many, type: linkage && typeOfSchema(linkage) };
		}),
	};
	plans.set(schema, plan);
	return plan;
}

/** Properties and required names of an object schema, across `allOf` parts. */
function objectParts(schema: SchemaObject | undefined): {
	properties: Record<string, unknown>;
	required: Set<string>;
} {
	const properties: Record<string, unknown> = {};
	const required = new Set<string>();
	const visit = (node: SchemaObject | undefined) => {
		if (!node) return;
		Object.assign(properties, node.properties ?? {});
		for (const name of (node.required as string[] | undefined) ?? []) required.add(name);
		for (const part of (node.allOf as SchemaObject[] | undefined) ?? []) visit(resolveSchema(part));
	};
	visit(unwrap(schema));
	return { properties, required };
}

/** The non-null branch of a nullable schema. */
function unwrap(schema: SchemaObject | undefined): SchemaObject | undefined {
	const branches = schema?.anyOf as SchemaObject[] | undefined;
	if (!branches) return schema;
	return resolveSchema(branches.find((branch) => !isNullBranch(branch)));
}

const isNullBranch = (schema: SchemaObject) =>
	Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null;

function isNullable(raw: SchemaObject): boolean {
	const schema = resolveSchema(raw);
	if (Array.isArray(schema?.type)) return schema.type.includes('null');
	return Boolean((schema?.anyOf as SchemaObject[] | undefined)?.some(isNullBranch));
}

/**
 * Written attributes a record keeps: those its type's read schema would refuse (a `null` where
 * a read shows a boolean, a write-only shape) are left out, so what is shown later is the
 * server's default instead. Attributes the read schema does not declare are kept (filters see them).
 */
export function readableAttributes(
	type: string,
	attributes: Record<string, unknown>,
): Record<string, unknown> {
	const reader = resourceModel().types.get(type)?.reader;
	const schema = reader ? primarySchema(reader) : undefined;
	if (!schema) return attributes;
	const kept = { ...attributes };
	for (const member of planOf(schema).attributes) {
		const value = kept[member.name];
		if (value !== undefined && !conforms(member.schema, value)) delete kept[member.name];
	}
	return kept;
}

/** The schema of one primary resource in an operation's success document. */
export function primarySchema(operation: Operation): SchemaObject | undefined {
	const pointer = operation.responseSchemas[String(operation.successStatus)];
	const document = pointer ? schemaAt(pointer) : undefined;
	let data = unwrap(resolveSchema(objectParts(document).properties.data as SchemaObject));
	if (data?.type === 'array') data = unwrap(resolveSchema(data.items as SchemaObject));
	return data;
}

/** The schema an operation's `included` array gives resources of `type`. */
function includedSchema(operation: Operation, type: string): SchemaObject | undefined {
	const pointer = operation.responseSchemas[String(operation.successStatus)];
	const document = pointer ? schemaAt(pointer) : undefined;
	const included = resolveSchema(objectParts(document).properties.included as SchemaObject);
	const items = resolveSchema(included?.items as SchemaObject | undefined);
	const branches = (items?.anyOf as SchemaObject[] | undefined)?.map(resolveSchema) ?? [items];
	return branches.find((branch) => branch && typeOfSchema(branch) === type);
}

function typeOfSchema(schema: SchemaObject): string | undefined {
	const type = resolveSchema(objectParts(schema).properties.type as SchemaObject);
	const value = (type?.enum as unknown[] | undefined)?.[0];
	return typeof value === 'string' ? value : undefined;
}

export const selfLink = (base: string, type: string, id: string) =>
	`${base}/api/${resourceModel().types.get(type)?.collection ?? type}/${encodeURIComponent(id)}/`;

/** A stored record as the resource `schema` describes. `include` names relationships whose `data` to show. */
export function renderStored(
	context: HandlerContext,
	record: StoredResource,
	schema: SchemaObject | undefined,
	include: Set<string> = new Set(),
): Resource {
	const self = selfLink(context.baseUrl, record.type, record.id);
	if (!schema)
		return { type: record.type, id: record.id, attributes: { ...record.attributes }, links: { self } };
	const plan = planOf(schema);
	let attributes: Record<string, unknown> = {};
	for (const member of plan.attributes) {
		const value = record.attributes[member.name];
		if (value !== undefined && (value !== null || member.nullable)) attributes[member.name] = value;
		else if (member.nullable) attributes[member.name] = null;
		else if (member.required) attributes[member.name] = synthesize(member.schema, { url: self, seed: self });
	}
	const fields = sparseFields(context, record.type);
	if (fields) attributes = pickFields(attributes, fields);
	const resource: Resource = { type: record.type, id: record.id, attributes, links: { self } };
	if (plan.relationships.length > 0) {
		const info = resourceModel().types.get(record.type);
		const relationships: Record<string, unknown> = {};
		for (const { name, requiredData, many, type } of plan.relationships) {
			const links = { self: `${self}relationships/${name}/`, related: `${self}${name}/` };
			const relatedType = info?.relationships.get(name)?.type ?? type;
			const ids = relatedType ? context.store.resources.linked(record.type, record.id, relatedType) : [];
			const data = ids.map((id) => ({ type: relatedType, id }));
			if (include.has(name) || requiredData || (!many && data.length > 0)) {
				relationships[name] = { data: many ? data : (data[0] ?? null), links };
			} else relationships[name] = { links };
		}
		resource.relationships = relationships;
	}
	return resource;
}

/** Whether a record of `type` exists, generic or hand-modelled. */
export function recordExists(context: HandlerContext, type: string, id: string): boolean {
	const { store } = context;
	switch (type) {
		case 'profile':
			return store.profiles.has(id);
		case 'list':
			return store.lists.has(id);
		case 'segment':
			return store.segments.has(id);
		case 'metric':
			return store.metrics.has(id);
		case 'event':
			return store.events.some((event) => event.id === id);
		case 'profile-bulk-import-job':
			return store.importJobs.has(id);
		default:
			return store.resources.has(type, id);
	}
}

/**
 * Any record as a resource of this operation's answer: hand-modelled ones from their builders,
 * generic ones under the schema the operation gives their type (primary, or in `included`).
 */
export function renderAny(
	context: HandlerContext,
	type: string,
	id: string,
	as: 'primary' | 'included',
	include?: Set<string>,
): Resource | undefined {
	const { store, baseUrl } = context;
	const fields = sparseFields(context, type);
	switch (type) {
		case 'profile': {
			const profile = store.profiles.get(id);
			return profile && profileResource(baseUrl, profile, { fields });
		}
		case 'list': {
			const list = store.lists.get(id);
			return list && listResource(baseUrl, list, { fields });
		}
		case 'segment': {
			const segment = store.segments.get(id);
			return segment && segmentResource(baseUrl, segment, { fields });
		}
		case 'metric': {
			const metric = store.metrics.get(id);
			return metric && metricResource(baseUrl, metric, fields);
		}
		case 'event': {
			const event = store.events.find((candidate) => candidate.id === id);
			return event && eventResource(baseUrl, event, fields);
		}
	}
	const record = store.resources.get(type, id);
	if (!record) return undefined;
	const schema =
		as === 'primary' ? primarySchema(context.operation) : includedSchema(context.operation, type);
	return renderStored(context, record, schema, include);
}

/** `included` for primary records: their related records named in `include`, once each. */
export function includedFor(
	context: HandlerContext,
	primaries: Array<{ type: string; id: string }>,
	include: Set<string>,
): Resource[] {
	const model = resourceModel();
	const schema = primarySchema(context.operation);
	const planned = new Map((schema ? planOf(schema).relationships : []).map((r) => [r.name, r.type]));
	const seen = new Set<string>();
	const included: Resource[] = [];
	for (const primary of primaries) {
		const relationships = model.types.get(primary.type)?.relationships;
		for (const name of include) {
			const relatedType = relationships?.get(name)?.type ?? planned.get(name);
			if (!relatedType) continue;
			for (const id of context.store.resources.linked(primary.type, primary.id, relatedType)) {
				const key = `${relatedType} ${id}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const resource = renderAny(context, relatedType, id, 'included');
				if (resource) included.push(resource);
			}
		}
	}
	return included;
}
