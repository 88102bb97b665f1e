/**
 * The typed escape hatch, for what the classes lack (a beta operation, a newer revision):
 *
 *   const campaign = await request(connection, 'GET /api/campaigns/{id}', { path: { id } });
 *
 * Typed from the spec's `paths` for its routes; any other `METHOD /path` goes untyped. Same
 * guarantees as a class method: path ids checked, rate limits (the spec's, or the limiter's table),
 * retries only where safe, the key sent only to the configured origin.
 */
import { invalid } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { IDEMPOTENT } from './generated/idempotent.js';
import type { paths } from './generated/openapi.js';
import { RATE_LIMITS } from './generated/rate-limits.js';
import { isFile, isObject, prepare } from './operation.js';
import type { Connection } from './resource.js';
import type { BodyOf, ResultOf } from './types.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every operation of the spec as `'METHOD /templated/path'`, e.g. `'GET /api/campaigns/{id}'`. */
export type Route = {
	[P in keyof paths]: {
		[M in Method]: paths[P][M] extends undefined ? never : `${Uppercase<M>} ${P & string}`;
	}[Method];
}[keyof paths];

/** The spec's operation object of a route. */
type OperationOf<R extends Route> = R extends `${infer M} ${infer P}`
	? paths[P & keyof paths][Lowercase<M> & Method]
	: never;

type Parameters<O, In extends string> = O extends { parameters: { [K in In]?: infer X } } ? X : never;
/** `{ path?: … }` when the route has none, `{ path: … }` when it has ids. */
type Part<Key extends string, T, Required extends boolean> = [T] extends [never] | [undefined]
	? { [P in Key]?: never }
	: Required extends true
		? { [P in Key]: T }
		: { [P in Key]?: T };

/** What `request()` takes for a route of the spec: its path ids, query (wire names), body, and per-call options. */
export type RouteInit<R extends Route> = RequestOptions &
	Part<'path', Parameters<OperationOf<R>, 'path'>, true> &
	Part<'query', Parameters<OperationOf<R>, 'query'>, false> &
	Part<'body', BodyOf<OperationOf<R>>, true>;

/** What `request()` takes for a route the spec lacks. */
export interface UntypedInit extends RequestOptions {
	path?: Record<string, string>;
	query?: Record<string, string | number | boolean | readonly string[] | undefined>;
	body?: unknown;
}

export function request<R extends Route>(
	connection: Connection,
	route: R,
	...init: {} extends RouteInit<R> ? [init?: RouteInit<R>] : [init: RouteInit<R>]
): Promise<ResultOf<OperationOf<R>>>;
export function request(
	connection: Connection,
	route: `${Uppercase<Method>} /${string}`,
	init?: UntypedInit,
): Promise<unknown>;
export function request(connection: Connection, route: string, init: object = {}): Promise<unknown> {
	const [, method, path] = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(String(route)) ?? [];
	if (!method || !path) throw invalid('route', 'must be "METHOD /path", e.g. "GET /api/campaigns/{id}"');
	const { path: ids = {}, query, body, ...options } = init as UntypedInit;
	if (!isObject(ids)) throw invalid('path', 'must be an object of ids, e.g. { id }');
	const key = `${method} ${path}`;
	const op = {
		method,
		path,
		limit: RATE_LIMITS[key],
		idempotent: IDEMPOTENT[key],
		form: isFile(body) || body instanceof FormData || (isObject(body) && isFile(body.file)) || undefined,
	} as const;
	const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
	const [url, call] = prepare(
		op,
		names.map((name) => ids[name] as string),
		{ ...query, ...options },
		...((body === undefined ? [] : [body]) as [unknown] | []),
	);
	return connection.request(method, url, call);
}
