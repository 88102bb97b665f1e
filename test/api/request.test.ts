import { describe, expect, it } from 'vitest';
import {
	connect,
	KlaviyoServerError,
	KlaviyoValidationError,
	RateLimiter,
	request,
} from '../../src/api/index.js';
import { BODY_RULE } from '../../src/api/operation.js';
import { PATH_ID_RULE } from '../../src/core/path.js';
import { FILTER_RULE } from '../../src/private/filter.js';
import { expectInvalid, sent, useApi } from './setup.js';

const t = useApi();
const body = { data: { type: 'list' as const, attributes: { name: 'Escape hatch' } } };

describe('request(connection, "METHOD /path", init)', () => {
	it('reaches any route of the spec, typed from its paths', async () => {
		const created = await request(t.connection, 'POST /api/lists', { body });
		const id: string = created.data.id;
		const read = await request(t.connection, 'GET /api/lists/{id}', {
			path: { id },
			query: { 'fields[list]': ['name'] },
			revision: '2026-07-15',
		});
		expect(read.data.attributes.name).toBe('Escape hatch');
		expect(sent(t.emu)).toEqual(['POST /api/lists', `GET /api/lists/${id}?fields[list]=name`]);
		expect(t.emu.requests[1]!.headers.revision).toBe('2026-07-15');
		await request(t.connection, 'DELETE /api/lists/{id}', { path: { id } });
		expect(t.emu.lists()).toEqual([]);
	});

	it('takes a route the spec lacks (a beta, a newer revision), untyped, on the same stack', async () => {
		const seen: Request[] = [];
		const connection = connect('pk_test_0000000000000000000000', {
			rateLimiter: false,
			fetch: async (input, init) => {
				seen.push(new Request(input, init));
				return Response.json({ data: { type: 'thing', id: 'T1' } });
			},
		});
		const result = await request(connection, 'GET /api/beta-things/{id}', {
			path: { id: 'T 1' },
			revision: '2026-10-15.pre',
			query: { include: ['parts'] },
		});
		expect(result).toEqual({ data: { type: 'thing', id: 'T1' } });
		expect(seen[0]!.url).toBe('https://a.klaviyo.com/api/beta-things/T%201?include=parts');
		expect(seen[0]!.headers.get('revision')).toBe('2026-10-15.pre');
		expect(seen[0]!.headers.get('authorization')).toBe('Klaviyo-API-Key pk_test_0000000000000000000000');
	});

	it('checks path ids, bodies and filters before any request', () => {
		const call = (route: string, init: object) => () =>
			request(t.connection, route as 'GET /api/lists/{id}', init as never);
		expectInvalid(t.emu, call('GET /api/lists/{id}', { path: { id: '..' } }), 'id', PATH_ID_RULE);
		expectInvalid(t.emu, call('GET /api/lists/{id}', {}), 'id', PATH_ID_RULE);
		expectInvalid(t.emu, call('GET /api/lists/{id}', { path: 'L1' }), 'path', /object of ids/);
		expectInvalid(t.emu, call('POST /api/lists', { body: 'Escape hatch' }), 'body', BODY_RULE);
		expectInvalid(
			t.emu,
			call('GET /api/profiles', { query: { filter: 'equals(email,"a' } }),
			'filter',
			FILTER_RULE,
		);
		for (const route of ['GET https://evil.example/api/lists', 'GET api/lists', 'FETCH /api/lists', 'GET']) {
			expectInvalid(t.emu, call(route, {}), 'route', /METHOD \/path/);
		}
	});

	it('paces by the spec’s limit for the route, daily cap included', async () => {
		let now = 0;
		const waits: number[] = [];
		const rateLimiter = new RateLimiter({
			limits: {},
			now: () => now,
			sleep: async (ms) => void waits.push(ms),
		});
		const connection = t.connect({ rateLimiter });
		// POST /api/lists: 10 a second, 150 a minute, 150 a day.
		for (let i = 0; i < 11; i++) await request(connection, 'POST /api/lists', { body });
		expect(waits).toEqual([1000]);
		now = 3_600_000;
		for (let i = 11; i < 150; i++) await request(connection, 'POST /api/lists', { body });
		await expect(request(connection, 'POST /api/lists', { body })).rejects.toMatchObject({
			name: 'KlaviyoRateLimitError',
			retryAfter: 86_400 - 3600,
		});
		expect(t.emu.requests).toHaveLength(150);
	});

	it('retries a POST only when it cannot act twice', async () => {
		const connection = t.connect({ maxRetries: 1 });
		t.emu.faults.add({ method: 'POST', path: '/api/profile-import', status: 503 });
		const upsert = { data: { type: 'profile' as const, attributes: { email: 'ada@example.com' } } };
		await request(connection, 'POST /api/profile-import', { body: upsert });
		t.emu.faults.add({ method: 'POST', path: '/api/lists', status: 503 });
		await expect(request(connection, 'POST /api/lists', { body })).rejects.toBeInstanceOf(KlaviyoServerError);
		expect(t.emu.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
			'/api/profile-import 503',
			'/api/profile-import 201',
			'/api/lists 503',
		]);
	});

	it('is refused synchronously, like the class methods', () => {
		expect(() => request(t.connection, 'GET /api/lists/{id}', { path: { id: '' } })).toThrow(
			KlaviyoValidationError,
		);
	});
});
