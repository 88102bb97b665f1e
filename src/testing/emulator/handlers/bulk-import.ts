/**
 * Bulk profile import jobs. A job is accepted (202) as `queued`, then each GET of the job
 * moves it along: it reports `processing` for `jobSteps` GETs and `complete` on the next
 * one, which is when its profiles are upserted and added to the job's lists. Profiles
 * that cannot be imported (no identifier, bad email or phone) become import errors
 * instead of failing the request, as with Klaviyo.
 */
import {
	bodyOf,
	type Handler,
	type HandlerContext,
	includes,
	pageSize,
	sortBy,
	sortParam,
} from '../context.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import { evaluateFilter } from '../filter.js';
import { isoSeconds, ulid, uuid } from '../ids.js';
import type { ImportError, ImportJob, ImportJobEntry, ProfileAttributes, ProfileMeta } from '../model.js';
import { paginate } from '../paging.js';
import { checkIdentifierFormats, requireIdentifier, upsertProfile } from '../profile-writes.js';
import {
	importErrorResource,
	importJobResource,
	listResource,
	profileResource,
	singleDocument,
} from '../resources.js';

interface ImportBody {
	data: {
		type: 'profile-bulk-import-job';
		attributes: {
			profiles: {
				data: Array<{
					type: 'profile';
					id?: string | null;
					attributes: ProfileAttributes;
					meta?: ProfileMeta | null;
				}>;
			};
		};
		relationships?: { lists?: { data?: Array<{ type: 'list'; id: string }> } };
	};
}

/** "Accepts up to 10,000 profiles per request." */
const MAX_PROFILES = 10_000;
const EXPIRY_MS = 30 * 24 * 60 * 60 * 1000;

/** POST /api/profile-bulk-import-jobs */
export const bulkImportProfiles: Handler = (context) => {
	const { data } = bodyOf<ImportBody>(context);
	const profiles = data.attributes.profiles.data;
	const pointer = { pointer: '/data/attributes/profiles/data' };
	if (profiles.length === 0) throw badRequest('At least one profile is required.', pointer);
	if (profiles.length > MAX_PROFILES) {
		throw badRequest(`At most ${MAX_PROFILES} profiles per request; got ${profiles.length}.`, pointer);
	}
	const listIds = (data.relationships?.lists?.data ?? []).map((list) => list.id);
	for (const id of listIds)
		if (!context.store.lists.has(id)) throw notFound(`A list with id '${id}' does not exist.`);
	const now = Date.now();
	const job: ImportJob = {
		id: ulid(now),
		status: 'queued',
		total_count: profiles.length,
		completed_count: 0,
		failed_count: 0,
		created_at: isoSeconds(now),
		started_at: null,
		completed_at: null,
		expires_at: isoSeconds(now + EXPIRY_MS),
		list_ids: listIds,
		profile_ids: [],
		errors: [],
		polls: 0,
		pending: profiles.map((p) => ({ id: p.id, attributes: p.attributes, meta: p.meta })),
	};
	context.store.importJobs.set(job.id, job);
	const resource = importJobResource(context.baseUrl, job);
	return { status: 202, body: singleDocument(resource, resource.links!.self) };
};

function requireJob(context: HandlerContext): ImportJob {
	const id = context.params.job_id ?? context.params.id!;
	const job = context.store.importJobs.get(id);
	if (!job) throw notFound(`A profile bulk import job with id '${id}' does not exist.`);
	return job;
}

/** One GET's worth of progress: queued → processing (for `jobSteps` GETs) → complete. */
function advance(context: HandlerContext, job: ImportJob): void {
	if (job.status === 'complete' || job.status === 'cancelled') return;
	job.polls += 1;
	if (job.polls > context.jobSteps) {
		run(context, job);
		return;
	}
	job.status = 'processing';
	job.started_at ??= isoSeconds();
}

/** Upserts every pending profile; failures become import errors. */
function run(context: HandlerContext, job: ImportJob): void {
	job.started_at ??= isoSeconds();
	const imported = new Set(job.profile_ids);
	const lists = job.list_ids.flatMap((id) => context.store.lists.get(id) ?? []);
	context.store.batch(() => {
		job.pending.forEach((entry: ImportJobEntry, index) => {
			const pointer = `/data/attributes/profiles/data/${index}/attributes`;
			try {
				requireIdentifier(entry, pointer);
				checkIdentifierFormats(entry.attributes, pointer);
				const { profile } = upsertProfile(context.store, entry, 'server');
				imported.add(profile.id);
				for (const list of lists) context.store.addMember(list, profile.id);
				job.completed_count += 1;
			} catch (error) {
				if (!(error instanceof ApiError)) throw error;
				job.errors.push(importError(error, entry, pointer));
				job.failed_count += 1;
			}
		});
	});
	job.profile_ids = [...imported];
	job.pending = [];
	job.status = 'complete';
	job.completed_at = isoSeconds();
}

function importError(error: ApiError, entry: ImportJobEntry, pointer: string): ImportError {
	const first = error.errors[0]!;
	return {
		id: uuid(),
		code: first.code,
		title: first.title,
		detail: error.errors.map((e) => e.detail).join(' '),
		source: { pointer: first.source?.pointer ?? pointer },
		original_payload: { ...entry.attributes },
	};
}

/** GET /api/profile-bulk-import-jobs/{job_id} — advances the job (see above). */
export const getBulkImportJob: Handler = (context) => {
	const job = requireJob(context);
	advance(context, job);
	const resource = importJobResource(context.baseUrl, job);
	const included = includes(context).has('lists')
		? job.list_ids.flatMap((id) => {
				const list = context.store.lists.get(id);
				return list ? [listResource(context.baseUrl, list)] : [];
			})
		: undefined;
	return { status: 200, body: singleDocument(resource, resource.links!.self, included) };
};

/** GET /api/profile-bulk-import-jobs — filter on status, sort on created_at. */
export const getBulkImportJobs: Handler = (context) => {
	let jobs = [...context.store.importJobs.values()];
	const filter = context.filter;
	if (filter) jobs = jobs.filter((job) => evaluateFilter(filter, job));
	const sort = sortParam(context);
	if (sort) jobs = sortBy(jobs, (job) => job.created_at, sort.descending);
	const { items, links } = paginate(context, jobs, pageSize(context, 20));
	return { status: 200, body: { data: items.map((job) => importJobResource(context.baseUrl, job)), links } };
};

/** GET /api/profile-bulk-import-jobs/{id}/import-errors */
export const getImportErrors: Handler = (context) => {
	const job = requireJob(context);
	const { items, links } = paginate(context, job.errors, pageSize(context, 20));
	return { status: 200, body: { data: items.map(importErrorResource), links } };
};

/** GET /api/profile-bulk-import-jobs/{id}/profiles */
export const getImportedProfiles: Handler = (context) => {
	const job = requireJob(context);
	const profiles = job.profile_ids.flatMap((id) => {
		const profile = context.store.profiles.get(id);
		return profile ? [profile] : [];
	});
	const { items, links } = paginate(context, profiles, pageSize(context, 20));
	return { status: 200, body: { data: items.map((p) => profileResource(context.baseUrl, p)), links } };
};

/** GET /api/profile-bulk-import-jobs/{id}/relationships/profiles */
export const getImportedProfileIds: Handler = (context) => {
	const job = requireJob(context);
	const { items, links } = paginate(context, job.profile_ids, pageSize(context, 20));
	return { status: 200, body: { data: items.map((id) => ({ type: 'profile', id })), links } };
};

/** GET /api/profile-bulk-import-jobs/{id}/lists and …/relationships/lists */
export const getImportJobLists: Handler = (context) => {
	const job = requireJob(context);
	const data = job.list_ids.flatMap((id) => {
		const list = context.store.lists.get(id);
		return list ? [listResource(context.baseUrl, list)] : [];
	});
	return { status: 200, body: { data, links: { self: context.url.href } } };
};

export const getImportJobListIds: Handler = (context) => {
	const job = requireJob(context);
	return {
		status: 200,
		body: { data: job.list_ids.map((id) => ({ type: 'list', id })), links: { self: context.url.href } },
	};
};
