import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CollectionPage } from '../../src/core/pagination.js';
import { listBody, setup } from './helpers.js';

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

it('follows links.next only against the configured base URL, so the key never goes elsewhere', async () => {
	const seen: string[] = [];
	const t = transport({
		// Rewrites the first page's next link to another host, as a tampered response would.
		fetch: async (input, init) => {
			const url = input instanceof Request ? input.url : String(input);
			seen.push(url);
			const response = await fetch(input, init);
			if (seen.length > 1) return response;
			const page = (await response.json()) as ListPage;
			const next = new URL(page.links!.next!);
			page.links!.next = `https://evil.example${next.pathname}${next.search}`;
			return new Response(JSON.stringify(page), { status: 200, headers: response.headers });
		},
	});
	const pages = t.paginate<ListPage>('/api/lists', { query: { 'page[size]': 10 } }).pages();
	await pages.next();
	const second = await pages.next();
	expect(second.value?.data).toHaveLength(10);
	expect(seen).toHaveLength(2);
	expect(seen[1]).toMatch(new RegExp(`^${emu.url}/api/lists\\?.*page%5Bcursor%5D=`));
});
