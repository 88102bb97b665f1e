/**
 * The token storages: memory (copies in and out) and Workers KV (one JSON value per account, under
 * a prefix). What they give back is checked before use (readTokens). The KV adapter also runs on
 * real KV in workerd (test/workers/apps-example.test.ts).
 */
import { kvTokenStorage, memoryTokenStorage, type Tokens } from 'klaviyo-edge/oauth';
import { describe, expect, it } from 'vitest';
import { KlaviyoOAuthError } from '../../src/oauth/errors.js';
import { readTokens } from '../../src/oauth/storage.js';

const TOKENS: Tokens = {
	accessToken: 'kat_a',
	refreshToken: 'krt_b',
	expiresAt: 1_900_000_000_000,
	scope: 'lists:read',
};

/** A KV namespace in a Map, with the calls it got. */
function fakeKv() {
	const values = new Map<string, string>();
	return {
		values,
		get: async (key: string, type: 'text') => (type === 'text' ? (values.get(key) ?? null) : null),
		put: async (key: string, value: string) => void values.set(key, value),
		delete: async (key: string) => void values.delete(key),
	};
}

describe('memoryTokenStorage', () => {
	it('keeps copies: changing what was saved or retrieved changes nothing stored', async () => {
		const storage = memoryTokenStorage();
		const saved = { ...TOKENS };
		await storage.save('A', saved);
		saved.accessToken = 'changed';
		const retrieved = (await storage.retrieve('A')) as Tokens;
		retrieved.refreshToken = 'changed';
		expect(await storage.retrieve('A')).toEqual(TOKENS);
		await storage.delete('A');
		expect(await storage.retrieve('A')).toBeUndefined();
	});
});

describe('kvTokenStorage', () => {
	it('one JSON value per account under the prefix; delete removes it', async () => {
		const kv = fakeKv();
		const storage = kvTokenStorage(kv);
		await storage.save('SHOP_1', TOKENS);
		expect([...kv.values.keys()]).toEqual(['klaviyo-oauth:SHOP_1']);
		expect(JSON.parse(kv.values.get('klaviyo-oauth:SHOP_1')!)).toEqual(TOKENS);
		expect(await storage.retrieve('SHOP_1')).toEqual(TOKENS);
		expect(await storage.retrieve('SHOP_2')).toBeUndefined();
		await storage.delete('SHOP_1');
		expect(kv.values.size).toBe(0);
		await kvTokenStorage(kv, { prefix: 'app2/' }).save('X', TOKENS);
		expect([...kv.values.keys()]).toEqual(['app2/X']);
	});

	it('a value that is not JSON comes back as is, for readTokens to refuse', async () => {
		const kv = fakeKv();
		kv.values.set('klaviyo-oauth:A', 'not json');
		const value = await kvTokenStorage(kv).retrieve('A');
		expect(() => readTokens(value, 'A')).toThrow(KlaviyoOAuthError);
	});
});

describe('readTokens', () => {
	it('nothing stored is undefined; a complete set is taken; anything else is invalid_stored_tokens', () => {
		expect(readTokens(undefined, 'A')).toBeUndefined();
		expect(readTokens(null, 'A')).toBeUndefined();
		expect(readTokens(TOKENS, 'A')).toEqual(TOKENS);
		const { scope, ...withoutScope } = TOKENS;
		expect(readTokens(withoutScope, 'A')).toEqual(withoutScope);
		for (const bad of [
			'string',
			42,
			{},
			{ ...TOKENS, accessToken: '' },
			{ ...TOKENS, accessToken: 'two words' },
			{ ...TOKENS, refreshToken: 'é' },
			{ ...TOKENS, refreshToken: 7 },
			{ ...TOKENS, expiresAt: '2026' },
			{ ...TOKENS, expiresAt: Number.NaN },
			{ ...TOKENS, scope: ['lists:read'] },
			{ ...TOKENS, accessToken: 'x'.repeat(5000) },
		]) {
			expect(() => readTokens(bad, 'A'), JSON.stringify(bad)?.slice(0, 80)).toThrow(
				expect.objectContaining({ code: 'invalid_stored_tokens', accountId: 'A' }),
			);
		}
	});
});
