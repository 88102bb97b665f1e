/**
 * Sends queued items to Klaviyo's bulk endpoints and says what became of each one: landed, to be
 * retried (and after how long, when Klaviyo said), or refused for a reason of its own. A job
 * refused with a 4xx is split and resent, so one bad item never keeps the rest out: Klaviyo's
 * `source.pointer` names the culprit when it can; otherwise the job is halved until it is found.
 */
import {
	type JsonApiErrorObject,
	KlaviyoApiError,
	KlaviyoError,
	KlaviyoValidationError,
} from '../../src/core/errors.js';
import { isRetryable, serverWait } from '../../src/core/retry.js';
import { importJobs } from '../../src/private/profile-import.js';
import { eventJobs } from '../../src/private/resources/events.js';
import type { Transport } from '../../src/private/transport.js';
import type { EventAttributes, ProfileInput } from '../../src/private/types.js';
import type { EventCreateAttributes, ProfileAttributes } from '../../src/protocol/jsonapi.js';

export type Outcome =
	| { kind: 'landed' }
	/** `after`: seconds Klaviyo asked to wait (core/retry.ts's `serverWait`), when it did. */
	| { kind: 'retry'; after?: number; reason: string }
	| { kind: 'refused'; status: number; reason: string };

interface Job {
	/** Input positions carried, in body order. */
	items: number[];
	body: unknown;
}

interface Endpoint<T> {
	path: string;
	/** Splits items into jobs; throws a validation error naming `<field>.<i>` for an item no job can take. */
	plan(items: T[]): Job[];
	/** Input positions (within the job) Klaviyo's error pointers name, with the reason for each. */
	culprits(errors: JsonApiErrorObject[], job: Job): Map<number, string>;
}

/** A bad item is isolated in at most log2(1,000) + a few rounds; the bound keeps a bug from looping. */
const MAX_SPLITS = 16;

export function deliverEvents(transport: Transport, events: EventCreateAttributes[]): Promise<Outcome[]> {
	return deliver(transport, events, EVENTS, 0);
}

export function deliverProfiles(transport: Transport, profiles: ProfileAttributes[]): Promise<Outcome[]> {
	return deliver(transport, profiles, PROFILES, 0);
}

const EVENTS: Endpoint<EventCreateAttributes> = {
	path: '/api/event-bulk-create-jobs',
	plan: (events) => eventJobs(events as unknown as EventAttributes[]),
	culprits(errors, job) {
		// `/data/attributes/events-bulk-create/data/{entry}[/attributes/events/data/{event}]`
		const entries = (job.body as EventBody).data.attributes['events-bulk-create'].data;
		const starts: number[] = [];
		let position = 0;
		for (const entry of entries) {
			starts.push(position);
			position += entry.attributes.events.data.length;
		}
		const found = new Map<number, string>();
		for (const error of errors) {
			const match = /events-bulk-create\/data\/(\d+)(?:\/attributes\/(?:events\/data\/(\d+)|profile))?/.exec(
				error?.source?.pointer ?? '',
			);
			const entry = match ? Number(match[1]) : Number.NaN;
			if (!(entry < entries.length)) continue;
			const count = entries[entry]!.attributes.events.data.length;
			const picked =
				match![2] === undefined ? [...Array(count).keys()] : [Number(match![2])].filter((j) => j < count);
			for (const j of picked) found.set(starts[entry]! + j, reasonOf(error));
		}
		return found;
	},
};

const PROFILES: Endpoint<ProfileAttributes> = {
	path: '/api/profile-bulk-import-jobs',
	plan: (profiles) => importJobs(profiles as ProfileInput[]),
	culprits(errors, job) {
		const found = new Map<number, string>();
		for (const error of errors) {
			const match = /profiles\/data\/(\d+)/.exec(error?.source?.pointer ?? '');
			if (match && Number(match[1]) < job.items.length) found.set(Number(match[1]), reasonOf(error));
		}
		return found;
	},
};

interface EventBody {
	data: {
		attributes: { 'events-bulk-create': { data: Array<{ attributes: { events: { data: unknown[] } } }> } };
	};
}

async function deliver<T>(
	transport: Transport,
	items: T[],
	endpoint: Endpoint<T>,
	depth: number,
): Promise<Outcome[]> {
	const outcomes: Outcome[] = new Array(items.length);
	let jobs: Job[];
	try {
		jobs = endpoint.plan(items);
	} catch (error) {
		const index = error instanceof KlaviyoValidationError ? positionIn(error.field) : undefined;
		if (index === undefined || index >= items.length) throw error;
		outcomes[index] = { kind: 'refused', status: 400, reason: (error as Error).message };
		const rest = items.map((_, i) => i).filter((i) => i !== index);
		const settled = await deliver(
			transport,
			rest.map((i) => items[i]!),
			endpoint,
			depth,
		);
		rest.forEach((i, k) => {
			outcomes[i] = settled[k]!;
		});
		return outcomes;
	}
	for (const job of jobs) {
		const settled = await sendJob(transport, items, job, endpoint, depth);
		job.items.forEach((i, k) => {
			outcomes[i] = settled[k]!;
		});
	}
	return outcomes;
}

/** One job: its items' outcomes, in job order. */
async function sendJob<T>(
	transport: Transport,
	items: T[],
	job: Job,
	endpoint: Endpoint<T>,
	depth: number,
): Promise<Outcome[]> {
	try {
		// No retries here: a failed job is retried by the queue, after the delay Klaviyo asked for.
		await transport.request('POST', endpoint.path, { body: job.body, maxRetries: 0 });
		return job.items.map(() => ({ kind: 'landed' }));
	} catch (error) {
		if (!(error instanceof KlaviyoError)) throw error;
		if (!refusesItems(error) || depth >= MAX_SPLITS) {
			const outcome: Outcome = { kind: 'retry', after: serverWait(error), reason: error.message };
			return job.items.map(() => outcome);
		}
		const apiError = error as KlaviyoApiError;
		const mine = job.items.map((i) => items[i]!);
		const culprits = endpoint.culprits(apiError.errors, job);
		const refused = (reason: string): Outcome => ({ kind: 'refused', status: apiError.statusCode, reason });
		if (job.items.length === 1) return [refused(culprits.get(0) ?? reasonOf(apiError.errors[0], apiError))];
		if (culprits.size === mine.length) return mine.map((_, k) => refused(culprits.get(k)!));
		if (culprits.size > 0) {
			const keep = mine.map((_, k) => k).filter((k) => !culprits.has(k));
			const resent = await deliver(
				transport,
				keep.map((k) => mine[k]!),
				endpoint,
				depth + 1,
			);
			const outcomes = mine.map((_, k): Outcome => refused(culprits.get(k) ?? ''));
			keep.forEach((k, n) => {
				outcomes[k] = resent[n]!;
			});
			return outcomes;
		}
		// The error does not say which item: halve and try each half.
		const half = Math.ceil(mine.length / 2);
		const [first, second] = await Promise.all([
			deliver(transport, mine.slice(0, half), endpoint, depth + 1),
			deliver(transport, mine.slice(half), endpoint, depth + 1),
		]);
		return [...first, ...second];
	}
}

/**
 * A 4xx other than 429 (and other than a bad key or scope, which no item causes) means Klaviyo
 * refused something in the job; anything else may pass later.
 */
function refusesItems(error: KlaviyoError): boolean {
	if (!(error instanceof KlaviyoApiError) || isRetryable(error)) return false;
	const status = error.statusCode;
	return status >= 400 && status < 500 && status !== 401 && status !== 403;
}

function reasonOf(error: JsonApiErrorObject | undefined, fallback?: Error): string {
	if (!error) return fallback?.message ?? 'refused by Klaviyo';
	const where = error.source?.pointer ? ` (${error.source.pointer})` : '';
	return `${error.detail ?? error.title ?? error.code ?? 'refused'}${where}`;
}

/** `events.3` / `profiles.3.email` → 3. */
function positionIn(field: string): number | undefined {
	const match = /^(?:[a-z_]+\.)?(\d+)(?:\.|$)/i.exec(field);
	return match ? Number(match[1]) : undefined;
}
