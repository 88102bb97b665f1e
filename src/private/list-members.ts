/**
 * Who is on a list: node-klaviyo asked by identifier arrays, Klaviyo filters one field at a time,
 * so each identifier type is looked up on its own, 100 values (or 6 KB of them) per request.
 */
import type { RequestOptions } from '../core/options.js';
import type { PagePromise } from '../core/pagination.js';
import { segment } from '../core/path.js';
import { LIMITS, splitChunks } from './bulk.js';
import { any } from './filter.js';
import type { Query, Transport } from './transport.js';
import type { ListMemberIdsPage, ListMembersPage } from './types.js';

/** node-klaviyo's identifier arrays; each type is looked up separately, 100 values per request. */
export interface Identifiers {
	emails?: string[];
	phoneNumbers?: string[];
	pushTokens?: string[];
}

/** `/api/lists/{id}`, the id checked and encoded as one path segment. */
export const listPath = (id: string): string => `/api/lists/${segment(id, 'listId')}`;

/** One paged lookup per identifier type and per 100 values (or 6 KB of them) of a list's `resource`. */
export function memberLookups<P extends ListMembersPage | ListMemberIdsPage>(
	transport: Transport,
	id: string,
	{ emails = [], phoneNumbers = [], pushTokens = [] }: Identifiers,
	resource: 'profiles' | 'relationships/profiles',
	request: RequestOptions | undefined,
	query: Query = {},
): Array<{ field: 'email' | 'phone_number' | 'push_token'; pages: PagePromise<P> }> {
	const fields = [
		['email', emails],
		['phone_number', phoneNumbers],
		['push_token', pushTokens],
	] as const;
	return fields.flatMap(([field, values]) =>
		splitChunks([...new Set(values)], {
			maxCount: LIMITS.valuesPerLookup,
			maxBytes: LIMITS.lookupBytes,
			field,
		}).map((chunk) => ({
			field,
			pages: transport.paginate<P>(`${listPath(id)}/${resource}`, {
				...request,
				query: { ...query, filter: any(field, chunk), 'page[size]': 100 },
			}),
		})),
	);
}
