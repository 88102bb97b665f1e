/**
 * What a handler gets for one validated request, plus helpers to read the JSON:API query
 * conventions (`include`, `fields[type]`, `additional-fields[type]`, `sort`, `page[size]`).
 * By the time a handler runs, every parameter has already passed the spec checks.
 */
import type { FilterNode } from './filter.js';
import type { Operation } from './spec.js';
import type { Store } from './store.js';

export interface HandlerContext {
	operation: Operation;
	/** Decoded path parameters (`{id}` → params.id). */
	params: Record<string, string>;
	query: Record<string, string>;
	/** Parsed, schema-valid JSON body (undefined for GET/DELETE without body). */
	body: unknown;
	/** Parsed `filter` query parameter, already checked against the allowed fields. */
	filter?: FilterNode;
	store: Store;
	/** The account the key or OAuth token belongs to (the emulator's own: its public key). */
	accountId: string;
	/** Scheme + host the client used, for absolute links (`http://127.0.0.1:4010`). */
	baseUrl: string;
	/** The full request URL, for `links.self` / `links.next`. */
	url: URL;
	/** See EmulatorOptions.jobSteps. */
	jobSteps: number;
}

export interface HandlerResult {
	status: number;
	/** JSON document; omitted for 202/204. */
	body?: unknown;
	headers?: Record<string, string>;
}

export type Handler = (context: HandlerContext) => HandlerResult;

/** A comma-separated query parameter as a list (`include=metric,profile`). */
export function listParam(context: HandlerContext, name: string): string[] {
	const raw = context.query[name];
	return raw ? raw.split(',').map((item) => item.trim()) : [];
}

export const includes = (context: HandlerContext) => new Set(listParam(context, 'include'));

export const additionalFields = (context: HandlerContext, type: string) =>
	new Set(listParam(context, `additional-fields[${type}]`));

/** `fields[type]` as a list, or undefined when the client wants every attribute. */
export function sparseFields(context: HandlerContext, type: string): string[] | undefined {
	const fields = listParam(context, `fields[${type}]`);
	return fields.length > 0 ? fields : undefined;
}

/** `page[size]`, defaulting to the spec's declared default for this operation. */
export function pageSize(context: HandlerContext, fallback: number): number {
	const raw = context.query['page[size]'];
	if (raw !== undefined) return Number(raw);
	const parameter = context.operation.parameters.find((p) => p.name === 'page[size]');
	const declared = parameter?.schema?.default;
	return typeof declared === 'number' ? declared : fallback;
}

/** `sort=-created` → { field: 'created', descending: true }. */
export function sortParam(context: HandlerContext): { field: string; descending: boolean } | undefined {
	const raw = context.query.sort;
	if (!raw) return undefined;
	return raw.startsWith('-') ? { field: raw.slice(1), descending: true } : { field: raw, descending: false };
}

/** Stable sort by a key; `undefined`/`null` keys sort first ascending, last descending. */
export function sortBy<T>(
	items: T[],
	key: (item: T) => string | number | null | undefined,
	descending = false,
): T[] {
	const order = descending ? -1 : 1;
	return items
		.map((item, index) => ({ item, index, value: key(item) }))
		.sort((a, b) => {
			if (a.value === b.value) return a.index - b.index;
			if (a.value === null || a.value === undefined) return -order;
			if (b.value === null || b.value === undefined) return order;
			return (a.value < b.value ? -1 : 1) * order;
		})
		.map(({ item }) => item);
}

/** A typed view of the (already schema-validated) request body. */
export const bodyOf = <T>(context: HandlerContext): T => context.body as T;
