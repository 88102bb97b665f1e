/**
 * The official `klaviyo-api` (23.0.0, CommonJS, axios) drives the emulator through every method
 * of its 23 …Api classes (aliases aside), each called with arguments built from the spec: path
 * ids of records that exist, request bodies from the operation's schema (turned into the SDK's
 * models by its own ObjectSerializer), a required filter from `x-klaviyo-filters`. Every
 * request must be valid at the emulator, every answer 2xx, valid under the spec's response
 * schema, and deserialized by the SDK without error. klaviyo-api has no methods for eleven
 * `/client/*` operations (its changelog dropped them); those are driven over plain fetch, so
 * all 345 operations are covered.
 */
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceModel } from '../../../src/testing/emulator/resource-model.js';
import { loadSpec, type Operation } from '../../../src/testing/emulator/spec.js';
import { requestBody, requiredFilter, requiredQuery } from './spec-requests.js';

// biome-ignore lint/suspicious/noExplicitAny: the SDK is driven by reflection
type Any = any;
const klaviyo = createRequire(import.meta.url)('klaviyo-api') as Any;
const { ObjectSerializer } = createRequire(import.meta.url)('klaviyo-api/dist/model/models') as Any;

const CLASSES = [
	'AccountsApi',
	'CampaignsApi',
	'CatalogsApi',
	'ClientApi',
	'ConversationsApi',
	'CouponsApi',
	'CustomObjectsApi',
	'DataPrivacyApi',
	'EventsApi',
	'FlowsApi',
	'FormsApi',
	'ImagesApi',
	'ListsApi',
	'MetricsApi',
	'ProfilesApi',
	'ReportingApi',
	'ReviewsApi',
	'SegmentsApi',
	'TagsApi',
	'TemplatesApi',
	'TrackingSettingsApi',
	'WebFeedsApi',
	'WebhooksApi',
];

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The primary `data.id` of these requests names a record of another type. */
const DATA_ID_TYPE: Record<string, string> = {
	send_campaign: 'campaign',
	refresh_campaign_recipient_estimation: 'campaign',
	create_campaign_clone: 'campaign',
	clone_template: 'template',
	render_template: 'template',
	assign_template_to_campaign_message: 'campaign-message',
	merge_profiles: 'profile',
};

/** Where the spec's schema allows what Klaviyo refuses: one identifier only for a deletion. */
const BODY_FIXES: Record<string, (body: Any) => void> = {
	// Metric aggregates need a time range.
	query_metric_aggregates: (body) => {
		body.data.attributes.filter = [
			'greater-or-equal(datetime,2026-01-01T00:00:00)',
			'less-than(datetime,2026-12-31T00:00:00)',
		];
	},
	request_profile_deletion: (body) => {
		body.data.attributes.profile.data = { type: 'profile', attributes: { email: 'deleted@example.com' } };
	},
};

interface Method {
	className: string;
	name: string;
	operation: Operation;
	params: string[];
	/** The SDK model its request body is serialized as. */
	bodyType?: string;
	call: (...args: unknown[]) => Promise<{ response: Any; body: Any }>;
}

let emu: EmulatorServer;
let operations: Operation[];
let methods: Method[];
let aliases = 0;
const ids = new Map<string, string[]>();
const idOf = (type: string) => ids.get(type)?.[0] ?? emu.store.resources.all(type)[0]?.id;
const remember = (type: string, id: string) => ids.set(type, [...(ids.get(type) ?? []), id]);
let imagePath: string;

beforeAll(async () => {
	emu = await startEmulator({ validateResponses: true, jobSteps: 0 });
	operations = (await loadSpec()).operations;
	const byMethod = new Map(operations.map((operation) => [camel(operation.id), operation]));
	const session = new klaviyo.ApiKeySession(
		emu.privateKey,
		new klaviyo.RetryWithExponentialBackoff({ numRetries: 0 }),
	);
	methods = [];
	for (const className of CLASSES) {
		const api = new klaviyo[className](session);
		api.basePath = emu.url;
		const proto = Object.getPrototypeOf(api);
		const names = Object.getOwnPropertyNames(proto).filter((name) => {
			const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
			return name !== 'constructor' && typeof descriptor.value === 'function';
		});
		for (const name of names) {
			const operation = byMethod.get(name);
			if (!operation) {
				// An alias is the same function under a deprecated name.
				expect(
					names.some((other) => other !== name && proto[other] === proto[name] && byMethod.has(other)),
				).toBe(true);
				aliases++;
				continue;
			}
			const source = String(proto[name]);
			const params = /^\w+\(([^)]*)\)/
				.exec(source)![1]!
				.split(',')
				.map((p) => p.trim().replace(/\s*=.*$/, ''))
				.filter(Boolean);
			const bodyType = /data: models_1\.ObjectSerializer\.serialize\(\w+, "(\w+)"\)/.exec(source)?.[1];
			methods.push({
				className,
				name,
				operation,
				params,
				bodyType,
				call: (...args) => proto[name].apply(api, args),
			});
		}
	}
	const dir = mkdtempSync(join(tmpdir(), 'klaviyo-api-'));
	imagePath = join(dir, 'logo.png');
	writeFileSync(imagePath, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
});

afterAll(() => emu?.close());

/** The type of record a path's `{id}` names. */
function ownerType(operation: Operation): string | undefined {
	const collection = operation.path.split('/')[2];
	for (const info of resourceModel().types.values()) if (info.collection === collection) return info.type;
	return undefined;
}

/** A fresh record of a type, made over plain HTTP, for calls that destroy what they name. */
async function disposable(type: string): Promise<string> {
	const create =
		operations.find(
			(op) =>
				resourceModel().roles.get(op.id)?.kind === 'create' &&
				resourceModel().roles.get(op.id)?.type === type,
		) ??
		operations.find(
			(op) => op.method === 'POST' && op.path === `/api/${resourceModel().types.get(type)?.collection}`,
		)!;
	const body = requestBody(create, idOf) as { data: { attributes?: Record<string, unknown> } };
	const response = await fetch(`${emu.url}${create.path}`, {
		method: 'POST',
		headers: {
			revision: '2026-07-15',
			authorization: `Klaviyo-API-Key ${emu.privateKey}`,
			'content-type': 'application/vnd.api+json',
		},
		body: JSON.stringify(body),
	});
	expect(response.status, `${create.id} for a disposable ${type}`).toBeLessThan(300);
	const text = await response.text();
	return text ? JSON.parse(text).data.id : String(body.data.attributes?.token);
}

async function argumentsFor(method: Method, destructive: boolean): Promise<unknown[]> {
	const { operation } = method;
	const owner = ownerType(operation);
	let pathId: string | undefined;
	if (operation.path.includes('{')) {
		const parameter = operation.parameters.find((p) => p.in === 'path')!;
		const held = owner && resourceModel().held.has(owner);
		// The one account a key reaches is its own, whose id is the public key.
		const account = operation.path.startsWith('/api/accounts/') ? emu.publicKey : undefined;
		pathId = String(
			parameter.schema?.enum?.[0] ??
				account ??
				(held ? (destructive ? await disposable(owner) : idOf(owner)) : undefined) ??
				parameter.example ??
				'AbC123',
		);
	}
	const args: unknown[] = [];
	for (const param of method.params) args.push(await argument(param));
	return args;
	async function argument(param: string): Promise<unknown> {
		if (param === 'options') return {};
		if (param === 'id' || param === 'jobId') return pathId;
		if (param === 'filter') return requiredFilter(operation);
		if (param === 'companyId') return emu.publicKey;
		if (param === 'file') return createReadStream(imagePath);
		if (param === 'name') return 'logo';
		if (param === 'hidden') return false;
		// A bulk delete job deletes records made for it.
		const deleting = /-bulk-delete-jobs$/.test(operation.path) ? await disposableIds(operation) : undefined;
		const body = requestBody(operation, (type) => deleting?.get(type) ?? idOf(type), pathId) as {
			data?: { id?: string; type?: string };
		};
		const dataIdType = DATA_ID_TYPE[operation.id];
		if (dataIdType && body.data) body.data.id = idOf(dataIdType);
		BODY_FIXES[operation.id]?.(body);
		return ObjectSerializer.deserialize(body, method.bodyType!);
	}
}

/** A fresh record of the type a catalog bulk delete job's items name. */
async function disposableIds(operation: Operation): Promise<Map<string, string> | undefined> {
	const type = /^\/api\/(catalog-\w+)-bulk-delete-jobs$/.exec(operation.path)?.[1];
	return type ? new Map([[type, await disposable(type)]]) : undefined;
}

/** No `Invalid Date` anywhere in what the SDK made of the answer. */
function invalidDates(value: unknown, path = ''): string[] {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? [path] : [];
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => invalidDates(child, `${path}/${key}`));
}

const called = new Set<string>();
const failures: string[] = [];

async function drive(method: Method, destructive = false): Promise<void> {
	const before = emu.requests.length;
	let result: { response: Any; body: Any } | undefined;
	try {
		result = await method.call(...(await argumentsFor(method, destructive)));
	} catch (error) {
		const response = (error as Any).response;
		failures.push(
			`${method.className}.${method.name}: ${response ? `${response.status} ${JSON.stringify(response.data)}` : String(error)}`.slice(
				0,
				600,
			),
		);
		return;
	}
	called.add(method.operation.id);
	const records = emu.requests.slice(before);
	const record = records.at(-1);
	if (!record || record.operationId !== method.operation.id)
		failures.push(`${method.name}: reached ${record?.operationId}`);
	else if (!record.valid) failures.push(`${method.name}: invalid request: ${record.violations.join('; ')}`);
	else if (record.responseViolations?.length)
		failures.push(`${method.name}: answer off-spec: ${record.responseViolations.join('; ')}`);
	const bad = invalidDates(result.body);
	if (bad.length) failures.push(`${method.name}: Invalid Date at ${bad.join(', ')}`);
	const data = result.body?.data;
	if (method.operation.method === 'POST' && data && !Array.isArray(data) && data.id && data.type)
		remember(data.type, data.id);
}

const isCreate = (operation: Operation) => operation.method === 'POST' && !operation.path.includes('{');

describe('klaviyo-api drives the emulator', () => {
	it('through every method of its 23 classes, each answer valid and deserialized', async () => {
		expect(new Set(methods.map((m) => m.className)).size).toBe(23);
		// Records of the hand-modelled types first: a profile, a list, a segment, an event and its metric.
		const store = emu.store;
		const profile = store.addProfile({ email: 'seed@example.com' });
		remember('profile', profile.id);
		remember('list', store.addList({ name: 'Seed list', profileIds: [profile.id] }).id);
		remember('segment', store.addSegment({ name: 'Seed segment', profileIds: [profile.id] }).id);
		const event = store.addEvent({ profileId: profile.id, metricName: 'Placed Order', value: 10 })!;
		remember('event', event.id);
		remember('metric', event.metric_id);

		const creates = methods.filter((m) => isCreate(m.operation));
		const deletes = methods.filter(
			(m) => m.operation.method === 'DELETE' && !m.operation.path.includes('/relationships/'),
		);
		// Then writes to links and records, then reads (in the spec's order: a job before what it makes).
		const order = (m: Method) =>
			(m.operation.method === 'GET' ? 2 : m.operation.path.includes('/relationships/') ? 0 : 1) * 1000 +
			operations.indexOf(m.operation);
		const rest = methods
			.filter((m) => !creates.includes(m) && !deletes.includes(m))
			.sort((a, b) => order(a) - order(b));
		// Creates until none is left that can succeed (a variant needs its item, a code its coupon).
		let pending = creates;
		for (let pass = 0; pass < 4 && pending.length > 0; pass++) {
			const next: Method[] = [];
			for (const method of pending) {
				const mark = failures.length;
				await drive(method);
				if (failures.length > mark && pass < 3) {
					failures.length = mark;
					next.push(method);
				}
			}
			pending = next;
		}
		for (const method of rest) await drive(method);
		for (const method of deletes) await drive(method, true);
		expect(failures).toEqual([]);
		const count = methods.length;
		console.log(
			`klaviyo-api: ${count} methods (${aliases} aliases skipped) called, ${called.size} distinct operations`,
		);
		expect(called.size).toBe(count);
		expect(count).toBe(334);
	});

	it('and the eleven /client/* operations it has no method for, over plain fetch', async () => {
		const covered = new Set(methods.map((m) => m.operation.id));
		const client = operations.filter((op) => !covered.has(op.id));
		expect(client.map((op) => op.path).every((path) => path.startsWith('/client/'))).toBe(true);
		expect(client).toHaveLength(11);
		for (const operation of client) {
			const url = new URL(`${emu.url}${operation.path}`);
			url.searchParams.set('company_id', emu.publicKey);
			for (const [name, value] of Object.entries(requiredQuery(operation))) url.searchParams.set(name, value);
			const body = operation.body.declared ? JSON.stringify(requestBody(operation, idOf)) : undefined;
			const response = await fetch(url, {
				method: operation.method,
				headers: { revision: '2026-07-15', 'content-type': 'application/vnd.api+json' },
				body,
			});
			const record = emu.requests.at(-1)!;
			expect([operation.id, response.status, record.valid, record.violations]).toEqual([
				operation.id,
				operation.successStatus,
				true,
				[],
			]);
			expect(record.responseViolations ?? []).toEqual([]);
		}
	});
});
