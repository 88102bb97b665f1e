/**
 * Ids for new generic records, in the format the spec documents for each type, read from the
 * read operation's `{id}` parameter:
 *
 *   "compound ID … `{integration}:::{catalog}:::{external_id}`"   → $custom:::$default:::SKU-1
 *   "equivalent to its external id" (coupons)                     → the external_id
 *   "combination of its unique code and the id of the coupon"     → 10OFF-ABC123
 *   "The value of the push token"                                 → the token
 *   otherwise the example's shape: ULID, UUID, digits (1, 2, 3…), hex, or an n-letter id.
 */
import { shortId, ulid, uuid } from './ids.js';
import type { TypeInfo } from './resource-model.js';
import type { ResourceStore } from './resource-store.js';

interface NewRecord {
	type: string;
	attributes: Record<string, unknown>;
	/** Ids of the records it is created linked to, by type (a coupon code's coupon). */
	related: Record<string, string | undefined>;
}

export function newResourceId(store: ResourceStore, info: TypeInfo | undefined, record: NewRecord): string {
	const parameter = info?.idParameter;
	const description = parameter?.description ?? '';
	const text = (name: string) => {
		const value = record.attributes[name];
		return typeof value === 'string' ? value : undefined;
	};
	if (description.includes('{integration}:::{catalog}:::{external_id}')) {
		return `${text('integration_type') ?? '$custom'}:::${text('catalog_type') ?? '$default'}:::${text('external_id') ?? ulid()}`;
	}
	if (/equivalent to its external id/i.test(description) && text('external_id')) return text('external_id')!;
	if (/combination of its unique code and the id of the coupon/i.test(description) && text('unique_code')) {
		return `${record.related.coupon ?? 'COUPON'}-${text('unique_code')}`;
	}
	if (/value of the push token/i.test(description) && text('token')) return text('token')!;
	const example = String(parameter?.example ?? /Ex: (\S+)/.exec(description)?.[1] ?? '');
	if (/^[0-9A-HJKMNP-TV-Z]{26}$/.test(example)) return ulid();
	if (/^[0-9a-z]{8}-[0-9a-z]{4}-/.test(example)) return uuid();
	if (/^\d+$/.test(example)) return String(store.nextNumber(record.type));
	if (/^[0-9a-f]+$/.test(example) && /\d/.test(example) && example.length >= 12) {
		return uuid().replace(/-/g, '').slice(0, example.length);
	}
	if (/^[A-Za-z0-9]{4,12}$/.test(example)) return shortId(example.length);
	return ulid();
}
