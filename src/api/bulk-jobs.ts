/**
 * Bulk jobs of any size: the items are split at the job type's documented maximum (100 catalog
 * items, 1,000 coupon codes, 10,000 profiles… and the payload's bytes), sent one job after another,
 * and, with `wait`, each job is awaited to its end.
 *
 *   const result = await bulkJobs(catalogs, 'catalog-item-bulk-create-job', items, { wait: true });
 *   // result.chunks[i]: { offset, count, ok, job, error }
 */
import { invalid, KlaviyoError } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { type BulkResult, bytesOf, sendChunks, settle, splitChunks, tooLarge } from '../private/bulk.js';
import { BULK_JOBS, type BulkJobOperations, type BulkJobSpec } from './generated/jobs.js';
import { type JobDocument, type WaitOptions, waitForJob } from './jobs.js';
import { isObject, prepare } from './operation.js';
import { ApiResource, type Connection } from './resource.js';
import type { Body } from './types.js';

/** Every bulk job type of the spec, e.g. `'catalog-item-bulk-create-job'`. */
export type BulkJobType = keyof BulkJobOperations;

type Data<K extends BulkJobType> = NonNullable<Body<BulkJobOperations[K]['operation']>>['data'];
type Holder<K extends BulkJobType> = BulkJobOperations[K]['items'] extends `${infer Part}.${infer Field}`
	? Part extends keyof Data<K>
		? Field extends keyof NonNullable<Data<K>[Part]>
			? NonNullable<NonNullable<Data<K>[Part]>[Field]>
			: never
		: never
	: never;

/** One item of a bulk job type, as the spec defines it (a catalog item resource, a coupon code…). */
export type BulkItem<K extends BulkJobType> = Holder<K> extends { data: Array<infer Item> } ? Item : never;

export interface BulkJobOptions extends RequestOptions {
	/** More attributes for every job, e.g. `custom_source` of a subscription job. */
	attributes?: Record<string, unknown>;
	/** Relationships of every job, e.g. the `list` profiles are subscribed to. */
	relationships?: Record<string, unknown>;
	/** Await each job to its end once all are sent: `chunks[i].job` is then its final document. */
	wait?: boolean | WaitOptions;
}

/**
 * Sends `items` as jobs of `type`, each within the documented maximum. Everything is checked and
 * split before the first request. Resolves with what happened to each job; rejects with the first
 * error when no job was accepted at all.
 */
export async function bulkJobs<K extends BulkJobType>(
	api: ApiResource | Connection,
	type: K,
	items: readonly BulkItem<K>[],
	{ attributes, relationships, wait, ...request }: BulkJobOptions = {},
): Promise<BulkResult<JobDocument>> {
	const spec: BulkJobSpec | undefined = (BULK_JOBS as Record<string, BulkJobSpec>)[type];
	if (!spec) throw invalid('type', `must be a bulk job type: ${Object.keys(BULK_JOBS).join(', ')}`);
	if (!Array.isArray(items)) throw invalid('items', 'must be an array');
	const connection = api instanceof ApiResource ? api.connection : api;
	const [part, field] = spec.items.split('.') as ['attributes' | 'relationships', string];
	const body = (chunk: readonly unknown[]) => {
		const parts = { attributes, relationships };
		const data: Record<string, unknown> = { type };
		for (const name of ['attributes', 'relationships'] as const) {
			if (parts[name] || name === part)
				data[name] = { ...parts[name], ...(name === part && { [field]: { data: chunk } }) };
		}
		return { data };
	};
	items.forEach((item, i) => {
		if (!isObject(item)) throw invalid(`items.${i}`, 'must be a resource object');
		if (spec.itemBytes && bytesOf(item) > spec.itemBytes) throw tooLarge(`items.${i}`, spec.itemBytes);
	});
	const chunks = splitChunks(items, {
		maxCount: spec.max,
		maxBytes: spec.bytes,
		envelope: body([]),
		field: 'items',
	});
	const op = { method: 'POST', path: spec.path, limit: spec.limit, idempotent: spec.idempotent };
	const sent = chunks.map((chunk) => prepare(op, [], request, body(chunk)));
	const result = await sendChunks<unknown, JobDocument>(chunks, async (_, index) => {
		const [path, call] = sent[index]!;
		const job = await connection.request<JobDocument | undefined>('POST', path, call);
		return job ? { job } : undefined;
	});
	if (wait) {
		// `timeout` of a call is per attempt; for a wait it is the whole wait (its own default).
		const options: WaitOptions = { ...request, timeout: undefined, ...(wait === true ? {} : wait) };
		for (const chunk of result.chunks) {
			if (!chunk.job) continue;
			try {
				chunk.job = await waitForJob(connection, chunk.job, options);
			} catch (error) {
				// The job was accepted: report it, with why its outcome is unknown, rather than losing it.
				if (options.signal?.aborted || !(error instanceof KlaviyoError)) throw error;
				chunk.error = error;
			}
		}
	}
	return settle(result);
}
