import { KlaviyoError } from './errors.js';

/** The part of a JSON:API collection document that paging needs. */
export interface CollectionPage<T> {
	data: T[];
	links?: { self?: string; next?: string | null; prev?: string | null };
	included?: unknown[];
}

/** Fetches one page: no argument for the first, then the previous page's `links.next`. */
export type PageFetcher<P> = (next?: string) => Promise<P>;

/**
 * A listing call's result. `await` it for the first page (a JSON:API document), `for await` it
 * for every item across pages, or walk `.pages()` page by page. Nothing is requested until one
 * of those happens, and the first page is fetched once however it is consumed.
 */
export class PagePromise<P extends CollectionPage<unknown>>
	implements PromiseLike<P>, AsyncIterable<P['data'][number]>
{
	#first: Promise<P> | undefined;
	readonly #fetchPage: PageFetcher<P>;

	constructor(fetchPage: PageFetcher<P>) {
		this.#fetchPage = fetchPage;
	}

	// biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited like the first page.
	then<A = P, B = never>(
		onFulfilled?: ((page: P) => A | PromiseLike<A>) | null,
		onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
	): Promise<A | B> {
		return this.#firstPage().then(onFulfilled, onRejected);
	}

	catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<P | B> {
		return this.#firstPage().catch(onRejected);
	}

	/**
	 * Every page in order, following `links.next` until there is none. A `next` naming a page
	 * already read (a broken cursor) throws a `KlaviyoError` rather than paging forever.
	 */
	async *pages(): AsyncGenerator<P, void, undefined> {
		let page = await this.#firstPage();
		yield page;
		const read = new Set([page.links?.self]);
		for (let next = page.links?.next; next; next = page.links?.next) {
			if (read.has(next)) throw new KlaviyoError('links.next repeats a page already read');
			read.add(next);
			page = await this.#fetchPage(next);
			yield page;
		}
	}

	async *[Symbol.asyncIterator](): AsyncGenerator<P['data'][number], void, undefined> {
		for await (const page of this.pages()) yield* page.data as Iterable<P['data'][number]>;
	}

	/** Every item of every page, collected into one array. */
	async toArray(): Promise<P['data']> {
		const items: P['data'] = [];
		for await (const item of this) items.push(item);
		return items;
	}

	#firstPage(): Promise<P> {
		this.#first ??= this.#fetchPage();
		return this.#first;
	}
}
