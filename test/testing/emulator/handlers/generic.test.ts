/**
 * The generic JSON:API store: what is created reads back, updates, deletes and lists (filters,
 * sort, cursor pages, sparse fieldsets), includes what it is linked to, and its relationship
 * endpoints read and change the links, for every type the hand-written model does not keep.
 * Every answer is checked against the spec's response schema.
 */
import type { EmulatorServer } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	api,
	expectConformingResponses,
	expectKlaviyoError,
	listBody,
	startTestEmulator,
} from '../helpers.js';

let emu: EmulatorServer;

beforeAll(async () => {
	emu = await startTestEmulator();
});
afterAll(() => emu.close());
afterEach(() => {
	try {
		expectConformingResponses(emu);
		expect(emu.invalidRequests().map((r) => r.violations)).toEqual([]);
	} finally {
		emu.reset();
	}
});

const item = (externalId: string, attributes: Record<string, unknown> = {}, categories: string[] = []) => ({
	data: {
		type: 'catalog-item',
		attributes: {
			external_id: externalId,
			title: `Item ${externalId}`,
			description: 'A thing',
			url: `https://shop.example/${externalId}`,
			price: 10,
			...attributes,
		},
		...(categories.length
			? {
					relationships: { categories: { data: categories.map((id) => ({ type: 'catalog-category', id })) } },
				}
			: {}),
	},
});

const category = (externalId: string, name = externalId) => ({
	data: { type: 'catalog-category', attributes: { external_id: externalId, name } },
});

const variant = (externalId: string, itemId: string) => ({
	data: {
		type: 'catalog-variant',
		attributes: {
			external_id: externalId,
			title: externalId,
			description: 'A size',
			sku: externalId,
			inventory_quantity: 3,
			price: 12,
			url: `https://shop.example/${externalId}`,
		},
		relationships: { item: { data: { type: 'catalog-item', id: itemId } } },
	},
});

describe('create, read, update, delete', () => {
	it('a catalog item: its id in the documented format, read back, renamed, deleted', async () => {
		const created = await api(emu, 'POST', '/api/catalog-items', { body: item('SKU-1') });
		expect(created.status).toBe(201);
		const id = '$custom:::$default:::SKU-1';
		expect(created.body.data).toMatchObject({
			type: 'catalog-item',
			id,
			attributes: { title: 'Item SKU-1', price: 10 },
		});
		expect(created.body.data.attributes.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);

		const path = `/api/catalog-items/${encodeURIComponent(id)}`;
		const read = await api(emu, 'GET', path);
		expect(read.body.data.attributes).toMatchObject({
			external_id: 'SKU-1',
			url: 'https://shop.example/SKU-1',
		});
		expect(read.body.links.self).toBe(`${emu.url}${path}/`);

		const patched = await api(emu, 'PATCH', path, {
			body: { data: { type: 'catalog-item', id, attributes: { title: 'Renamed' } } },
		});
		expect(patched.body.data.attributes).toMatchObject({ title: 'Renamed', price: 10 });
		expect((await api(emu, 'GET', path)).body.data.attributes.title).toBe('Renamed');

		expect((await api(emu, 'DELETE', path)).status).toBe(204);
		expectKlaviyoError(await api(emu, 'GET', path), 404, 'not_found');
	});

	it('a second create of the same id is a 409; a PATCH naming another id is a 409 and invalid', async () => {
		await api(emu, 'POST', '/api/catalog-items', { body: item('SKU-1') });
		expectKlaviyoError(await api(emu, 'POST', '/api/catalog-items', { body: item('SKU-1') }), 409);
		const path = `/api/catalog-items/${encodeURIComponent('$custom:::$default:::SKU-1')}`;
		const body = { data: { type: 'catalog-item', id: 'other', attributes: { title: 'x' } } };
		expectKlaviyoError(await api(emu, 'PATCH', path, { body }), 409);
		expect(emu.requests.at(-1)!.valid).toBe(false);
		emu.reset(); // the deliberate violation is not the afterEach's business
	});

	it('updating or deleting what does not exist is a 404', async () => {
		const path = '/api/coupons/NOPE';
		expectKlaviyoError(await api(emu, 'DELETE', path), 404);
		const body = { data: { type: 'coupon', id: 'NOPE', attributes: { description: 'x' } } };
		expectKlaviyoError(await api(emu, 'PATCH', path, { body }), 404);
	});

	it('coupons are named by their external id, and their codes by coupon and code, UNASSIGNED', async () => {
		const coupon = await api(emu, 'POST', '/api/coupons', {
			body: { data: { type: 'coupon', attributes: { external_id: '10OFF', description: 'Ten off' } } },
		});
		expect(coupon.body.data.id).toBe('10OFF');
		const code = await api(emu, 'POST', '/api/coupon-codes', {
			body: {
				data: {
					type: 'coupon-code',
					attributes: { unique_code: 'ABC123' },
					relationships: { coupon: { data: { type: 'coupon', id: '10OFF' } } },
				},
			},
		});
		expect(code.body.data).toMatchObject({
			id: '10OFF-ABC123',
			attributes: { unique_code: 'ABC123', status: 'UNASSIGNED' },
		});
		const parent = await api(emu, 'GET', '/api/coupon-codes/10OFF-ABC123/coupon');
		expect(parent.body.data).toMatchObject({
			type: 'coupon',
			id: '10OFF',
			attributes: { description: 'Ten off' },
		});
		const codes = await api(emu, 'GET', '/api/coupons/10OFF/relationships/coupon-codes');
		expect(codes.body.data).toEqual([{ type: 'coupon-code', id: '10OFF-ABC123' }]);
	});

	it('a code for a coupon that does not exist is refused (404 at the linkage)', async () => {
		const reply = await api(emu, 'POST', '/api/coupon-codes', {
			body: {
				data: {
					type: 'coupon-code',
					attributes: { unique_code: 'X' },
					relationships: { coupon: { data: { type: 'coupon', id: 'MISSING' } } },
				},
			},
		});
		const [error] = expectKlaviyoError(reply, 404);
		expect(error!.source).toEqual({ pointer: '/data/relationships/coupon/data/id' });
	});

	it('a webhook is created, listed and deleted', async () => {
		const created = await api(emu, 'POST', '/api/webhooks', {
			body: {
				data: {
					type: 'webhook',
					attributes: { name: 'Orders', endpoint_url: 'https://hooks.example/in', secret_key: 's3cret' },
					relationships: {
						'webhook-topics': { data: [{ type: 'webhook-topic', id: 'event:klaviyo.placed_order' }] },
					},
				},
			},
		});
		expect(created.status).toBe(201);
		const id = created.body.data.id as string;
		const listed = await api(emu, 'GET', '/api/webhooks');
		expect(listed.body.data.map((w: { id: string }) => w.id)).toEqual([id]);
		expect(listed.body.data[0].attributes).toMatchObject({
			name: 'Orders',
			endpoint_url: 'https://hooks.example/in',
		});
		expect((await api(emu, 'DELETE', `/api/webhooks/${id}`)).status).toBe(204);
		expect((await api(emu, 'GET', '/api/webhooks')).body.data).toEqual([]);
	});
});

describe('lists', () => {
	it('filter on ids (any), name-like attributes (equals, contains), sort, sparse fieldsets', async () => {
		for (const [id, title] of [
			['A', 'Red shirt'],
			['B', 'Blue shirt'],
			['C', 'Red hat'],
		] as const) {
			await api(emu, 'POST', '/api/catalog-items', { body: item(id, { title }) });
		}
		const ids = (reply: { body: { data: Array<{ id: string }> } }) =>
			reply.body.data.map((r) => r.id.split(':::')[2]);
		const get = (query: Record<string, string>) => api(emu, 'GET', '/api/catalog-items', { query });
		expect(
			ids(await get({ filter: 'any(ids,["$custom:::$default:::A","$custom:::$default:::C"])' })),
		).toEqual(['A', 'C']);
		expect(ids(await get({ filter: 'contains(title,"shirt")' }))).toEqual(['A', 'B']);
		expect(ids(await get({ filter: 'equals(published,true)' }))).toEqual([]);
		const sorted = await get({ sort: '-created', 'fields[catalog-item]': 'title' });
		expect(sorted.body.data[0].attributes).toEqual({ title: expect.any(String) });
		const categories = await api(emu, 'GET', '/api/catalog-categories', {
			query: { filter: 'contains(name,"none")' },
		});
		expect(categories.body.data).toEqual([]);
	});

	it('pages by cursor at the size asked for, links.next absent on the last page', async () => {
		for (let i = 0; i < 5; i++)
			await api(emu, 'POST', '/api/catalog-categories', { body: category(`C${i}`) });
		const seen: string[] = [];
		let next: string | undefined = `${emu.url}/api/catalog-categories?page%5Bsize%5D=2`;
		let pages = 0;
		while (next) {
			const reply = await fetch(next, {
				headers: { revision: '2026-07-15', authorization: `Klaviyo-API-Key ${emu.privateKey}` },
			});
			const body = (await reply.json()) as { data: Array<{ id: string }>; links: { next?: string } };
			seen.push(...body.data.map((c) => c.id));
			next = body.links.next;
			pages++;
		}
		expect(pages).toBe(3);
		expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `$custom:::$default:::C${i}`));
	});
});

describe('relationships and include', () => {
	it('a variant made for an item lists under it, is included with it, and filters by item', async () => {
		const itemId = (await api(emu, 'POST', '/api/catalog-items', { body: item('SHIRT') })).body.data
			.id as string;
		await api(emu, 'POST', '/api/catalog-variants', { body: variant('SHIRT-M', itemId) });
		await api(emu, 'POST', '/api/catalog-variants', { body: variant('SHIRT-L', itemId) });
		const path = `/api/catalog-items/${encodeURIComponent(itemId)}`;
		const variants = await api(emu, 'GET', `${path}/variants`);
		expect(variants.body.data.map((v: { attributes: { sku: string } }) => v.attributes.sku)).toEqual([
			'SHIRT-M',
			'SHIRT-L',
		]);
		const withVariants = await api(emu, 'GET', path, { query: { include: 'variants' } });
		expect(withVariants.body.data.relationships.variants.data).toHaveLength(2);
		expect(withVariants.body.included.map((v: { type: string }) => v.type)).toEqual([
			'catalog-variant',
			'catalog-variant',
		]);
		const byItem = await api(emu, 'GET', '/api/catalog-variants', {
			query: { filter: `equals(item.id,"${itemId}")` },
		});
		expect(byItem.body.data).toHaveLength(2);
	});

	it('category items: add (POST), read, replace (PATCH), remove (DELETE), filter items by category', async () => {
		const ids: string[] = [];
		for (const sku of ['A', 'B', 'C'])
			ids.push((await api(emu, 'POST', '/api/catalog-items', { body: item(sku) })).body.data.id);
		const categoryId = (await api(emu, 'POST', '/api/catalog-categories', { body: category('SALE') })).body
			.data.id as string;
		const path = `/api/catalog-categories/${encodeURIComponent(categoryId)}/relationships/items`;
		const linkage = (list: string[]) => ({ data: list.map((id) => ({ type: 'catalog-item', id })) });
		expect((await api(emu, 'POST', path, { body: linkage([ids[0]!, ids[1]!]) })).status).toBe(204);
		expect((await api(emu, 'GET', path)).body.data.map((d: { id: string }) => d.id)).toEqual([
			ids[0],
			ids[1],
		]);
		await api(emu, 'PATCH', path, { body: linkage([ids[2]!]) });
		expect((await api(emu, 'GET', path)).body.data.map((d: { id: string }) => d.id)).toEqual([ids[2]]);
		// Seen from the item's side too.
		const itemCategories = await api(
			emu,
			'GET',
			`/api/catalog-items/${encodeURIComponent(ids[2]!)}/categories`,
		);
		expect(itemCategories.body.data.map((c: { id: string }) => c.id)).toEqual([categoryId]);
		const inSale = await api(emu, 'GET', '/api/catalog-items', {
			query: { filter: `equals(category.id,"${categoryId}")` },
		});
		expect(inSale.body.data.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
		await api(emu, 'DELETE', path, { body: linkage([ids[2]!]) });
		expect((await api(emu, 'GET', path)).body.data).toEqual([]);
		expectKlaviyoError(await api(emu, 'POST', path, { body: linkage(['$custom:::$default:::NOPE']) }), 404);
	});

	it('tags hand-modelled lists: the tag lists the list, the list lists the tag', async () => {
		const listId = (await api(emu, 'POST', '/api/lists', { body: listBody('VIP') })).body.data.id as string;
		const tag = await api(emu, 'POST', '/api/tags', {
			body: { data: { type: 'tag', attributes: { name: 'Loyal' } } },
		});
		const tagId = tag.body.data.id as string;
		expect(tagId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
		const body = { data: [{ type: 'list', id: listId }] };
		expect((await api(emu, 'POST', `/api/tags/${tagId}/relationships/lists`, { body })).status).toBe(204);
		expect((await api(emu, 'GET', `/api/tags/${tagId}/relationships/lists`)).body.data).toEqual([
			{ type: 'list', id: listId },
		]);
		const tags = await api(emu, 'GET', `/api/lists/${listId}/tags`);
		expect(tags.body.data).toMatchObject([{ type: 'tag', id: tagId, attributes: { name: 'Loyal' } }]);
		const unknown = { data: [{ type: 'list', id: 'NoSuch' }] };
		expectKlaviyoError(
			await api(emu, 'POST', `/api/tags/${tagId}/relationships/lists`, { body: unknown }),
			404,
		);
		expectKlaviyoError(await api(emu, 'GET', '/api/lists/NoSuch/tags'), 404);
	});

	it('a campaign is created with its messages, filtered by their channel, and includes them', async () => {
		const created = await api(emu, 'POST', '/api/campaigns', {
			body: {
				data: {
					type: 'campaign',
					attributes: {
						name: 'Summer sale',
						audiences: { included: ['LIST1'] },
						'campaign-messages': {
							data: [
								{
									type: 'campaign-message',
									attributes: { definition: { channel: 'email', label: 'Main', content: { subject: 'Hi' } } },
								},
							],
						},
					},
				},
			},
		});
		expect(created.status).toBe(201);
		expect(created.body.data.attributes).toMatchObject({
			name: 'Summer sale',
			status: 'Draft',
			archived: false,
		});
		const id = created.body.data.id as string;
		const email = await api(emu, 'GET', '/api/campaigns', {
			query: { filter: "equals(messages.channel,'email')" },
		});
		expect(email.body.data.map((c: { id: string }) => c.id)).toEqual([id]);
		const sms = await api(emu, 'GET', '/api/campaigns', {
			query: { filter: "equals(messages.channel,'sms')" },
		});
		expect(sms.body.data).toEqual([]);
		const messages = await api(emu, 'GET', `/api/campaigns/${id}/campaign-messages`);
		expect(messages.body.data[0].attributes.definition).toMatchObject({
			channel: 'email',
			content: { subject: 'Hi' },
		});
		const withMessages = await api(emu, 'GET', `/api/campaigns/${id}`, {
			query: { include: 'campaign-messages' },
		});
		expect(withMessages.body.included).toHaveLength(1);
		const owner = await api(emu, 'GET', `/api/campaign-messages/${messages.body.data[0].id}/campaign`);
		expect(owner.body.data.id).toBe(id);
	});
});
