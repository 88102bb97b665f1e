/**
 * Cursor pagination the way Klaviyo does it: collections answer with
 * `links: { self, next?, prev? }`, absolute URLs that repeat the request's own query
 * with a different opaque `page[cursor]`. `next` is absent on the last page.
 *
 * Cursors here encode an offset into the (filtered, sorted) result; they are opaque to
 * clients, which must follow `links.next` or copy its `page[cursor]` verbatim.
 */
import { fromBase64Url, toBase64Url } from './bytes.js';
import type { HandlerContext } from './context.js';
import { badRequest } from './errors.js';

export interface CollectionLinks {
	self: string;
	next?: string;
	prev?: string;
}

const PREFIX = 'kv1:';

export const encodeCursor = (offset: number) => toBase64Url(`${PREFIX}${offset}`);

export function decodeCursor(cursor: string): number {
	const text = fromBase64Url(cursor) ?? '';
	const offset = Number(text.slice(PREFIX.length));
	if (!text.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
		throw badRequest(`Invalid page cursor '${cursor}'.`, { parameter: 'page[cursor]' });
	}
	return offset;
}

export function paginate<T>(
	context: HandlerContext,
	items: T[],
	size: number,
): { items: T[]; links: CollectionLinks } {
	const cursor = context.query['page[cursor]'];
	const offset = cursor ? (context.store.cursors.get(cursor) ?? decodeCursor(cursor)) : 0;
	const page = items.slice(offset, offset + size);
	const links: CollectionLinks = { self: context.url.href };
	if (offset + size < items.length) links.next = withCursor(context.url, offset + size);
	if (offset > 0) links.prev = withCursor(context.url, Math.max(0, offset - size));
	return { items: page, links };
}

function withCursor(url: URL, offset: number): string {
	const next = new URL(url.href);
	next.searchParams.set('page[cursor]', encodeCursor(offset));
	return next.href;
}
