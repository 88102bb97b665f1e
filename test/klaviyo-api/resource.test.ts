/**
 * What klaviyo-api's users rely on, against the emulator: `{ response, body }`, errors they catch
 * (`error.response.status`), its retry options, `basePath` and `defaultHeaders`, the global key,
 * and bad input rejected (not thrown) before anything is sent.
 */
import { describe, expect, it, vi } from 'vitest';
import {
	ApiKeySession,
	ConfigWrapper,
	GlobalApiKeySettings,
	Klaviyo,
	KlaviyoApiError,
	KlaviyoValidationError,
	ListEnum,
	ListsApi,
	ProfileEnum,
	Profiles,
	ProfilesApi,
	RateLimiter,
	RetryWithExponentialBackoff,
} from '../../src/klaviyo-api/index.js';
import { sent, useEmulator } from './setup.js';

const t = useEmulator();
const profile = (email: string) => ({ data: { type: ProfileEnum.Profile, attributes: { email } } });

describe('results', () => {
	it('are { response, body }: the HTTP answer as axios gives it, the document in camelCase with dates', async () => {
		const profiles = new ProfilesApi(new ApiKeySession(t.emu.privateKey));
		const { response, body } = await profiles.createProfile({
			data: {
				type: ProfileEnum.Profile,
				attributes: { email: 'ada@example.com', firstName: 'Ada', properties: { favorite_color: 'teal' } },
			},
		});
		expect(response.status).toBe(201);
		expect(response.headers['content-type']).toContain('json');
		const raw = response.data as { data: { attributes: Record<string, unknown> } };
		expect(raw.data.attributes.first_name).toBe('Ada');
		expect(body.data.attributes.firstName).toBe('Ada');
		expect(body.data.attributes.created).toBeInstanceOf(Date);
		expect(body.data.attributes.properties).toEqual({ favorite_color: 'teal' });
		expect(t.emu.requests[0]!.body).toEqual({
			data: {
				type: 'profile',
				attributes: { email: 'ada@example.com', first_name: 'Ada', properties: { favorite_color: 'teal' } },
			},
		});
	});

	it('a listing answers one page; pageCursor takes the whole links.next URL, as klaviyo-api does', async () => {
		const profiles = new ProfilesApi(new ApiKeySession(t.emu.privateKey));
		for (const n of [1, 2, 3]) await profiles.createProfile(profile(`p${n}@example.com`));
		const first = await profiles.getProfiles({ pageSize: 2 });
		expect(first.body.data).toHaveLength(2);
		const next = first.body.links?.next;
		expect(next).toMatch(/^https:\/\/a\.klaviyo\.com\/api\/profiles/);
		const second = await profiles.getProfiles({ pageCursor: next, pageSize: 2 });
		expect(second.body.data).toHaveLength(1);
		expect(t.emu.requests.at(-1)!.query['page[cursor]']).toBe(
			new URL(next!).searchParams.get('page[cursor]'),
		);
	});

	it('a 204 answers body undefined', async () => {
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		const { body: list } = await lists.createList({
			data: { type: ListEnum.List, attributes: { name: 'VIP' } },
		});
		const deleted = await lists.deleteList(list.data.id);
		expect(deleted.response.status).toBe(204);
		expect(deleted.body).toBeUndefined();
	});
});

describe('errors', () => {
	it('carry error.response.status, statusText and data, and stay klaviyo-edge’s typed errors', async () => {
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		const error = await lists.getList('01NOPE').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect(error).toMatchObject({
			isAxiosError: true,
			code: 'ERR_BAD_REQUEST',
			status: 404,
			response: { status: 404, data: { errors: [{ status: 404, code: 'not_found' }] } },
		});
		expect(typeof (error as { response: { statusText: string } }).response.statusText).toBe('string');
	});

	it('never carry the key: no config, no request headers', async () => {
		const key = t.emu.privateKey;
		const error = await new ListsApi(new ApiKeySession(key)).getList('01NOPE').catch((e: unknown) => e);
		expect(JSON.stringify(error)).not.toContain(key);
		expect(String((error as Error).stack)).not.toContain(key);
		expect(error).not.toHaveProperty('config');
	});

	it('bad input rejects before anything is sent (klaviyo-api’s methods are async: nothing throws)', async () => {
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		const call = lists.getList('../profiles');
		expect(call).toBeInstanceOf(Promise);
		await expect(call).rejects.toBeInstanceOf(KlaviyoValidationError);
		await expect(lists.createList({} as never)).rejects.toMatchObject({ field: 'body' });
		expect(t.emu.requests).toEqual([]);
	});

	it('a wrong key answers 401 through error.response', async () => {
		const error = await new ListsApi(new ApiKeySession('pk_wrong_0000000000000000000000'))
			.getLists()
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ response: { status: 401 } });
		expect(t.emu.invalidRequests()).toHaveLength(1); // the emulator's record of the refused key
		t.emu.reset();
	});
});

describe('retry options', () => {
	it('numRetries counts attempts, as klaviyo-api does: 2 means one retry', async () => {
		t.emu.faults.add({ method: 'GET', path: '/api/lists', status: 503, times: 5 });
		const lists = new ListsApi(
			new ApiKeySession(t.emu.privateKey, new RetryWithExponentialBackoff({ numRetries: 2 })),
		);
		await expect(lists.getLists()).rejects.toMatchObject({ response: { status: 503 } });
		expect(t.emu.requests.map((r) => r.status)).toEqual([503, 503]);
	});

	it('by default a GET gets three attempts, and a 429 is retried after its Retry-After', async () => {
		t.emu.faults.add({ method: 'GET', path: '/api/lists', status: 429, retryAfter: 0, times: 2 });
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		expect((await lists.getLists()).response.status).toBe(200);
		expect(t.emu.requests.map((r) => r.status)).toEqual([429, 429, 200]);
	});

	it('a POST that could act twice is not retried after a 503 (klaviyo-api would)', async () => {
		t.emu.faults.add({ method: 'POST', path: '/api/lists', status: 503 });
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		await expect(
			lists.createList({ data: { type: ListEnum.List, attributes: { name: 'Once' } } }),
		).rejects.toMatchObject({ response: { status: 503 } });
		expect(sent(t.emu)).toEqual(['POST /api/lists']);
	});
});

describe('clients', () => {
	it('basePath and defaultHeaders apply to every request of the object', async () => {
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		const seen: string[] = [];
		const emulator = globalThis.fetch;
		globalThis.fetch = (input, init) => {
			seen.push(String(input));
			return emulator(input, init);
		};
		lists.basePath = 'https://klaviyo-proxy.example';
		lists.defaultHeaders = { 'x-trace': 'abc' };
		await lists.getLists();
		expect(seen).toEqual(['https://klaviyo-proxy.example/api/lists']);
		expect(t.emu.requests[0]!.headers['x-trace']).toBe('abc');
		expect(lists.basePath).toBe('https://klaviyo-proxy.example');
	});

	it('the global key: GlobalApiKeySettings, ConfigWrapper, and the preconfigured Profiles', async () => {
		GlobalApiKeySettings.apiKey = undefined;
		await expect(Profiles.getProfiles()).rejects.toThrow('No API Key set');
		new GlobalApiKeySettings(t.emu.privateKey);
		expect((await Profiles.getProfiles()).response.status).toBe(200);
		const session = ConfigWrapper(t.emu.privateKey, { numRetries: 1 });
		expect(session).toBeInstanceOf(ApiKeySession);
		expect(GlobalApiKeySettings.retryWithExponentialBackoff.numRetries).toBe(1);
		GlobalApiKeySettings.apiKey = undefined;
	});

	it('one rate limiter per session, shared by the classes on it (or one given, or none)', async () => {
		const limiter = new RateLimiter();
		const acquire = vi.spyOn(limiter, 'acquire');
		const session = new ApiKeySession(t.emu.privateKey, undefined, { rateLimiter: limiter });
		await new ListsApi(session).getLists();
		await new ProfilesApi(session).getProfiles();
		expect(acquire.mock.calls.map(([method, path]) => `${method} ${path}`)).toEqual([
			'GET /api/lists',
			'GET /api/profiles',
		]);
		const unpaced = new ApiKeySession(t.emu.privateKey, undefined, { rateLimiter: false });
		await new ListsApi(unpaced).getLists();
		expect(acquire).toHaveBeenCalledTimes(2);
	});

	it('the Klaviyo namespace holds every class and Auth', async () => {
		const profiles = new Klaviyo.ProfilesApi(new Klaviyo.Auth.ApiKeySession(t.emu.privateKey));
		expect((await profiles.getProfiles()).response.status).toBe(200);
		expect(Object.keys(Klaviyo).filter((name) => name.endsWith('Api'))).toHaveLength(23);
	});

	it('aliases are methods of the class, as in klaviyo-api', async () => {
		const lists = new ListsApi(new ApiKeySession(t.emu.privateKey));
		expect(typeof ListsApi.prototype.createListRelationships).toBe('function');
		const { body } = await lists.createList({ data: { type: ListEnum.List, attributes: { name: 'VIP' } } });
		const { body: made } = await new ProfilesApi(lists.session).createProfile(profile('ada@example.com'));
		await lists.createListRelationshipsProfiles(body.data.id, {
			data: [{ type: ProfileEnum.Profile, id: made.data.id! }],
		});
		expect(t.emu.lists()[0]!.members.map((m) => m.profileId)).toEqual([made.data.id]);
	});
});
