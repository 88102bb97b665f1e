/**
 * GET /api/accounts answers the account the key (or the OAuth token) belongs to, which an app
 * reads right after an install to learn whose account it is: one record, whose id is the
 * account's public key; GET /api/accounts/{id} reads that one and no other.
 */
import { AccountsApi, connect, KlaviyoApiError } from 'klaviyo-edge/api';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { appOn } from '../../../oauth/helpers.js';
import { expectConformingResponses, startTestEmulator } from '../helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
afterEach(() => expectConformingResponses(emu));

it('with a private key: the emulator’s own account, readable by its id, and no other', async () => {
	const accounts = new AccountsApi(connect(emu.privateKey, { baseUrl: emu.url, rateLimiter: false }));
	const all = await accounts.getAccounts();
	expect(all.data).toHaveLength(1);
	expect(all.data[0]).toMatchObject({
		type: 'account',
		id: emu.publicKey,
		attributes: {
			public_api_key: emu.publicKey,
			test_account: false,
			timezone: 'UTC',
			preferred_currency: 'USD',
		},
	});
	expect(all.links?.next ?? null).toBeNull();
	const one = await accounts.getAccount(emu.publicKey);
	expect(one.data).toEqual(all.data[0]);
	const other = await accounts.getAccount('AbC123').catch((error: unknown) => error);
	expect(other).toBeInstanceOf(KlaviyoApiError);
	expect(other).toMatchObject({ statusCode: 404 });
});

it('with an OAuth token: the account that installed the app', async () => {
	const app = appOn(emu);
	await app.install('SHOP1', ['accounts:read']);
	const accounts = new AccountsApi(connect(app.oauth.session('SHOP1'), { rateLimiter: false }));
	const all = await accounts.getAccounts();
	expect(all.data.map((account) => [account.id, account.attributes.public_api_key])).toEqual([
		['SHOP1', 'SHOP1'],
	]);
	expect((await accounts.getAccount('SHOP1')).data.id).toBe('SHOP1');
	expect(await accounts.getAccount(emu.publicKey).catch((error: unknown) => error)).toMatchObject({
		statusCode: 404,
	});
});
