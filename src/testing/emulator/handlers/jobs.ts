/**
 * Klaviyo's asynchronous jobs that can be polled: catalog item / variant / category bulk
 * create, update and delete, coupon code bulk create, profile suppression and unsuppression,
 * campaign send and recipient estimation. (Profile import is handlers/bulk-import.ts.)
 *
 * A job is accepted (202) `queued`; each GET of it is one step of the emulator's clock: it
 * reports `processing` for `jobSteps` GETs and `complete` on the next, which is when its work
 * happens. An item that cannot be done (an id already taken, an item that does not exist, a
 * coupon code for an unknown coupon) becomes one of the job's `errors` and counts in
 * `failed_count`; the rest are done. The spec's job statuses are `queued`, `processing`,
 * `complete` and `cancelled`: a job whose every item failed completes with every item in
 * `errors` (there is no `failed` status to report).
 */
import type { Handler, HandlerContext, HandlerResult } from '../context.js';
import { ApiError, badRequest, errorObject, notFound } from '../errors.js';
import { isoSeconds, ulid, uuid } from '../ids.js';
import type { Profile } from '../model.js';
import { upsertProfile } from '../profile-writes.js';
import { readableAttributes } from '../resource-documents.js';
import type { StoredResource } from '../resource-store.js';
import { createRecord, type ResourceObject, requireRecord, singleAnswer } from './generic.js';

const EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;

interface JobBody {
	data: ResourceObject & { id?: string };
}

/** POST /api/*-jobs */
export const createJob: Handler = (context) => {
	const { data } = context.body as JobBody;
	const type = data.type;
	if (type === 'campaign-send-job' || type === 'campaign-recipient-estimation-job')
		return campaignJob(context, data);
	if (type.startsWith('profile-suppression-bulk-'))
		return suppressionJob(context, data as unknown as SuppressionData);
	return bulkJob(context, data);
};

/** GET /api/*-jobs/{id}: one step of the job's clock, then the job. */
export const jobReader =
	(type: string): Handler =>
	(context) => {
		const job = requireRecord(context, type);
		advance(context, job);
		return singleAnswer(context, job);
	};

/** PATCH /api/campaign-send-jobs/{id}: `cancel` stops the send, `revert` also puts the campaign back to draft. */
export const cancelCampaignSend: Handler = (context) => {
	const job = requireRecord(context, 'campaign-send-job');
	const { action } = (context.body as { data: { attributes: { action: 'cancel' | 'revert' } } }).data
		.attributes;
	// Too late is an outcome, not a broken rule: the request stays valid.
	if (job.attributes.status === 'complete') {
		const detail = 'The campaign has already been sent.';
		throw new ApiError([errorObject(400, 'invalid', detail, { pointer: '/data/attributes/action' })], false);
	}
	context.store.resources.endRun(job.type, job.id);
	job.attributes.status = 'cancelled';
	const campaign = context.store.resources.get('campaign', job.id);
	if (campaign) campaign.attributes.status = action === 'revert' ? 'Draft' : 'Cancelled';
	return { status: context.operation.successStatus };
};

function advance(context: HandlerContext, job: StoredResource): void {
	const run = context.store.resources.run(job.type, job.id);
	if (!run) return;
	run.polls += 1;
	if (run.polls <= context.jobSteps) {
		job.attributes.status = 'processing';
		return;
	}
	context.store.resources.endRun(job.type, job.id);
	run.complete();
	job.attributes.status = 'complete';
	job.attributes.completed_at = isoSeconds();
}

/** Stores a queued job and what completing it does; answers 202 with it. */
function startJob(
	context: HandlerContext,
	type: string,
	id: string,
	attributes: Record<string, unknown>,
	complete: (job: StoredResource) => void,
): HandlerResult {
	const now = Date.now();
	const job: StoredResource = {
		type,
		id,
		attributes: {
			status: 'queued',
			created_at: isoSeconds(now),
			completed_at: null,
			expires_at: isoSeconds(now + EXPIRY_MS),
			...attributes,
		},
	};
	context.store.resources.delete(type, id);
	context.store.resources.put(job);
	context.store.resources.startRun(type, id, () => complete(job));
	return singleAnswer(context, job, context.operation.successStatus);
}

/** The most items one job takes, as its description states ("Accepts up to 100 catalog items per request"). */
function maxItems(context: HandlerContext): number | undefined {
	const stated = /(?:up to|per job we allow for is) ([\d,]+)/i.exec(context.operation.description)?.[1];
	return stated ? Number(stated.replace(/,/g, '')) : undefined;
}

function checkCount(context: HandlerContext, count: number, pointer: string): void {
	const max = maxItems(context);
	if (count === 0) throw badRequest('A job needs at least one item.', { pointer });
	if (max !== undefined && count > max)
		throw badRequest(`At most ${max} items per job; got ${count}.`, { pointer });
}

/** Runs each item; a failing item becomes an error of the job instead of failing it. */
function runItems<T>(
	job: StoredResource,
	items: T[],
	pointer: (index: number) => string,
	act: (item: T, at: string) => void,
): void {
	const errors: unknown[] = [];
	let completed = 0;
	items.forEach((item, index) => {
		const at = pointer(index);
		try {
			act(item, at);
			completed += 1;
		} catch (error) {
			if (!(error instanceof ApiError)) throw error;
			const first = error.errors[0]!;
			errors.push({
				id: uuid(),
				code: first.code,
				title: first.title,
				detail: first.detail,
				source: { pointer: first.source?.pointer ?? at },
			});
		}
	});
	Object.assign(job.attributes, { completed_count: completed, failed_count: errors.length, errors });
}

// ── Catalog and coupon code bulk jobs ───────────────────────────────────────────────

/** `catalog-item-bulk-create-job`, `coupon-code-bulk-create-job`…: the items are the one array member of its attributes. */
function bulkJob(context: HandlerContext, data: ResourceObject): HandlerResult {
	const [member, list] = Object.entries(data.attributes ?? {}).find(([, value]) =>
		Array.isArray((value as { data?: unknown } | null)?.data),
	) as [string, { data: ResourceObject[] }];
	const items = list.data;
	const base = `/data/attributes/${member}/data`;
	checkCount(context, items.length, base);
	const action = /-bulk-(create|update|delete)-job$/.exec(data.type)?.[1] ?? 'create';
	const { resources } = context.store;
	return startJob(
		context,
		data.type,
		ulid(),
		{ total_count: items.length, completed_count: 0, failed_count: 0, errors: [] },
		(job) =>
			runItems(
				job,
				items,
				(index) => `${base}/${index}`,
				(item, at) => {
					if (action === 'create') {
						const created = createRecord(context, item.type, item, at);
						resources.link(job.type, job.id, created.type, created.id);
						return;
					}
					const id = String(item.id);
					const record = resources.get(item.type, id);
					if (!record)
						throw new ApiError([
							{
								...notFound(`A ${item.type} with id '${id}' does not exist.`).errors[0]!,
								source: { pointer: `${at}/id` },
							},
						]);
					if (action === 'delete') {
						resources.delete(item.type, id);
						return;
					}
					Object.assign(record.attributes, readableAttributes(item.type, item.attributes ?? {}), {
						updated: isoSeconds(),
						updated_at: isoSeconds(),
					});
					resources.link(job.type, job.id, record.type, record.id);
				},
			),
	);
}

// ── Profile suppression ─────────────────────────────────────────────────────────────

interface SuppressionData {
	type: string;
	attributes: { profiles?: { data: Array<{ attributes: { email: string } }> } | null };
	relationships?: { list?: { data: { id: string } }; segment?: { data: { id: string } } };
}

/**
 * Suppress (or unsuppress) profiles by email, or every member of a list or segment.
 * Suppressing marks email marketing `USER_SUPPRESSED` (no email marketing, whatever the
 * consent); an address without a profile gets one. Unsuppressing lifts that suppression.
 */
function suppressionJob(context: HandlerContext, data: SuppressionData): HandlerResult {
	const { store } = context;
	const emails = (data.attributes.profiles?.data ?? []).map((profile) => profile.attributes.email);
	const listId = data.relationships?.list?.data.id;
	const segmentId = data.relationships?.segment?.data.id;
	if (listId && !store.lists.has(listId)) throw notFound(`A list with id '${listId}' does not exist.`);
	if (segmentId && !store.segments.has(segmentId))
		throw notFound(`A segment with id '${segmentId}' does not exist.`);
	if (emails.length === 0 && !listId && !segmentId) {
		throw badRequest('Give profiles, a list or a segment to suppress.', {
			pointer: '/data/attributes/profiles',
		});
	}
	const suppress = data.type === 'profile-suppression-bulk-create-job';
	const members = [
		...(store.lists.get(listId ?? '')?.members.keys() ?? []),
		...(store.segments.get(segmentId ?? '')?.members.keys() ?? []),
	];
	const id = ulid();
	if (listId) store.resources.link(data.type, id, 'list', listId);
	if (segmentId) store.resources.link(data.type, id, 'segment', segmentId);
	const total = emails.length + members.length;
	return startJob(
		context,
		data.type,
		id,
		{ total_count: total, completed_count: 0, skipped_count: 0 },
		(job) => {
			let completed = 0;
			let skipped = 0;
			const profiles: Profile[] = [
				...members.flatMap((profileId) => store.profiles.get(profileId) ?? []),
				...emails.map(
					(email) =>
						store.profileByEmail(email) ?? upsertProfile(store, { attributes: { email } }, 'server').profile,
				),
			];
			for (const profile of profiles) {
				const marketing = profile.subscriptions.email.marketing;
				const has = marketing.suppression.some((s) => s.reason === 'USER_SUPPRESSED');
				if (suppress === has) {
					skipped += 1;
					continue;
				}
				if (suppress) {
					marketing.suppression.push({ reason: 'USER_SUPPRESSED', timestamp: isoSeconds() });
					marketing.last_updated = isoSeconds();
				} else marketing.suppression = marketing.suppression.filter((s) => s.reason !== 'USER_SUPPRESSED');
				completed += 1;
			}
			Object.assign(job.attributes, { completed_count: completed, skipped_count: skipped });
		},
	);
}

// ── Campaigns ───────────────────────────────────────────────────────────────────────

/**
 * Send and recipient estimation jobs are named by their campaign's id. A completed send marks
 * the campaign `Sent`; a completed estimation stores the campaign's recipient estimation: the
 * profiles in its included lists and segments, less those in its excluded ones.
 */
function campaignJob(context: HandlerContext, data: ResourceObject & { id?: string }): HandlerResult {
	const campaign = requireRecord(context, 'campaign', String(data.id));
	const { store } = context;
	if (data.type === 'campaign-send-job') {
		campaign.attributes.status = 'Queued without Recipients';
		return startJob(context, data.type, campaign.id, {}, () => {
			Object.assign(campaign.attributes, { status: 'Sent', send_time: isoSeconds() });
		});
	}
	return startJob(context, data.type, campaign.id, {}, () => {
		const audiences = campaign.attributes.audiences as
			| { included?: string[]; excluded?: string[] | null }
			| undefined;
		const members = (ids: string[] | null | undefined) =>
			new Set(
				(ids ?? []).flatMap((id) => [
					...(store.lists.get(id)?.members.keys() ?? store.segments.get(id)?.members.keys() ?? []),
				]),
			);
		const excluded = members(audiences?.excluded);
		const count = [...members(audiences?.included)].filter((id) => !excluded.has(id)).length;
		store.resources.put({
			type: 'campaign-recipient-estimation',
			id: campaign.id,
			attributes: { estimated_recipient_count: count },
		});
	});
}
