/**
 * The generic JSON:API store's handlers, one per role of resource-model.ts: what is created
 * reads back, updates, deletes, lists (filters on the spec's `x-klaviyo-filters` fields,
 * `sort`, cursor pages of the operation's size), includes what it is linked to, and its
 * relationship endpoints read and change the links. Type-specific rules (a campaign's
 * messages, a coupon code's status) live in resource-rules.ts.
 */
import {
	type Handler,
	type HandlerContext,
	type HandlerResult,
	includes,
	sortBy,
	sortParam,
} from '../context.js';
import { ApiError, conflict, errorObject, notFound } from '../errors.js';
import { conditionsOf, evaluateFilter } from '../filter.js';
import { isoSeconds } from '../ids.js';
import { paginate } from '../paging.js';
import {
	includedFor,
	primarySchema,
	readableAttributes,
	recordExists,
	renderAny,
	renderStored,
} from '../resource-documents.js';
import { newResourceId } from '../resource-ids.js';
import { type Role, resourceModel } from '../resource-model.js';
import type { StoredResource } from '../resource-store.js';
import { rulesFor } from './resource-rules.js';

/** A JSON:API resource object as a request carries it. */
export interface ResourceObject {
	type: string;
	id?: string | null;
	attributes?: Record<string, unknown>;
	relationships?: Record<string, { data?: Linkage | Linkage[] | null }>;
}

interface Linkage {
	type: string;
	id: string;
}

/** The role of an operation on records of one type, and of one on the links between two. */
type OnType = { type: string };
type OnLinks = { owner: string; name: string; type: string; many: boolean };

export function genericHandler(role: Role): Handler {
	switch (role.kind) {
		case 'list':
			return (context) => list(context, role);
		case 'create':
			return (context) => create(context, role);
		case 'read':
			return (context) => read(context, role);
		case 'update':
			return (context) => update(context, role);
		case 'delete':
			return (context) => remove(context, role);
		case 'clone':
			return (context) => clone(context, role);
		case 'related':
			return (context) => related(context, role);
		case 'relationship':
			return (context) => relationship(context, role);
		case 'job':
			throw new Error('jobs are answered by handlers/jobs.ts');
	}
}

const dataOf = (context: HandlerContext) => (context.body as { data: ResourceObject }).data;

export function requireRecord(
	context: HandlerContext,
	type: string,
	id = context.params.id ?? context.params.job_id!,
): StoredResource {
	const record = context.store.resources.get(type, id);
	if (!record) throw notFound(`A ${type} with id '${id}' does not exist.`);
	return record;
}

/** `{ data, links, included? }` for one primary record. */
export function singleAnswer(context: HandlerContext, record: StoredResource, status = 200): HandlerResult {
	if (!context.operation.responseSchemas[String(status)]) return { status };
	const include = includes(context);
	const data = renderStored(context, record, primarySchema(context.operation), include);
	const body: Record<string, unknown> = { data, links: { self: data.links!.self } };
	if (include.size > 0) body.included = includedFor(context, [record], include);
	return { status, body };
}

/** A page of primary records under the operation's filter, sort and page size. */
export function collectionAnswer(
	context: HandlerContext,
	type: string,
	records: StoredResource[],
): HandlerResult {
	const { items, links } = paginate(
		context,
		sorted(context, filtered(context, type, records)),
		pageSizeOf(context),
	);
	const include = includes(context);
	const schema = primarySchema(context.operation);
	const body: Record<string, unknown> = {
		data: items.map((record) => renderStored(context, record, schema, include)),
		links,
	};
	if (include.size > 0) body.included = includedFor(context, items, include);
	return { status: 200, body };
}

function list(context: HandlerContext, role: OnType): HandlerResult {
	return collectionAnswer(context, role.type, context.store.resources.all(role.type));
}

function read(context: HandlerContext, role: OnType): HandlerResult {
	return singleAnswer(context, requireRecord(context, role.type));
}

function create(context: HandlerContext, role: OnType): HandlerResult {
	const record = createRecord(context, role.type, dataOf(context));
	return singleAnswer(context, record, context.operation.successStatus);
}

/**
 * Stores a new record from a request's resource object: its id (given, or in the type's
 * format), attributes plus what the server sets, and links to the records its
 * `relationships` name (which must exist). 409 when the id is taken.
 */
export function createRecord(
	context: HandlerContext,
	type: string,
	data: ResourceObject,
	pointer = '/data',
): StoredResource {
	const { resources } = context.store;
	const rules = rulesFor(type);
	const links = linkagesOf(context, data, pointer);
	const related = Object.fromEntries(links.map((link) => [link.type.split('-').at(-1)!, link.id]));
	const info = resourceModel().types.get(type);
	const attributes = { ...(data.attributes ?? {}) };
	const id =
		typeof data.id === 'string' && data.id
			? data.id
			: newResourceId(resources, info, { type, attributes, related });
	if (resources.has(type, id)) {
		throw new ApiError(
			[errorObject(409, 'conflict', `A ${type} with id '${id}' already exists.`, { pointer })],
			false,
		);
	}
	const now = isoSeconds();
	const record: StoredResource = {
		type,
		id,
		attributes: {
			created: now,
			updated: now,
			created_at: now,
			updated_at: now,
			...rules.defaults?.(context),
			...readableAttributes(type, attributes),
		},
	};
	resources.put(record);
	for (const link of links) resources.link(type, id, link.type, link.id);
	try {
		rules.afterCreate?.(context, record, createRecord);
	} catch (error) {
		resources.delete(type, id);
		throw error;
	}
	return record;
}

function update(context: HandlerContext, role: OnType): HandlerResult {
	const data = dataOf(context);
	const id = context.params.id!;
	if (data.id !== undefined && data.id !== id) {
		throw conflict(`data.id '${data.id}' does not match the id '${id}' in the URL.`, { pointer: '/data/id' });
	}
	const record = requireRecord(context, role.type);
	const links = linkagesOf(context, data, '/data');
	const now = isoSeconds();
	Object.assign(record.attributes, readableAttributes(role.type, data.attributes ?? {}), {
		updated: now,
		updated_at: now,
	});
	// A relationship given in full replaces the links of that type.
	for (const type of new Set(links.map((link) => link.type))) {
		for (const old of context.store.resources.linked(role.type, id, type))
			context.store.resources.unlink(role.type, id, type, old);
	}
	for (const link of links) context.store.resources.link(role.type, id, link.type, link.id);
	return singleAnswer(context, record, context.operation.successStatus);
}

function remove(context: HandlerContext, role: OnType): HandlerResult {
	const record = requireRecord(context, role.type);
	context.store.resources.delete(record.type, record.id);
	return { status: 204 };
}

/** POST /api/campaign-clone, /api/template-clone: a copy under a new id, with the attributes given. */
function clone(context: HandlerContext, role: OnType): HandlerResult {
	const data = dataOf(context);
	const source = requireRecord(context, role.type, String(data.id));
	const copy = createRecord(context, role.type, {
		type: role.type,
		attributes: { ...structuredClone(source.attributes), ...(data.attributes ?? {}) },
	});
	return singleAnswer(context, copy, context.operation.successStatus);
}

/** GET /api/X/{id}/R: the records linked to an existing owner. */
function related(context: HandlerContext, role: OnLinks): HandlerResult {
	const ids = linkedIds(context, role);
	if (role.many) {
		const records = ids.flatMap((id) => context.store.resources.get(role.type, id) ?? []);
		if (records.length === ids.length) return collectionAnswer(context, role.type, records);
		// Hand-modelled records (a tag's lists): built by their own builders.
		const { items, links } = paginate(context, ids, pageSizeOf(context));
		const data = items.flatMap((id) => renderAny(context, role.type, id, 'primary') ?? []);
		return { status: 200, body: { data, links } };
	}
	const id = ids[0];
	const data =
		id === undefined ? null : (renderAny(context, role.type, id, 'primary', includes(context)) ?? null);
	return { status: 200, body: { data, links: { self: context.url.href } } };
}

/** /api/X/{id}/relationships/R: read the linkage, add to it (POST), replace it (PATCH), remove from it (DELETE). */
function relationship(context: HandlerContext, role: OnLinks): HandlerResult {
	const { resources } = context.store;
	const ids = linkedIds(context, role);
	const id = context.params.id!;
	switch (context.operation.method) {
		case 'GET': {
			if (!role.many) {
				const data = ids[0] === undefined ? null : { type: role.type, id: ids[0] };
				return { status: 200, body: { data, links: { self: context.url.href } } };
			}
			const { items, links } = paginate(context, ids, pageSizeOf(context));
			return {
				status: 200,
				body: { data: items.map((related) => ({ type: role.type, id: related })), links },
			};
		}
		case 'POST':
			for (const link of bodyLinkages(context, role)) resources.link(role.owner, id, link.type, link.id);
			return { status: context.operation.successStatus };
		case 'PATCH': {
			const replacement = bodyLinkages(context, role);
			for (const old of ids) resources.unlink(role.owner, id, role.type, old);
			for (const link of replacement) resources.link(role.owner, id, link.type, link.id);
			return { status: context.operation.successStatus };
		}
		default:
			for (const link of bodyLinkages(context, role, false))
				resources.unlink(role.owner, id, link.type, link.id);
			return { status: context.operation.successStatus };
	}
}

/** The owner (which must exist) and the ids of its `role.type` records that still exist. */
function linkedIds(context: HandlerContext, role: OnLinks): string[] {
	const id = context.params.id!;
	if (!recordExists(context, role.owner, id))
		throw notFound(`A ${role.owner} with id '${id}' does not exist.`);
	return context.store.resources
		.linked(role.owner, id, role.type)
		.filter((related) => recordExists(context, role.type, related));
}

/** The linkage a relationship request body names; with `mustExist`, unknown ids are 404s. */
function bodyLinkages(context: HandlerContext, role: OnLinks, mustExist = true): Linkage[] {
	const data = (context.body as { data: Linkage | Linkage[] | null }).data;
	const links = data === null ? [] : Array.isArray(data) ? data : [data];
	if (mustExist)
		requireLinked(
			context,
			links.map((link, index) => ({ link, pointer: Array.isArray(data) ? `/data/${index}/id` : '/data/id' })),
		);
	return links.filter((link) => link.type === role.type);
}

/** Every `relationships.*.data` linkage of a resource object, each checked to exist. */
function linkagesOf(context: HandlerContext, data: ResourceObject, pointer: string): Linkage[] {
	const found: Array<{ link: Linkage; pointer: string }> = [];
	for (const [name, relationship] of Object.entries(data.relationships ?? {})) {
		const linkage = relationship?.data;
		if (!linkage) continue;
		const at = `${pointer}/relationships/${name}/data`;
		if (!Array.isArray(linkage)) found.push({ link: linkage, pointer: `${at}/id` });
		else for (const [index, link] of linkage.entries()) found.push({ link, pointer: `${at}/${index}/id` });
	}
	requireLinked(context, found);
	return found.map(({ link }) => link);
}

/** Links to records the emulator could hold must name existing ones (it cannot know the others). */
function requireLinked(context: HandlerContext, links: Array<{ link: Linkage; pointer: string }>): void {
	const { held } = resourceModel();
	const missing = links
		.filter(({ link }) => held.has(link.type) && !recordExists(context, link.type, link.id))
		.map(({ link, pointer }) =>
			errorObject(404, 'not_found', `A ${link.type} with id '${link.id}' does not exist.`, { pointer }),
		);
	if (missing.length > 0) throw new ApiError(missing);
}

// ── Collections ─────────────────────────────────────────────────────────────────────

/** `filter`, evaluated against the record's id, attributes and linked records (`category.id`). */
function filtered(context: HandlerContext, type: string, records: StoredResource[]): StoredResource[] {
	const filter = context.filter;
	if (!filter) return records;
	// Only the fields the filter names (their first segment) are looked up, once per record.
	const fields = new Set(conditionsOf(filter).map((condition) => condition.field.split('.')[0]!));
	return records.filter((record) => evaluateFilter(filter, filterView(context, type, record, fields)));
}

function filterView(
	context: HandlerContext,
	type: string,
	record: StoredResource,
	fields: Set<string>,
): Record<string, unknown> {
	const { resources } = context.store;
	const view: Record<string, unknown> = {};
	for (const field of fields)
		view[field] = field === 'id' || field === 'ids' ? record.id : record.attributes[field];
	const relationships = [...(resourceModel().types.get(type)?.relationships ?? new Map())];
	for (const relatedType of resources.linkedTypes(type, record.id)) {
		// `item.id` names a variant's catalog item, `category.id` an item's `categories`.
		const names = relationships.filter(([, r]) => r.type === relatedType).map(([name]) => name);
		const aliases = [relatedType, relatedType.split('-').at(-1)!, ...names].filter((alias) =>
			fields.has(alias),
		);
		if (aliases.length === 0) continue;
		const linked = resources.linked(type, record.id, relatedType).map((id) => ({
			...(resources.get(relatedType, id)?.attributes ?? {}),
			id,
		}));
		for (const alias of aliases) view[alias] = linked;
	}
	rulesFor(type).filterView?.(context, record, view);
	return view;
}

function sorted(context: HandlerContext, records: StoredResource[]): StoredResource[] {
	const sort = sortParam(context);
	if (!sort) return records;
	return sortBy(
		records,
		(record) => {
			const value = sort.field === 'id' ? record.id : record.attributes[sort.field];
			return typeof value === 'string' || typeof value === 'number' ? value : null;
		},
		sort.descending,
	);
}

/**
 * `page[size]`, else the operation's default, else the "maximum of N" its description states
 * (job lists: 100); without a `page[cursor]` parameter the operation has a single page.
 */
export function pageSizeOf(context: HandlerContext): number {
	const { operation, query } = context;
	if (query['page[size]'] !== undefined) return Number(query['page[size]']);
	const declared = operation.parameters.find((p) => p.name === 'page[size]')?.schema?.default;
	if (typeof declared === 'number') return declared;
	if (!operation.parameters.some((p) => p.name === 'page[cursor]')) return Number.POSITIVE_INFINITY;
	const stated = /maximum of (\d+)/i.exec(operation.description)?.[1];
	return stated ? Number(stated) : 100;
}
