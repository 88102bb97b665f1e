/**
 * Every kind of wrong request gets Klaviyo's error status and JSON:API error document,
 * and is recorded as invalid with its violations.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	api,
	client,
	eventBody,
	expectConformingResponses,
	expectKlaviyoError,
	listBody,
	profileBody,
	REVISION,
	startTestEmulator,
} from './helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());
// The emulator's own answers (including its error documents) must match the spec.
afterEach(() => expectConformingResponses(emu));

const lastRequest = () => emu.requests.at(-1)!;

describe('revision header', () => {
	it('missing → 400 pointing at the revision parameter', async () => {
		const reply = await api(emu, 'GET', '/api/lists', { headers: { revision: '' } });
		const [error] = expectKlaviyoError(reply, 400, 'invalid');
		expect(error!.source).toEqual({ parameter: 'revision' });
		expect(lastRequest()).toMatchObject({ valid: false, status: 400 });
	});

	it.each(['2026-7-15', 'yesterday', '2026-02-30', '2027-01-01', '2026-07-16', '2019-01-01'])(
		'%s → 400',
		async (revision) => {
			const reply = await api(emu, 'GET', '/api/lists', { headers: { revision } });
			expectKlaviyoError(reply, 400);
		},
	);

	it('accepts the current revision, older ones and a .pre suffix', async () => {
		for (const revision of [REVISION, '2024-10-15', `${REVISION}.pre`]) {
			expect((await api(emu, 'GET', '/api/lists', { headers: { revision } })).status).toBe(200);
		}
		expect(emu.invalidRequests()).toEqual([]);
	});
});

describe('client endpoints (/client/*)', () => {
	const body = profileBody({ email: 'c@example.com' });

	it('need no Authorization header', async () => {
		expect((await client(emu, 'POST', '/client/profiles', { body })).status).toBe(202);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('missing company_id → 400', async () => {
		const reply = await api(emu, 'POST', '/client/profiles', { body, headers: { authorization: '' } });
		const errors = expectKlaviyoError(reply, 400);
		expect(errors[0]!.source).toEqual({ parameter: 'company_id' });
	});

	it('unknown company_id → 400', async () => {
		const reply = await client(emu, 'POST', '/client/profiles', { body, query: { company_id: 'OTHER' } });
		expectKlaviyoError(reply, 400);
	});

	it('a private key as company_id → 400', async () => {
		const reply = await client(emu, 'POST', '/client/profiles', {
			body,
			query: { company_id: emu.privateKey },
		});
		const [error] = expectKlaviyoError(reply, 400);
		expect(error!.detail).toMatch(/public API key/);
	});
});

describe('server endpoints (/api/*) authentication', () => {
	it('missing Authorization → 401 not_authenticated', async () => {
		const reply = await api(emu, 'GET', '/api/lists', { headers: { authorization: '' } });
		expectKlaviyoError(reply, 401, 'not_authenticated');
	});

	it('wrong scheme → 401 authentication_failed', async () => {
		const reply = await api(emu, 'GET', '/api/lists', {
			headers: { authorization: `Bearer ${emu.privateKey}` },
		});
		expectKlaviyoError(reply, 401, 'authentication_failed');
	});

	it('wrong key → 401 authentication_failed', async () => {
		const reply = await api(emu, 'GET', '/api/lists', {
			headers: { authorization: 'Klaviyo-API-Key pk_wrong' },
		});
		expectKlaviyoError(reply, 401, 'authentication_failed');
	});

	it('auth is checked before the body, but every problem is recorded', async () => {
		const reply = await api(emu, 'POST', '/api/lists', {
			body: { data: { type: 'list', attributes: {} } },
			headers: { authorization: 'Klaviyo-API-Key pk_wrong' },
		});
		expectKlaviyoError(reply, 401);
		expect(lastRequest().violations).toEqual([
			expect.stringMatching(/^401 authentication_failed/),
			expect.stringMatching(/^400 invalid: 'name' is a required property/),
		]);
	});
});

describe('request bodies', () => {
	it('wrong content type → 415', async () => {
		const reply = await api(emu, 'POST', '/api/lists', {
			body: listBody('x'),
			headers: { 'content-type': 'text/plain' },
		});
		expectKlaviyoError(reply, 415, 'unsupported_media_type');
	});

	it('application/json and charset parameters are accepted', async () => {
		const reply = await api(emu, 'POST', '/api/lists', {
			body: listBody('x'),
			headers: { 'content-type': 'application/json; charset=utf-8' },
		});
		expect(reply.status).toBe(201);
	});

	it('unparseable JSON → 400 parse_error', async () => {
		const reply = await api(emu, 'POST', '/api/lists', { raw: '{"data": ' });
		expectKlaviyoError(reply, 400, 'parse_error');
	});

	it('missing body → 400', async () => {
		const reply = await api(emu, 'POST', '/api/lists', {
			headers: { 'content-type': 'application/vnd.api+json' },
		});
		expectKlaviyoError(reply, 400);
	});

	it('schema violations → 400 with one error per violation and JSON pointers', async () => {
		const reply = await api(emu, 'POST', '/api/events', {
			body: {
				data: {
					type: 'evnt',
					attributes: {
						time: 'not a time',
						metric: { data: { type: 'metric', attributes: {} } },
						profile: { data: { type: 'profile', attributes: { location: 'Boston' } } },
					},
				},
			},
		});
		const errors = expectKlaviyoError(reply, 400, 'invalid');
		expect(errors.map((e) => (e.source as { pointer: string }).pointer).sort()).toEqual([
			'/data/attributes/metric/data/attributes/name',
			'/data/attributes/profile/data/attributes/location',
			'/data/attributes/properties',
			'/data/attributes/time',
			'/data/type',
		]);
		expect(lastRequest().violations).toHaveLength(5);
	});

	it('nullable attributes accept null (the spec quirk is normalised)', async () => {
		const reply = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 'n@example.com', first_name: null, location: null, properties: null }),
		});
		expect(reply.status).toBe(201);
		expect(emu.invalidRequests()).toEqual([]);
	});
});

describe('query parameters', () => {
	it.each([
		[{ 'page[size]': 0 }, 'page[size]'],
		[{ 'page[size]': 11 }, 'page[size]'],
		[{ 'page[size]': 'ten' }, 'page[size]'],
		[{ sort: 'color' }, 'sort'],
		[{ 'fields[list]': 'name,colour' }, 'fields[list]'],
		[{ include: 'profiles' }, 'include'],
		[{ unknown: 'x' }, 'unknown'],
	])('%o → 400 on %s', async (query, parameter) => {
		const reply = await api(emu, 'GET', '/api/lists', { query });
		const errors = expectKlaviyoError(reply, 400);
		expect(errors[0]!.source).toEqual({ parameter });
	});

	it('a repeated parameter → 400', async () => {
		const reply = await api(emu, 'GET', '/api/lists?sort=name&sort=id');
		expectKlaviyoError(reply, 400);
	});

	it('comma-separated arrays are validated item by item', async () => {
		const reply = await api(emu, 'GET', '/api/events', { query: { include: 'metric,profile' } });
		expect(reply.status).toBe(200);
	});

	it.each([
		['equals(email,"a@x.com")', 200],
		['any(email,["a@x.com","b@x.com"])', 200],
		['equals(subscriptions.email.marketing.list_suppressions.list_id,"L1")', 200],
		['equals(first_name,"A")', 400],
		['contains(email,"a")', 400],
		['greater-than(created,"soon")', 400],
		['equals(email,"a@x.com"', 400],
	])('GET /api/profiles?filter=%s → %i', async (filter, status) => {
		const reply = await api(emu, 'GET', '/api/profiles', { query: { filter } });
		expect(reply.status).toBe(status);
		if (status === 400) expect(expectKlaviyoError(reply, 400)[0]!.source).toEqual({ parameter: 'filter' });
	});
});

describe('routing', () => {
	it('unknown path → 404', async () => {
		expectKlaviyoError(await api(emu, 'GET', '/api/unicorns'), 404, 'not_found');
		expect(lastRequest()).toMatchObject({ valid: false });
	});

	it('known path, wrong method → 405 with Allow', async () => {
		const reply = await api(emu, 'PUT', '/api/lists', { body: listBody('x') });
		expectKlaviyoError(reply, 405, 'method_not_allowed');
		expect(reply.headers.get('allow')).toBe('GET, POST');
	});

	it.each(['/api/track', '/api/identify', '/api/v1/metrics', '/api/v2/lists', '/api/v2/list/abc/members'])(
		'retired %s → 410 Gone',
		async (path) => {
			expectKlaviyoError(await api(emu, 'GET', path), 410, 'gone');
		},
	);

	it('trailing slashes are accepted, as Klaviyo links use them', async () => {
		expect((await api(emu, 'GET', '/api/lists/')).status).toBe(200);
	});

	// Was 501 before the emulator answered all 345 operations (issue #15).
	it('spec operations that are not modelled answer a document synthesized from the spec', async () => {
		const reply = await api(emu, 'GET', '/api/flow-actions/AbC123');
		expect(reply.status).toBe(200);
		expect(reply.body.data).toMatchObject({ type: 'flow-action', id: 'AbC123' });
		expect(lastRequest().valid).toBe(true);
	});
});

describe('documented limits enforced by handlers', () => {
	it('event time before 1990 → 400 and the request is invalid', async () => {
		const body = eventBody({ profile: { email: 'old@example.com' }, time: '1989-12-31T00:00:00Z' });
		expectKlaviyoError(await api(emu, 'POST', '/api/events', { body }), 400);
		expect(lastRequest().valid).toBe(false);
	});

	it('malformed email / non-E.164 phone → 400', async () => {
		const reply = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 'not-an-email', phone_number: '555-1234' }),
		});
		expect(expectKlaviyoError(reply, 400).map((e) => (e.source as { pointer: string }).pointer)).toEqual([
			'/data/attributes/email',
			'/data/attributes/phone_number',
		]);
	});

	it('payload over the documented size → 413', async () => {
		const big = 'x'.repeat(110 * 1024);
		const reply = await api(emu, 'POST', '/api/profile-import', {
			body: profileBody({ email: 'big@example.com', properties: { big } }),
		});
		expectKlaviyoError(reply, 413, 'payload_too_large');
	});
});

describe('response documents', () => {
	it('every emulated endpoint answers with documents matching its response schema', async () => {
		const profile = emu.store.addProfile({ email: 'a@x.com', phone_number: '+15005550006' });
		const list = emu.store.addList({ name: 'L', profileIds: [profile.id] });
		const segment = emu.store.addSegment({ name: 'S', profileIds: [profile.id] });
		const event = emu.store.addEvent({ profileId: profile.id, metricName: 'M', value: 3 })!;
		const job = await api(emu, 'POST', '/api/profile-bulk-import-jobs', {
			body: {
				data: {
					type: 'profile-bulk-import-job',
					attributes: { profiles: { data: [{ type: 'profile', attributes: { email: 'b@x.com' } }] } },
					relationships: { lists: { data: [{ type: 'list', id: list.id }] } },
				},
			},
		});
		const jobId = job.body.data.id;
		const reads = [
			'/api/profile-bulk-import-jobs?filter=equals(status,"queued")&sort=-created_at',
			`/api/profile-bulk-import-jobs/${jobId}?include=lists`,
			`/api/profile-bulk-import-jobs/${jobId}/lists`,
			`/api/profile-bulk-import-jobs/${jobId}/relationships/lists`,
			`/api/profile-bulk-import-jobs/${jobId}/profiles`,
			`/api/profile-bulk-import-jobs/${jobId}/import-errors`,
			'/api/segments?filter=equals(is_active,true)',
			`/api/segments/${segment.id}?additional-fields[segment]=profile_count`,
			`/api/segments/${segment.id}/tags`,
			`/api/lists/${list.id}/flow-triggers`,
			'/api/lists?include=tags',
			'/api/profiles?additional-fields[profile]=subscriptions,predictive_analytics',
			`/api/profiles/${profile.id}?include=lists,segments`,
			`/api/profiles/${profile.id}/lists`,
			`/api/profiles/${profile.id}/relationships/segments`,
			`/api/events/${event.id}/profile`,
			`/api/events/${event.id}/relationships/metric`,
			'/api/events?fields[event]=timestamp&fields[metric]=name&include=metric',
			'/api/metrics?fields[metric]=name',
		];
		for (const path of reads) expect([path, (await api(emu, 'GET', path)).status]).toEqual([path, 200]);
		const renamed = await api(emu, 'PATCH', `/api/segments/${segment.id}`, {
			body: { data: { type: 'segment', id: segment.id, attributes: { name: 'S2', is_starred: true } } },
		});
		expect(renamed.body.data.attributes).toMatchObject({ name: 'S2', is_starred: true });
		expect((await api(emu, 'DELETE', `/api/segments/${segment.id}`)).status).toBe(204);
		expect(emu.invalidRequests()).toEqual([]);
	});
});
