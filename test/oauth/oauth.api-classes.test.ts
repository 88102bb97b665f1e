/**
 * A session works with every `…Api` class of `klaviyo-edge/api`, as with PrivateClient: the bearer
 * token of its account, the scopes it was granted, a refresh once on a 401.
 */
import { CatalogsApi, CouponsApi, connect, KlaviyoAuthenticationError } from 'klaviyo-edge/api';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { appOn, refreshes } from './helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

it('CatalogsApi and CouponsApi on connect(session): bearer token, granted scopes, one refresh after a 401', async () => {
	const app = appOn(emu);
	await app.install('SHOP1', ['catalogs:read', 'coupons:read']);
	const connection = connect(app.oauth.session('SHOP1'), { rateLimiter: false });
	const catalogs = new CatalogsApi(connection);
	const coupons = new CouponsApi(connection);
	await catalogs.getCatalogItems();
	await coupons.getCoupons();
	const calls = emu.requests.filter((r) => r.path.startsWith('/api/'));
	expect(calls.map((r) => [r.operationId, r.status])).toEqual([
		['get_catalog_items', 200],
		['get_coupons', 200],
	]);
	expect(calls.every((r) => /^Bearer kat_/.test(r.headers.authorization ?? ''))).toBe(true);
	expect(emu.invalidRequests()).toEqual([]);

	// A scope the shop did not grant: Klaviyo's 403, no refresh (it would not help).
	const refused = await coupons
		.createCoupon({ data: { type: 'coupon', attributes: { external_id: 'SPRING', description: 'x' } } })
		.catch((error: unknown) => error);
	expect(refused).toBeInstanceOf(KlaviyoAuthenticationError);
	expect(refused).toMatchObject({ statusCode: 403 });
	expect(refreshes(emu)).toBe(0);

	// The token expires on Klaviyo's clock: one refresh, and the classes go on.
	emu.oauth.advance(3600);
	await Promise.all([catalogs.getCatalogItems(), coupons.getCoupons(), catalogs.getCatalogCategories()]);
	expect(refreshes(emu)).toBe(1);
});
