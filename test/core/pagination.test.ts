import { afterAll, beforeAll, expect, it } from 'vitest';
import { KlaviyoError } from '../../src/core/errors.js';
import { type CollectionPage, PagePromise } from '../../src/core/pagination.js';
import { listBody, rejectionOf, setup } from './helpers.js';

const { emu, transport } = await setup();
afterAll(() => emu.close());

type ListPage = CollectionPage<{ id: string; attributes: { name: string } }>;

beforeAll(async () => {
	const t = transport();
	for (let i = 1; i <= 25; i++) await t.request('POST', '/api/lists', { body: listBody(`List ${i}`) });
});

const getLists = () => transport().paginate<ListPage>('/api/lists', { query: { 'page[size]': 10 } });

it('await gives the first page, a JSON:API document with links.next', async () => {
	const page = await getLists();
	expect(page.data).toHaveLength(10);
	expect(page.links?.next).toContain('page%5Bcursor%5D');
});

it('for await walks every item across three pages, following links.next', async () => {
	const before = emu.requests.length;
	const names: string[] = [];
	for await (const list of getLists()) names.push(list.attributes.name);
	expect(names).toHaveLength(25);
	expect(new Set(names).size).toBe(25);
	const requests = emu.requests.slice(before);
	expect(requests).toHaveLength(3);
	expect(requests.slice(1).every((r) => r.query['page[cursor]'])).toBe(true);
	expect(emu.invalidRequests()).toEqual([]);
});

it('pages() yields page by page, and the first page is fetched once however it is consumed', async () => {
	const lists = getLists();
	const before = emu.requests.length;
	const first = await lists;
	const sizes: number[] = [];
	for await (const page of lists.pages()) sizes.push(page.data.length);
	expect(sizes).toEqual([10, 10, 5]);
	expect(first.data).toHaveLength(10);
	expect(emu.requests.length - before).toBe(3);
	expect(await lists.toArray()).toHaveLength(25);
});

it('follows a links.next on the base URL, relative or absolute, and nothing else', async () => {
	const t = transport();
	expect(t.nextPath(`${emu.url}/api/lists?page%5Bcursor%5D=abc`)).toBe('/api/lists?page%5Bcursor%5D=abc');
	expect(t.nextPath('/api/lists?page%5Bcursor%5D=abc')).toBe('/api/lists?page%5Bcursor%5D=abc');
	expect(t.nextPath('?page%5Bcursor%5D=abc')).toBe('/?page%5Bcursor%5D=abc');
	// A base URL with a path (a proxy in front of Klaviyo) keeps it once, not twice.
	const proxied = transport({ baseUrl: `${emu.url}/klaviyo/` });
	expect(proxied.nextPath(`${emu.url}/klaviyo/api/lists?page%5Bcursor%5D=abc`)).toBe(
		'/api/lists?page%5Bcursor%5D=abc',
	);
});

it('a links.next naming a page already read is a KlaviyoError, not an endless walk', async () => {
	const pages = new Map<string | undefined, ListPage>([
		[undefined, { data: [{ id: 'a', attributes: { name: 'A' } }], links: { self: '/1', next: '/2' } }],
		['/2', { data: [{ id: 'b', attributes: { name: 'B' } }], links: { self: '/2', next: '/1' } }],
	]);
	const fetched: Array<string | undefined> = [];
	const looping = new PagePromise<ListPage>(async (next) => {
		fetched.push(next);
		return pages.get(next)!;
	});
	const seen: string[] = [];
	const error = await rejectionOf(
		(async () => {
			for await (const item of looping) seen.push(item.id);
		})(),
	);
	expect(error).toBeInstanceOf(KlaviyoError);
	expect((error as Error).message).toMatch(/links\.next repeats a page already read/);
	expect(seen).toEqual(['a', 'b']);
	expect(fetched).toEqual([undefined, '/2']);
	// A page pointing at itself stops at once too.
	const self = new PagePromise<ListPage>(async () => ({ data: [], links: { self: '/x', next: '/x' } }));
	expect(await rejectionOf(self.toArray())).toBeInstanceOf(KlaviyoError);
});
