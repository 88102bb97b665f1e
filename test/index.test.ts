import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import Klaviyo, * as root from '../src/index.js';
import { PublicClient } from '../src/public/index.js';
import { rejection, useEmulator } from './private/setup.js';

const t = useEmulator();

describe('new Klaviyo()', () => {
	it('needs at least one token, with node-klaviyo’s message', () => {
		expect(() => new Klaviyo()).toThrow(root.KlaviyoConfigurationError);
		expect(() => new Klaviyo({})).toThrow('You must provide a public or private api token.');
	});

	it('gives each accessor only when its token was given', () => {
		const publicOnly = new Klaviyo({ publicToken: 'PUBKEY' });
		expect(publicOnly.public).toBeInstanceOf(PublicClient);
		for (const name of ['profiles', 'metrics', 'lists', 'dataPrivacy'] as const) {
			expect(() => publicOnly[name]).toThrow(root.KlaviyoConfigurationError);
			expect(() => publicOnly[name]).toThrow('Private api token was not provided.');
		}
		const privateOnly = new Klaviyo({ privateToken: 'pk_test' });
		expect(() => privateOnly.public).toThrow('Public api token was not provided.');
		expect(typeof privateOnly.profiles.getProfile).toBe('function');
		expect(typeof privateOnly.dataPrivacy.requestProfileDeletion).toBe('function');
	});

	it('refuses assignment to every accessor', () => {
		const klaviyo = new Klaviyo({ publicToken: 'PUBKEY', privateToken: 'pk_test' });
		for (const name of ['public', 'profiles', 'metrics', 'lists', 'dataPrivacy'] as const) {
			expect(() => {
				(klaviyo as unknown as Record<string, unknown>)[name] = {};
			}).toThrow(new root.KlaviyoError('This value is not writeable.'));
		}
	});

	it('returns the same resources every time', () => {
		const klaviyo = new Klaviyo({ publicToken: 'PUBKEY', privateToken: 'pk_test' });
		expect(klaviyo.lists).toBe(klaviyo.lists);
		expect(klaviyo.public).toBe(klaviyo.public);
	});

	it('talks to Klaviyo with the private token and the client options', async () => {
		const klaviyo = new Klaviyo({ privateToken: t.emu.privateKey, baseUrl: t.emu.url, maxRetries: 0 });
		const list = await klaviyo.lists.createList('From the compat class');
		expect(list.data.attributes.name).toBe('From the compat class');
		expect(t.emu.requests[0]!.headers).toMatchObject({
			authorization: `Klaviyo-API-Key ${t.emu.privateKey}`,
			revision: '2026-07-15',
		});
	});

	it('hands the public client the public token and options', async () => {
		const klaviyo = new Klaviyo({ publicToken: t.emu.publicKey, baseUrl: t.emu.url, maxRetries: 0 });
		await expect(klaviyo.public.identify({ email: 'dave@example.com' })).resolves.toBe(1);
		expect(t.emu.requests.filter((r) => r.method === 'POST')[0]).toMatchObject({
			path: '/client/profiles',
			query: { company_id: t.emu.publicKey },
		});
	});
});

describe('new PrivateClient()', () => {
	it('needs a private key', () => {
		expect(() => new root.PrivateClient('')).toThrow(
			new root.KlaviyoConfigurationError('Private api token was not provided.'),
		);
		expect(() => new root.PrivateClient(undefined as never)).toThrow(root.KlaviyoConfigurationError);
	});
});

describe('the root entry', () => {
	it('exports the class as default and by name, the errors and the private API', () => {
		expect(root.default).toBe(root.Klaviyo);
		for (const name of [
			'KlaviyoError',
			'KlaviyoConfigurationError',
			'KlaviyoValidationError',
			'KlaviyoApiError',
			'KlaviyoAuthenticationError',
			'KlaviyoRateLimitError',
			'KlaviyoServerError',
			'KlaviyoConnectionError',
			'KlaviyoTimeoutError',
			'PrivateClient',
			'RateLimiter',
			'PagePromise',
			'LIMITS',
		]) {
			expect(root, name).toHaveProperty(name);
		}
	});
});

describe('the private key stays private', () => {
	it('is not in errors, their JSON, or an inspected client', async () => {
		const key = t.emu.privateKey;
		const klaviyo = t.client();
		t.emu.faults.add({ path: '/api/lists/*', status: 500 });
		const error = await rejection(klaviyo.lists.getListById('abc'));
		for (const text of [
			error.message,
			error.stack ?? '',
			JSON.stringify(error),
			inspect(error, { depth: 10 }),
		]) {
			expect(text).not.toContain(key);
		}
		for (const text of [inspect(klaviyo, { depth: 10, showHidden: true }), JSON.stringify(klaviyo)]) {
			expect(text).not.toContain(key);
		}
		const compat = new Klaviyo({ privateToken: key });
		expect(inspect(compat, { depth: 10, showHidden: true })).not.toContain(key);
		expect(JSON.stringify(compat)).not.toContain(key);
	});

	it('goes only in the Authorization header, never in the URL', async () => {
		await t.klaviyo.profiles.getProfileIdByEmail('dave@example.com').catch(() => undefined);
		const request = t.emu.requests[0]!;
		expect(request.path + JSON.stringify(request.query)).not.toContain(t.emu.privateKey);
	});
});
