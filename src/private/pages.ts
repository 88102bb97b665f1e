/**
 * Paging helpers for the legacy methods that cannot hand Klaviyo's pages through as they come:
 * node-klaviyo's `getLists()` returned every list at once, the membership checks ask one question
 * per identifier type, `getMetrics({ page, count })` slices. They return a `PagePromise` over a
 * single merged document, so `await` and `for await` work the same as on any other listing.
 */
import { type CollectionPage, PagePromise } from '../core/pagination.js';

interface Resource {
	type?: string;
	id?: string;
}

/** A listing whose one and only page is built by `load`. */
export function onePage<P extends CollectionPage<unknown>>(load: () => Promise<P>): PagePromise<P> {
	return new PagePromise<P>(() => load());
}

export interface MergeSource<P extends CollectionPage<unknown>> {
	pages: PagePromise<P>;
	/** Keeps only the items that pass (e.g. members that can still receive email). */
	keep?: (item: P['data'][number]) => boolean;
}

/**
 * Walks every page of every source and returns one document: items (and `included`) in order,
 * each resource once. `links.next` is dropped, since the document already holds everything.
 * With no source at all, nothing is requested and the document is empty.
 */
export async function mergePages<P extends CollectionPage<unknown>>(
	sources: Array<MergeSource<P> | PagePromise<P>>,
	stopAfter = Number.POSITIVE_INFINITY,
): Promise<P> {
	const data = new Unique();
	const included = new Unique();
	let first: P | undefined;
	walk: for (const source of sources) {
		const { pages, keep } = source instanceof PagePromise ? { pages: source, keep: undefined } : source;
		for await (const page of pages.pages()) {
			first ??= page;
			for (const item of page.data) if (!keep || keep(item)) data.add(item);
			for (const item of page.included ?? []) included.add(item);
			if (data.items.length >= stopAfter) break walk;
		}
	}
	const { links, included: _, ...rest } = first ?? ({} as Partial<P>);
	return {
		...rest,
		data: data.items,
		...(included.items.length ? { included: included.items } : {}),
		...(links?.self ? { links: { self: links.self } } : {}),
	} as unknown as P;
}

/** Resources in arrival order, each (type, id) once. */
class Unique {
	readonly items: unknown[] = [];
	readonly #seen = new Set<string>();

	add(item: unknown): void {
		const { type, id } = (item ?? {}) as Resource;
		if (id !== undefined) {
			if (this.#seen.has(`${type}/${id}`)) return;
			this.#seen.add(`${type}/${id}`);
		}
		this.items.push(item);
	}
}

/**
 * The `page[cursor]` to resume from: node-klaviyo callers pass back a `marker`, which here may be
 * the cursor itself or the whole `links.next` URL of the previous page. A falsy marker (`0`, `''`)
 * means the first page, as node-klaviyo sent none for it.
 */
export function cursorOf(marker: string | number | undefined): string | undefined {
	if (!marker) return undefined;
	const text = String(marker);
	if (!text.includes('page[cursor]=') && !text.includes('page%5Bcursor%5D=')) return text;
	return new URL(text, 'https://a.klaviyo.com').searchParams.get('page[cursor]') ?? undefined;
}
