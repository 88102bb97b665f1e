import { describe, expect, it } from 'vitest';
import {
	CampaignsApi,
	ClientApi,
	CouponsApi,
	equals,
	KlaviyoConfigurationError,
	ListsApi,
	ProfilesApi,
	ReportingApi,
} from '../../src/api/index.js';
import { BODY_RULE } from '../../src/api/operation.js';
import { PATH_ID_RULE } from '../../src/core/path.js';
import { FILTER_RULE } from '../../src/private/filter.js';
import { expectInvalid, sent, useApi } from './setup.js';

const t = useApi();
const list = { data: { type: 'list' as const, attributes: { name: 'VIP' } } };

describe('the query, in Klaviyo’s names', () => {
	it('fields, additionalFields, include, sort, pageSize and filter become their wire parameters', async () => {
		t.emu.store.addProfile({ email: 'ada@example.com', first_name: 'Ada' });
		const profiles = new ProfilesApi(t.connection);
		const page = await profiles.getProfiles({
			fields: { profile: ['email', 'first_name'] },
			additionalFields: { profile: ['subscriptions'] },
			include: ['push-tokens'],
			sort: '-email',
			pageSize: 5,
			filter: equals('email', 'ada@example.com'),
		});
		expect(page.data.map((p) => p.attributes.email)).toEqual(['ada@example.com']);
		expect(t.emu.requests[0]!.query).toEqual({
			'fields[profile]': 'email,first_name',
			'additional-fields[profile]': 'subscriptions',
			include: 'push-tokens',
			sort: '-email',
			'page[size]': '5',
			filter: 'equals(email,"ada@example.com")',
		});
	});

	it('a listing walks every page by cursor, and pageCursor resumes from one', async () => {
		for (let i = 0; i < 25; i++) t.emu.store.addList({ name: `List ${i}` });
		const lists = new ListsApi(t.connection);
		const names: string[] = [];
		for await (const item of lists.getLists()) names.push(item.attributes.name!);
		expect(names).toHaveLength(25);
		expect(new Set(names).size).toBe(25);
		expect(t.emu.requests).toHaveLength(3);
		const second = new URL((await lists.getLists()).links!.next!).searchParams.get('page[cursor]')!;
		const resumed = await lists.getLists({ pageCursor: second });
		expect(resumed.data.map((l) => l.attributes.name)).toEqual(names.slice(10, 20));
		expect(t.emu.requests.at(-1)!.query).toEqual({ 'page[cursor]': second });
	});

	it('pageCursor goes as page_cursor where the spec names it so (the reports)', async () => {
		const reporting = new ReportingApi(t.connection);
		const attributes = { statistics: ['opens' as const], timeframe: { key: 'last_12_months' as const } };
		const body = {
			data: {
				type: 'campaign-values-report' as const,
				attributes: { ...attributes, conversion_metric_id: 'RESQ6t' },
			},
		};
		await reporting.queryCampaignValues(body, { pageCursor: 'bmV4dA' }).catch(() => {});
		expect(t.emu.requests[0]!.query).toEqual({ page_cursor: 'bmV4dA' });
	});

	it('an empty filter (and() of nothing) is no filter at all', async () => {
		await new ListsApi(t.connection).getLists({ filter: '' });
		expect(t.emu.requests[0]!.query).toEqual({});
	});

	it('per-call options: revision and headers reach the request, the key stays in its header', async () => {
		await new ListsApi(t.connection).getLists({ revision: '2026-07-15', headers: { 'X-Trace': 'abc' } });
		const { headers } = t.emu.requests[0]!;
		expect(headers).toMatchObject({ revision: '2026-07-15', 'x-trace': 'abc' });
		expect(headers.authorization).toBe(`Klaviyo-API-Key ${t.emu.privateKey}`);
		expect(sent(t.emu)).toEqual(['GET /api/lists']);
	});
});

describe('bad input is refused before any request', () => {
	it('unknown, empty or path-changing ids', () => {
		const profiles = new ProfilesApi(t.connection);
		for (const id of ['', '.', '..', 'a/b', 'a\\b', undefined, 42]) {
			expectInvalid(t.emu, () => profiles.getProfile(id as string), 'id', PATH_ID_RULE);
		}
		expectInvalid(t.emu, () => profiles.getBulkImportProfilesJob('../lists'), 'jobId', PATH_ID_RULE);
		// A listing is refused when it is called, not when it is first awaited.
		expectInvalid(t.emu, () => profiles.getListsForProfile('..'), 'id', PATH_ID_RULE);
	});

	it('a body that is not a JSON:API document', () => {
		const lists = new ListsApi(t.connection);
		for (const body of ['VIP', null, undefined, [], 3, { name: 'VIP' }, { attributes: {} }]) {
			expectInvalid(t.emu, () => lists.createList(body as never), 'body', BODY_RULE);
		}
		expectInvalid(t.emu, () => lists.updateList('L1', { name: 'x' } as never), 'body', BODY_RULE);
	});

	it('filter strings with unbalanced quotes, parentheses or brackets', () => {
		const profiles = new ProfilesApi(t.connection);
		for (const filter of [
			'equals(email,"a@example.com"',
			'equals(email,"a@example.com)',
			"equals(email,'a@example.com)",
			'any(id,["a","b")',
			'equals(email,"a@example.com"))',
			'and(equals(a,1),equals(b,2)',
			'equals(name,"say \\"hi)',
		]) {
			expectInvalid(t.emu, () => profiles.getProfiles({ filter }), 'filter', FILTER_RULE);
		}
		expectInvalid(t.emu, () => profiles.getProfiles({ filter: 42 as never }), 'filter', /must be a string/);
	});

	it('brackets and quotes inside a quoted value are text', async () => {
		const profiles = new ProfilesApi(t.connection);
		await profiles.getProfiles({ filter: 'equals(external_id,"Bob (the \\"builder\\" [sic]")' });
		await profiles.getProfiles({ filter: 'equals(external_id,"O\'Brien")' });
		expect(t.emu.requests).toHaveLength(2);
	});

	it('a query parameter the spec requires, missing', () => {
		const campaigns = new CampaignsApi(t.connection);
		expectInvalid(
			t.emu,
			() => campaigns.getCampaigns({} as never),
			'filter',
			'is required by this operation',
		);
		expectInvalid(
			t.emu,
			() => campaigns.getCampaigns({ filter: '' }),
			'filter',
			'is required by this operation',
		);
		const client = new ClientApi(t.connection);
		const event = { data: { type: 'event', attributes: {} } } as never;
		expectInvalid(
			t.emu,
			() => client.createClientEvent(event, {} as never),
			'companyId',
			'is required by this operation',
		);
		expectInvalid(
			t.emu,
			() => new CouponsApi(t.connection).getCouponCodes(undefined as never),
			'filter',
			/required/,
		);
	});

	it('query options of the wrong shape', () => {
		const profiles = new ProfilesApi(t.connection);
		expectInvalid(
			t.emu,
			() => profiles.getProfiles({ fields: ['email'] as never }),
			'fields',
			/object of lists/,
		);
		expectInvalid(
			t.emu,
			() => profiles.getProfiles({ fields: { profile: [1] as never } }),
			'fields.profile',
			/list of strings/,
		);
		expectInvalid(t.emu, () => profiles.getProfiles({ pageSize: {} as never }), 'pageSize', /a number/);
	});

	it('a key where a connection belongs', () => {
		expect(() => new ListsApi(t.emu.privateKey as never)).toThrow(KlaviyoConfigurationError);
		expect(() => new ListsApi(undefined as never)).toThrow(/take a connection, not a key/);
	});

	it('a good call still goes after refused ones', async () => {
		const created = await new ListsApi(t.connection).createList(list);
		expect(created.data.attributes.name).toBe('VIP');
		expect(sent(t.emu)).toEqual(['POST /api/lists']);
	});
});
