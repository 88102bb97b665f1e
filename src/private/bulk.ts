/**
 * Splitting large inputs into the requests Klaviyo accepts, and reporting what happened to each
 * part. Chunks are planned (and oversized items rejected) before anything is sent; they are then
 * sent one after another, and a chunk that fails is recorded with its error instead of stopping
 * the rest or vanishing.
 */
import { invalidWith, KlaviyoError, type KlaviyoValidationError } from '../core/errors.js';
import { toJson } from '../core/validate.js';
import type { ImportJob } from './types.js';

/** Klaviyo's per-request limits for the bulk endpoints (spec descriptions, revision 2026-07-15). */
export const LIMITS = {
	/** `POST /api/event-bulk-create-jobs`: "up to 1,000 events per request". */
	eventsPerJob: 1000,
	/** `POST /api/profile-bulk-import-jobs`: "up to 10,000 profiles per request". */
	profilesPerImport: 10_000,
	/** `POST /api/profile-subscription-bulk-create-jobs`: "Maximum number of profiles … 1000". */
	profilesPerSubscribe: 1000,
	/** `POST /api/profile-subscription-bulk-delete-jobs`: "Maximum number of profiles per call: 100". */
	profilesPerUnsubscribe: 100,
	/** `POST`/`DELETE /api/lists/{id}/relationships/profiles`: "a maximum of 1000 profiles per call". */
	profilesPerListChange: 1000,
	/** "The maximum allowed payload size is 5MB", counted in decimal megabytes to be safe either way. */
	jobBytes: 5_000_000,
	/** Profile upserts: "The maximum allowed payload size is 100KB" (per profile in bulk imports). */
	profileBytes: 100_000,
	/** Event properties: "must not exceed 400 properties"… */
	propertiesPerEvent: 400,
	/** …"and each string cannot be larger than 100 KB" (one such event fails its whole bulk job). */
	stringBytes: 100_000,
	/** Values per `any(field,[…])` lookup: Klaviyo states no maximum, so one page's worth. */
	valuesPerLookup: 100,
	/** Their JSON bytes per lookup: they travel in the URL, which servers cap (often at 8 or 16 KB). */
	lookupBytes: 6_000,
} as const;

/** What happened to one request of a bulk call. */
export interface BulkChunk {
	/** Position of this chunk among the requests sent (0-based). */
	index: number;
	/** Position in the caller's input of the chunk's first item: re-send `input.slice(offset, offset + count)`. */
	offset: number;
	/** Items in this chunk. */
	count: number;
	/** Klaviyo accepted the request. */
	ok: boolean;
	/**
	 * Why it was not accepted (after the transport's retries); or, with `ok` true, why waiting for
	 * its job failed: Klaviyo has the job, its final state is unknown.
	 */
	error?: KlaviyoError;
	/** Profile imports: the job Klaviyo created (its final state when the call waited for it). */
	job?: ImportJob;
}

/**
 * The outcome of a bulk call. Bulk methods resolve with it when at least one chunk was accepted;
 * when every chunk failed they reject with the first chunk's error instead (nothing reached Klaviyo).
 */
export interface BulkResult {
	chunks: BulkChunk[];
	/** Items in accepted chunks. */
	sent: number;
	/** Items in failed chunks. */
	failed: number;
	/** Items deliberately not sent (e.g. not members of the list they were to leave). */
	skipped?: number;
}

const encoder = new TextEncoder();

/** Size in bytes of a value serialized as JSON, as it goes on the wire. */
export function bytesOf(value: unknown): number {
	return encoder.encode(toJson(value)).length;
}

export interface ChunkRule {
	maxCount: number;
	/** Byte budget for the whole request body. */
	maxBytes?: number;
	/** The request body with no items in it (its bytes count against the budget). */
	envelope?: unknown;
	/** Field name for errors, e.g. `profiles`. */
	field: string;
}

/**
 * Splits items (as they will appear in one JSON array of a request body) into runs that fit the
 * count and the byte budget. Throws a `KlaviyoValidationError` for an item that cannot fit alone.
 */
export function splitChunks<T>(items: readonly T[], rule: ChunkRule): T[][] {
	const budget =
		rule.maxBytes === undefined ? Number.POSITIVE_INFINITY : rule.maxBytes - bytesOf(rule.envelope ?? []);
	const chunks: T[][] = [];
	let current: T[] = [];
	let bytes = 0;
	items.forEach((item, i) => {
		const size = Number.isFinite(budget) ? bytesOf(item) : 0;
		if (size > budget) throw tooLarge(`${rule.field}.${i}`, rule.maxBytes!, size);
		const added = current.length ? size + 1 : size;
		if (current.length === rule.maxCount || bytes + added > budget) {
			chunks.push(current);
			current = [];
			bytes = 0;
		}
		bytes += current.length ? size + 1 : size;
		current.push(item);
	});
	if (current.length) chunks.push(current);
	return chunks;
}

/** An item (or a request) over a byte budget; `bytes`, when known, is what it came to. */
export function tooLarge(field: string, maxBytes: number, bytes?: number): KlaviyoValidationError {
	const rule = `must serialize to at most ${maxBytes.toLocaleString('en-US')} bytes`;
	return invalidWith(field, rule, {
		got: bytes === undefined ? undefined : `${bytes.toLocaleString('en-US')} bytes`,
	});
}

/**
 * Sends chunks in order. A chunk whose request fails with a Klaviyo error is recorded and the
 * next one goes on; anything else (the caller's abort, a bug) stops the call.
 */
export async function sendChunks<T>(
	chunks: readonly T[][],
	send: (items: T[], index: number) => Promise<Pick<BulkChunk, 'job'> | undefined>,
): Promise<BulkResult> {
	const result: BulkResult = { chunks: [], sent: 0, failed: 0 };
	let offset = 0;
	for (const [index, items] of chunks.entries()) {
		const chunk: BulkChunk = { index, offset, count: items.length, ok: false };
		offset += items.length;
		try {
			Object.assign(chunk, await send(items, index), { ok: true });
			result.sent += chunk.count;
		} catch (error) {
			if (!(error instanceof KlaviyoError)) throw error;
			chunk.error = error;
			result.failed += chunk.count;
		}
		result.chunks.push(chunk);
	}
	return result;
}

/** What a bulk method hands its caller: the result, or the first error when nothing was accepted. */
export function resultOrFirstError(result: BulkResult): BulkResult {
	if (result.chunks.length && result.sent === 0) throw result.chunks[0]!.error;
	return result;
}

/** A bulk call whose input is validated and split, ready to send (validation errors are thrown before). */
export type Prepared = () => Promise<BulkResult>;
