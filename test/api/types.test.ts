/**
 * The types the spec gives each method (checked by `npm run typecheck`, which includes this file)
 * and that the runtime agrees with them.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
	Body,
	CatalogsApi,
	ClientApi,
	Connection,
	ImagesApi,
	Options,
	PagePromise,
	Result,
} from '../../src/api/index.js';
import { request } from '../../src/api/index.js';

describe('types from the spec', () => {
	it('list operations return a PagePromise of the spec’s page; others a Promise of its document', () => {
		expectTypeOf<ReturnType<CatalogsApi['getCatalogItems']>>().toEqualTypeOf<
			PagePromise<Result<'get_catalog_items'>>
		>();
		expectTypeOf<ReturnType<CatalogsApi['getCatalogItem']>>().toEqualTypeOf<
			Promise<Result<'get_catalog_item'>>
		>();
		expectTypeOf<Result<'get_catalog_item'>['data']['attributes']['title']>().toEqualTypeOf<
			string | null | undefined
		>();
		// A 204 resolves with nothing.
		expectTypeOf<Result<'delete_catalog_item'>>().toEqualTypeOf<undefined>();
	});

	it('arguments: path ids, the body, then options with the query in camelCase', () => {
		expectTypeOf<Parameters<CatalogsApi['updateCatalogItem']>>().toEqualTypeOf<
			[id: string, body: Body<'update_catalog_item'>, options?: Options<'update_catalog_item'>]
		>();
		expectTypeOf<Options<'get_catalog_items'>['fields']>().toEqualTypeOf<
			| {
					'catalog-item'?: Array<
						| 'created'
						| 'custom_metadata'
						| 'description'
						| 'external_id'
						| 'id'
						| 'image_full_url'
						| 'image_thumbnail_url'
						| 'images'
						| 'price'
						| 'published'
						| 'title'
						| 'updated'
						| 'url'
					>;
					'catalog-variant'?: Options<'get_catalog_variants'>['fields'] extends infer F
						? F extends { 'catalog-variant'?: infer V }
							? V
							: never
						: never;
			  }
			| undefined
		>();
		expectTypeOf<Options<'get_catalog_items'>['include']>().toEqualTypeOf<'variants'[] | undefined>();
		expectTypeOf<Options<'get_catalog_items'>['pageSize']>().toEqualTypeOf<number | undefined>();
		expectTypeOf<Options<'get_catalog_items'>['pageCursor']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<Options<'get_profiles'>['additionalFields']>().toEqualTypeOf<
			{ profile?: Array<'subscriptions' | 'predictive_analytics'> } | undefined
		>();
		expectTypeOf<Options<'query_campaign_values'>['pageCursor']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<Options<'get_catalog_items'>>().toHaveProperty('signal');
	});

	it('a query parameter the spec requires is a required option', () => {
		expectTypeOf<Options<'get_campaigns'>['filter']>().toEqualTypeOf<string>();
		expectTypeOf<Options<'create_client_event'>['companyId']>().toEqualTypeOf<string>();
		expectTypeOf<Parameters<ClientApi['createClientEvent']>[1]>().toEqualTypeOf<
			Options<'create_client_event'>
		>();
	});

	it('the image upload takes a Blob or bytes', () => {
		expectTypeOf<Parameters<ImagesApi['uploadImageFromFile']>[0]['file']>().toEqualTypeOf<
			Blob | Uint8Array
		>();
	});

	it('request() is typed by its route', () => {
		const get = (connection: Connection) =>
			request(connection, 'GET /api/campaigns/{id}', { path: { id: 'C1' } });
		type Get = Awaited<ReturnType<typeof get>>;
		expectTypeOf<Get>().toMatchTypeOf<Result<'get_campaign'>>();
		expectTypeOf<Result<'get_campaign'>>().toMatchTypeOf<Get>();
		expectTypeOf<Get['data']['attributes']['name']>().toEqualTypeOf<string>();
		// A route of the spec must bring what it needs: its ids, a body of the right type.
		// @ts-expect-error: no path ids
		void ((connection: Connection) => request(connection, 'GET /api/campaigns/{id}'));
		const list = { data: { type: 'list' as const } };
		// @ts-expect-error: not a campaign document
		void ((connection: Connection) => request(connection, 'POST /api/campaigns', { body: list }));
		// A route the spec lacks goes untyped.
		const beta = (connection: Connection) =>
			request(connection, 'GET /api/beta-things/{id}', { path: { id: 'x' } });
		expectTypeOf<Awaited<ReturnType<typeof beta>>>().toBeUnknown();
	});
});
