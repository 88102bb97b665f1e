/**
 * Awaiting Klaviyo's asynchronous jobs to their end: one helper for every job type the spec gives a
 * status endpoint (catalog, coupon code, profile import and suppression bulk jobs, campaign sends
 * and recipient estimations).
 *
 *   const job = await catalogs.bulkCreateCatalogItems(body);
 *   const done = await waitForJob(catalogs, job, { timeout: 120_000 });
 *   if (done.data.attributes.status !== 'complete' || done.data.attributes.errors?.length) …
 */
import { invalid, KlaviyoRateLimitError, KlaviyoTimeoutError } from '../core/errors.js';
import { Default, type RequestOptions } from '../core/options.js';
import { retryDelay } from '../core/retry.js';
import { sleep } from '../core/sleep.js';
import { JOB_STATUS } from './generated/jobs.js';
import { prepare } from './operation.js';
import { ApiResource, type Connection } from './resource.js';

/** A job as Klaviyo returns it (the document of its create or status call), or the job resource itself. */
export type JobLike =
	| { data: { type: string; id: string; attributes?: { status?: string } } }
	| { type: string; id: string; attributes?: { status?: string } };

export interface WaitOptions extends Omit<RequestOptions, 'timeout'> {
	/** Longest wait for the job's end, in ms, before a `KlaviyoTimeoutError`. Default 15 minutes; 0 for none. */
	timeout?: number;
	/** First pause between polls in ms; each next one is 1.5× longer, up to 30 s. Default 1000. */
	interval?: number;
	/** Called with the job's document after every poll. */
	onProgress?: (job: JobDocument) => void;
}

/** A job's status document: `data.attributes.status` is `complete` or `cancelled` once it has ended. */
export interface JobDocument {
	data: {
		type: string;
		id: string;
		attributes: { status: string; errors?: unknown[] | null; [name: string]: unknown };
		[name: string]: unknown;
	};
	[name: string]: unknown;
}

/** The statuses of a job still on its way (the spec's enums: queued, processing, then complete or cancelled). */
const PENDING = new Set(['queued', 'processing']);
const MAX_INTERVAL = 30_000;

/**
 * Polls the job's status endpoint until it has ended, and resolves with its final document (its
 * `errors`, counts and status). Pauses grow from `interval` ×1.5 up to 30 s; a 429 waits what
 * `Retry-After` says. Rejects with a `KlaviyoTimeoutError` after `timeout` and with the signal's
 * reason when it aborts. Throws a `KlaviyoValidationError`, before any request, for a job type
 * without a status endpoint (event bulk create, subscription and deletion jobs answer 202 without
 * one: their accepted request is all Klaviyo reports).
 */
export function waitForJob<J extends JobDocument = JobDocument>(
	api: ApiResource | Connection,
	job: JobLike,
	{ timeout = Default.JobWaitMs, interval = Default.JobPollMs, onProgress, ...request }: WaitOptions = {},
): Promise<J> {
	const resource = job && 'data' in job ? job.data : job;
	const [template, limit] = JOB_STATUS[resource?.type] ?? [];
	if (!template || typeof resource?.id !== 'string') {
		throw invalid('job', `must be a job with a status endpoint: ${Object.keys(JOB_STATUS).join(', ')}`);
	}
	const connection = api instanceof ApiResource ? api.connection : api;
	const [path, call] = prepare({ method: 'GET', path: template, limit }, [resource.id], request);
	const deadline = timeout > 0 ? Date.now() + timeout : Number.POSITIVE_INFINITY;
	const poll = async (): Promise<J> => {
		let pause = interval;
		for (let attempt = 1; ; attempt++) {
			let wait = pause;
			try {
				const current = await connection.request<J>('GET', path, call);
				onProgress?.(current);
				if (!PENDING.has(current.data.attributes.status)) return current;
				pause = Math.min(pause * 1.5, MAX_INTERVAL);
			} catch (error) {
				// Past the transport's own retries, a 429 (or a spent daily quota) says when to come back.
				if (!(error instanceof KlaviyoRateLimitError)) throw error;
				wait = retryDelay(error, attempt);
			}
			const left = deadline - Date.now();
			if (left <= 0) {
				const what = `Job ${resource.type} ${resource.id} had not ended after ${timeout} ms`;
				throw new KlaviyoTimeoutError(what, { method: 'GET', path });
			}
			// The last poll comes at the deadline, not a pause after it.
			await sleep(Math.min(wait, left), request.signal);
		}
	};
	return poll();
}
