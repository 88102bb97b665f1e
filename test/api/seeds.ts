/**
 * Records for the per-operation test to act on, made through the API itself: a path id names a
 * record its collection's create made, and every `{ type, id }` a body links to (a variant's item,
 * a send job's campaign) is a record of that type made the same way. Each made once per test.
 */
import * as api from '../../src/api/index.js';
import { bodyOf, type Operation, operations, requiredOptions } from './examples.js';

type Method = (...args: unknown[]) => Promise<unknown>;
type Document = { data?: unknown } | undefined;
const classes = api as unknown as Record<string, new (connection: api.Connection) => Record<string, Method>>;

/** Type → the operation that creates one (`POST /api/<collection>` taking that type, no id of its own). */
const CREATORS = new Map<string, Operation>();
for (const op of operations) {
	if (op.method !== 'POST' || !/^\/api\/[^/]+$/.test(op.path)) continue;
	const data = (bodyOf(op) as Document)?.data as { type?: string; id?: string } | undefined;
	if (data?.type && data.id === undefined && !CREATORS.has(data.type)) CREATORS.set(data.type, op);
}

/** A POST whose `data.id` names another record: the type of that record. */
const NAMES: Record<string, string> = {
	campaign: 'campaign',
	'campaign-message': 'campaign-message',
	'campaign-send-job': 'campaign',
	'campaign-recipient-estimation-job': 'campaign',
	'profile-merge': 'profile',
	template: 'template',
};

/** Types the API makes only as a side effect of another write: an event brings its metric. */
const MADE_BY: Record<string, string> = { metric: 'event' };
/** Collections not named `<type>s`. */
const COLLECTIONS: Record<string, string> = {};

/** Collections whose records come into being along with another's. */
const ALONG: Record<string, string> = {
	'campaign-messages': 'campaign-message',
	'campaign-recipient-estimations': 'campaign-recipient-estimation',
};

const isPlaceholder = (value: unknown): value is { type: string; id: string } =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as { type?: unknown }).type === 'string' &&
	(value as { id?: unknown }).id === 'id-1';

export class Seeder {
	readonly #records = new Map<string, Promise<string | undefined>>();

	constructor(
		private readonly connection: api.Connection,
		private readonly publicKey: string,
	) {}

	/** Calls an operation through its class method. */
	call(op: Operation, ...args: unknown[]): Promise<unknown> {
		const instance = new classes[op.className]!(this.connection);
		return instance[op.name]!(...args);
	}

	/** The id of a record of `type`, made on first use; undefined when the API cannot make one. */
	record(type: string, depth = 0): Promise<string | undefined> {
		let record = this.#records.get(type);
		if (!record) {
			record = this.#make(type, depth);
			this.#records.set(type, record);
		}
		return record;
	}

	/** The id for `op`'s first path parameter: a record of the collection it names. */
	async pathId(op: Operation): Promise<string | undefined> {
		const collection = /^\/api\/([^/]+)\/\{\w+\}/.exec(op.path)?.[1];
		if (!collection) return undefined;
		// The one account a key reaches is its own, whose id is the public key.
		if (collection === 'accounts') return this.publicKey;
		if (ALONG[collection]) return this.record(ALONG[collection]);
		const made = Object.keys(MADE_BY).find((type) => `${type}s` === collection);
		if (made) return this.record(made);
		const creator = operations.find((o) => o.method === 'POST' && o.path === `/api/${collection}`);
		const data =
			creator && ((bodyOf(creator) as Document)?.data as { type?: string; id?: string } | undefined);
		if (!creator || !data?.type) return undefined;
		// A job's create names its subject by data.id (a send job, its campaign): the job is the record.
		return data.id === undefined ? this.record(data.type) : this.#create(creator, 0);
	}

	/** `op`'s body with its links pointing at real records (`pathId` for the record being updated). */
	async body(op: Operation, pathId?: string, depth = 0): Promise<unknown> {
		const body = bodyOf(op) as { data?: unknown } | undefined;
		if (!body || typeof body !== 'object' || !('data' in body)) return body;
		const data = body.data as { type?: string; id?: string } | unknown[];
		// A relationship endpoint's data is the linkage itself; elsewhere data.id is the record's own.
		const own =
			!Array.isArray(data) && data && typeof data.id === 'string' && !op.path.includes('/relationships/');
		if (own && op.method === 'PATCH' && pathId) data.id = pathId;
		else if (own && data.type && NAMES[data.type]) {
			data.id = (await this.record(NAMES[data.type]!, depth + 1)) ?? data.id;
		}
		await this.#link(own ? Object.values(data) : data, depth);
		return body;
	}

	/** Replaces every placeholder link under `value` with a real record of its type. */
	async #link(value: unknown, depth: number): Promise<void> {
		if (Array.isArray(value)) {
			for (const item of value) await this.#link(item, depth);
		} else if (typeof value === 'object' && value !== null) {
			if (isPlaceholder(value) && (CREATORS.has(value.type) || MADE_BY[value.type])) {
				value.id = (await this.record(value.type, depth + 1)) ?? value.id;
			}
			for (const [key, child] of Object.entries(value)) {
				// An attribute naming a record by id (`metric_id` of an aggregate query).
				const type = /^(\w+)_id$/.exec(key)?.[1];
				const record = value as Record<string, unknown>;
				if (type && child === `${key}-1` && (CREATORS.has(type) || MADE_BY[type])) {
					record[key] = (await this.record(type, depth + 1)) ?? child;
				} else await this.#link(child, depth);
			}
		}
	}

	async #make(type: string, depth: number): Promise<string | undefined> {
		if (depth > 4) return undefined;
		if (type === 'campaign-message') {
			const campaign = await this.record('campaign', depth + 1);
			const messages = operations.find((o) => o.id === 'get_message_ids_for_campaign')!;
			const page = (await this.call(messages, campaign)) as { data: Array<{ id: string }> };
			return page.data[0]?.id;
		}
		if (type === 'campaign-recipient-estimation') {
			// The estimation is the result of a refresh job, there once the job has ended.
			const refresh = operations.find((o) => o.id === 'refresh_campaign_recipient_estimation')!;
			const job = (await this.call(refresh, await this.body(refresh, undefined, depth))) as api.JobDocument;
			await api.waitForJob(this.connection, job, { interval: 1 });
			return this.record('campaign', depth + 1);
		}
		if (MADE_BY[type]) await this.record(MADE_BY[type]!, depth + 1);
		const creator = CREATORS.get(type);
		const id = creator && (await this.#create(creator, depth));
		// A create that answers 202 without a document (events, push tokens): the listing has it.
		return id ?? this.#first(type);
	}

	/** The first record of `type` its collection's listing shows. */
	async #first(type: string): Promise<string | undefined> {
		const list = operations.find(
			(o) =>
				o.method === 'GET' &&
				/^\/api\/[^/]+$/.test(o.path) &&
				o.path === `/api/${COLLECTIONS[type] ?? `${type}s`}`,
		);
		if (!list) return undefined;
		const page = (await this.call(list, requiredOptions(list, this.publicKey))) as {
			data: Array<{ id: string }>;
		};
		return page.data[0]?.id;
	}

	async #create(creator: Operation, depth: number): Promise<string | undefined> {
		const body = await this.body(creator, undefined, depth);
		const created = (await this.call(creator, body, requiredOptions(creator, this.publicKey))) as
			| { data?: { id?: string } }
			| undefined;
		return created?.data?.id;
	}
}
