/**
 * What a method of the `/api` classes takes and gives, read from the spec's types by operationId:
 * `Body<'create_coupon'>`, `Options<'get_coupons'>`, `Result<'get_coupons'>`. Types only.
 */
import type { MediaType, RequestOptions } from '../core/options.js';
import type { operations } from './generated/openapi.js';

/** Every operation of the spec, by its `operationId` (`get_catalog_items`, …). */
export type OperationId = keyof operations;

/** `file` of a multipart body: what the runtime can send (a string is not a file). */
type FormBody<T> = { [P in keyof T]: P extends 'file' ? Blob | Uint8Array : T[P] };

/** The body of an operation object of the spec's types. */
export type BodyOf<O> = O extends { requestBody?: { content: infer C } }
	? C extends { [MediaType.JsonApi]: infer J }
		? J
		: C extends { 'multipart/form-data': infer F }
			? FormBody<F>
			: never
	: never;

type Success<R> = R[Extract<keyof R, 200 | 201 | 202 | 204>];
type ContentOf<X> = X extends { content: infer C } ? C[keyof C] : undefined;

/** The result of an operation object of the spec's types. */
export type ResultOf<O> = O extends { responses: infer R } ? ContentOf<Success<R>> : never;

/** The request body the operation takes: the JSON:API document as the spec defines it (or a form). */
export type Body<K extends OperationId> = BodyOf<operations[K]>;

/** What the operation resolves with: the parsed document, or `undefined` for a 202/204 without one. */
export type Result<K extends OperationId> = ResultOf<operations[K]>;

/** `company_id` → `companyId`. */
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}`
	? `${Head}${Capitalize<Camel<Tail>>}`
	: S;

type Query<K extends OperationId> = operations[K]['parameters'] extends { query?: infer Q }
	? NonNullable<Q>
	: never;

/** `fields[catalog-item]` → `{ 'catalog-item'?: [...] }`, for one bracketed family of parameters. */
type Family<Q, Prefix extends string> = {
	[P in keyof Q as P extends `${Prefix}[${infer Type}]` ? Type : never]?: Q[P];
};
type Bracketed =
	| `fields[${string}]`
	| `additional-fields[${string}]`
	| 'page[size]'
	| 'page[cursor]'
	| 'page_cursor';
type Optional<Key extends string, T> = [T] extends [never]
	? {}
	: keyof T extends never
		? {}
		: { [P in Key]?: T };

type QueryOptions<Q> = [Q] extends [never]
	? {}
	: {
			// `filter`, `include`, `sort`, `companyId`…: the spec's own names in camelCase, required where it says so.
			[P in keyof Q as P extends Bracketed ? never : Camel<P & string>]: Q[P];
		} & Optional<'fields', Family<Q, 'fields'>> &
			Optional<'additionalFields', Family<Q, 'additional-fields'>> &
			('page[size]' extends keyof Q ? { pageSize?: Q['page[size]'] } : {}) &
			([Extract<keyof Q, 'page[cursor]' | 'page_cursor'>] extends [never] ? {} : { pageCursor?: string });

/**
 * The last argument of a method: the operation's query (`filter`, `fields`, `include`, `sort`,
 * `pageSize`, `pageCursor`, `additionalFields`, and any other parameter by its camelCase name) and
 * the per-call options (`signal`, `timeout`, `maxRetries`, `headers`, `revision`).
 */
export type Options<K extends OperationId> = QueryOptions<Query<K>> & RequestOptions;
