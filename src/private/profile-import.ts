/**
 * Profile upserts in bulk: `POST /api/profile-bulk-import-jobs` takes up to 10,000 profiles
 * (5 MB) per job and works asynchronously; `GET /api/profile-bulk-import-jobs/{id}` reports
 * progress. Used by `profiles.bulkImport()` and node-klaviyo's `lists.addMembersToList()`.
 */
import * as v from 'valibot';
import { KlaviyoError } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import { segment } from '../core/path.js';
import { sleep } from '../core/sleep.js';
import { checked, validate } from '../core/validate.js';
import { checkProfile, IMPORT_IDENTIFIERS } from '../protocol/identifiers.js';
import type { ImportedProfile, ProfileImportBody } from './bodies.js';
import { bytesOf, LIMITS, type Prepared, sendChunks, splitChunks, tooLarge } from './bulk.js';
import { object, plainObject, stringList } from './schemas.js';
import type { Transport } from './transport.js';
import type { CreatedImportJobDocument, ImportJob, ImportJobDocument, ProfileInput } from './types.js';

export interface ImportOptions extends RequestOptions {
	/** Lists every imported profile is also added to (no consent is given: see `subscribe`). */
	listIds?: string[];
	/** Poll each job until Klaviyo has processed it; `chunks[i].job` then holds its final state. */
	wait?: boolean | WaitOptions;
}

export interface WaitOptions extends RequestOptions {
	/** Called with the job after every poll. */
	onProgress?: (job: ImportJob) => void;
	/** First pause between polls in ms (grows ×1.5 up to 30 s). Default 1000. */
	pollInterval?: number;
}

/** A modern profile: an object with at least one identifier. */
export const profileInput = v.pipe(
	plainObject,
	v.check(
		(profile) => IMPORT_IDENTIFIERS.some((key) => profile[key] != null && profile[key] !== ''),
		'must have an email, phone_number, external_id or _kx',
	),
);

/**
 * Validates and splits an import (throwing before anything is sent), and returns the call that
 * submits the jobs and, with `wait`, polls each until Klaviyo has processed it.
 */
export function prepareImport(
	transport: Transport,
	profiles: ProfileInput[],
	{ listIds = [], wait, ...request }: ImportOptions = {},
	method = 'profiles.bulkImport',
): Prepared {
	validate(
		object({ profiles: v.array(profileInput, 'must be an array of profiles'), listIds: stringList }),
		{ profiles, listIds },
		method,
	);
	profiles.forEach((attributes, i) => {
		checked(method, `profiles.${i}`, () => checkProfile(attributes, 'properties'));
	});
	const body = importBody(listIds);
	const chunks = splitImport(profiles, body);
	return async () => {
		// Not retried: a repeated job would run the same import twice.
		const result = await sendChunks(chunks, async (items) => {
			const created = await transport.request<CreatedImportJobDocument>(
				'POST',
				'/api/profile-bulk-import-jobs',
				{
					...request,
					body: body(items),
				},
			);
			return { job: created.data };
		});
		if (wait) {
			const options = wait === true ? request : { ...request, ...wait };
			for (const chunk of result.chunks) {
				if (!chunk.job) continue;
				try {
					chunk.job = await waitForImportJob(transport, chunk.job.id, options);
				} catch (error) {
					// The job was accepted: report it, with why its outcome is unknown, rather than losing it.
					if (options.signal?.aborted || !(error instanceof KlaviyoError)) throw error;
					chunk.error = error;
				}
			}
		}
		return result;
	};
}

/** The job body for some profiles, adding them to `listIds` too. */
const importBody =
	(listIds: string[]) =>
	(data: ImportedProfile[]): ProfileImportBody => ({
		data: {
			type: 'profile-bulk-import-job',
			attributes: { profiles: { data } },
			...(listIds.length
				? { relationships: { lists: { data: listIds.map((id) => ({ type: 'list', id })) } } }
				: {}),
		},
	});

/** Profiles as import resources, in runs of at most 10,000 and 5 MB; one over 100 KB is a validation error. */
function splitImport(profiles: ProfileInput[], body: (data: ImportedProfile[]) => ProfileImportBody) {
	const resources = profiles.map((attributes, i): ImportedProfile => {
		const resource: ImportedProfile = { type: 'profile', attributes };
		if (bytesOf(resource) > LIMITS.profileBytes) throw tooLarge(`profiles.${i}`, LIMITS.profileBytes);
		return resource;
	});
	return splitChunks(resources, {
		maxCount: LIMITS.profilesPerImport,
		maxBytes: LIMITS.jobBytes,
		envelope: body([]),
		field: 'profiles',
	});
}

/**
 * Plans import jobs for profiles checked elsewhere (the queue consumer's path), with the input
 * positions each job carries. Throws a `KlaviyoValidationError` naming `profiles.<i>` for a
 * profile Klaviyo would refuse (no identifier, over 100 KB).
 */
export function importJobs(profiles: ProfileInput[]): Array<{ body: ProfileImportBody; items: number[] }> {
	validate(v.array(profileInput, 'must be an array of profiles'), profiles, 'importJobs');
	let offset = 0;
	const toBody = importBody([]);
	return splitImport(profiles, toBody).map((chunk) => {
		const items = chunk.map((_, i) => offset + i);
		offset += chunk.length;
		return { body: toBody(chunk), items };
	});
}

/** `GET /api/profile-bulk-import-jobs/{id}`. */
export function getImportJob(transport: Transport, jobId: string, request: RequestOptions = {}) {
	return transport.request<ImportJobDocument>(
		'GET',
		`/api/profile-bulk-import-jobs/${segment(jobId, 'jobId')}`,
		request,
	);
}

/** Polls a job until it is `complete` or `cancelled`, with a growing pause between polls. */
export async function waitForImportJob(
	transport: Transport,
	jobId: string,
	{ onProgress, pollInterval = 1000, ...request }: WaitOptions = {},
): Promise<ImportJob> {
	let pause = pollInterval;
	for (;;) {
		const { data: job } = await getImportJob(transport, jobId, request);
		onProgress?.(job);
		if (job.attributes.status === 'complete' || job.attributes.status === 'cancelled') return job;
		await sleep(pause, request.signal);
		pause = Math.min(pause * 1.5, 30_000);
	}
}
