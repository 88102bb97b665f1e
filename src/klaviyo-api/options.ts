/**
 * klaviyo-api's query options (`fieldsProfile`, `additionalFieldsProfile`, `pageCursor`, `filter`…)
 * → klaviyo-edge/api's (`fields: { profile }`, …), which send them under Klaviyo's names.
 */

import type { operations } from '../api/generated/openapi.js';
import type { OperationId } from '../api/types.js';
import type { RequestOptions } from '../core/options.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
	? `${Capitalize<Head>}${Pascal<Tail>}`
	: Capitalize<S>;
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}`
	? `${Head}${Capitalize<Camel<Tail>>}`
	: S;

/** klaviyo-api's name of a query parameter: `fields[catalog-item]` → `fieldsCatalogItem`. */
type OptionName<P extends string> = P extends `fields[${infer T}]`
	? `fields${Pascal<T>}`
	: P extends `additional-fields[${infer T}]`
		? `additionalFields${Pascal<T>}`
		: P extends 'page[cursor]' | 'page_cursor'
			? 'pageCursor'
			: P extends 'page[size]'
				? 'pageSize'
				: Camel<P>;

type Query<K extends OperationId> = operations[K]['parameters'] extends { query?: infer Q }
	? NonNullable<Q>
	: {};

/** The options a method of klaviyo-api takes, by operationId, as its declarations type them. */
export type Options<K extends OperationId> = {
	[P in keyof Query<K> as OptionName<P & string>]?: Query<K>[P];
};

/** `CatalogItem` → `catalog-item`: Klaviyo's resource types are dashed. */
const dashed = (name: string) =>
	name.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The same options for klaviyo-edge/api. `pageCursor` may be the whole `links.next` URL, as
 * klaviyo-api allows: its cursor is used. `null` and `undefined` leave an option out (axios does).
 */
export function toApiOptions(options: object = {}): RequestOptions {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(options)) {
		if (value === undefined || value === null) continue;
		const family = /^(fields|additionalFields)([A-Z]\w*)$/.exec(name);
		if (family) {
			const group = (out[family[1]!] ?? {}) as Record<string, unknown>;
			group[dashed(family[2]!)] = value;
			out[family[1]!] = group;
		} else if (name === 'pageCursor' && typeof value === 'string' && /^https?:\/\//.test(value)) {
			out.pageCursor = new URL(value).searchParams.get('page[cursor]') ?? value;
		} else out[name] = value;
	}
	return out as RequestOptions;
}
