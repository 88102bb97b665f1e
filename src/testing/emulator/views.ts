/**
 * What a test (and the emulator's page) reads back: the account as plain JSON, joined up the way
 * a person looks at it (an event with its metric's name, a list with its members' emails, a
 * profile with its timeline). Copies, so a test cannot change the emulator by accident.
 */
import type { JobStatus } from './model.js';
import type { Store } from './store.js';

export interface EventView {
	id: string;
	/** The metric's name, e.g. `Placed Order`. */
	metric: string;
	profileId: string;
	/** As the request gave it (or when it was received). */
	time: string;
	value: number | null;
	properties: Record<string, unknown>;
	uniqueId: string;
}

export interface ProfileView {
	id: string;
	email: string | null;
	phoneNumber: string | null;
	externalId: string | null;
	firstName: string | null;
	lastName: string | null;
	properties: Record<string, unknown>;
	created: string;
	updated: string;
	/** Its events, oldest first. */
	events: EventView[];
	/** Ids of the lists it belongs to. */
	lists: string[];
}

export interface ListView {
	id: string;
	name: string;
	optInProcess: string;
	/** In the order they joined. */
	members: Array<{ profileId: string; email: string | null; joinedAt: string }>;
}

export interface JobView {
	id: string;
	/** `profile-bulk-import`, or the job's type (`catalog-item-bulk-create-job`, `campaign-send-job`…). */
	kind: string;
	status: JobStatus;
	total: number;
	completed: number;
	failed: number;
	listIds: string[];
	createdAt: string;
	completedAt: string | null;
	/** Why rows failed, one line each. */
	errors: string[];
}

export function eventViews(store: Store): EventView[] {
	const metricName = (id: string) => store.metrics.get(id)?.name ?? id;
	return store.events.map((event) => ({
		id: event.id,
		metric: metricName(event.metric_id),
		profileId: event.profile_id,
		time: event.time,
		value: event.value,
		properties: structuredClone(event.properties),
		uniqueId: event.unique_id,
	}));
}

export function profileViews(store: Store): ProfileView[] {
	// Grouped once: the page asks for this after every request, with thousands of events.
	const timelines = new Map<string, EventView[]>();
	for (const event of eventViews(store)) {
		const timeline = timelines.get(event.profileId);
		if (timeline) timeline.push(event);
		else timelines.set(event.profileId, [event]);
	}
	return [...store.profiles.values()].map((profile) => ({
		id: profile.id,
		email: profile.email,
		phoneNumber: profile.phone_number,
		externalId: profile.external_id,
		firstName: profile.first_name,
		lastName: profile.last_name,
		properties: structuredClone(profile.properties),
		created: profile.created,
		updated: profile.updated,
		events: timelines.get(profile.id) ?? [],
		lists: store.listsOfProfile(profile.id).map((list) => list.id),
	}));
}

export function listViews(store: Store): ListView[] {
	return [...store.lists.values()].map((list) => ({
		id: list.id,
		name: list.name,
		optInProcess: list.opt_in_process,
		members: [...list.members].map(([profileId, joinedAt]) => ({
			profileId,
			email: store.profiles.get(profileId)?.email ?? null,
			joinedAt,
		})),
	}));
}

/** A resource type the account holds records of, with the newest ids. */
export interface ResourceView {
	type: string;
	count: number;
	/** Up to five, newest first. */
	latest: string[];
}

/** Every type the emulator holds records of: the hand-modelled ones, then the generic store's. */
export function resourceViews(store: Store): ResourceView[] {
	const hand: Array<[string, string[]]> = [
		['profile', [...store.profiles.keys()]],
		['event', store.events.map((event) => event.id)],
		['metric', [...store.metrics.keys()]],
		['list', [...store.lists.keys()]],
		['segment', [...store.segments.keys()]],
		['profile-bulk-import-job', [...store.importJobs.keys()]],
	];
	const generic = store.resources
		.counts()
		.map(({ type }): [string, string[]] => [type, store.resources.all(type).map((record) => record.id)]);
	return [...hand, ...generic]
		.filter(([, ids]) => ids.length > 0)
		.map(([type, ids]) => ({ type, count: ids.length, latest: ids.slice(-5).reverse() }));
}

export function jobViews(store: Store): JobView[] {
	return [...importJobViews(store), ...genericJobViews(store)];
}

/** Catalog, coupon code, suppression and campaign jobs (handlers/jobs.ts). */
function genericJobViews(store: Store): JobView[] {
	return store.resources
		.counts()
		.filter(({ type }) => type.endsWith('-job'))
		.flatMap(({ type }) => store.resources.all(type))
		.map((job) => {
			const attributes = job.attributes as Record<string, unknown>;
			const count = (name: string) =>
				typeof attributes[name] === 'number' ? (attributes[name] as number) : 0;
			const errors = Array.isArray(attributes.errors)
				? (attributes.errors as Array<Record<string, unknown>>)
				: [];
			return {
				id: job.id,
				kind: job.type,
				status: attributes.status as JobStatus,
				total: count('total_count'),
				completed: count('completed_count'),
				failed: count('failed_count'),
				listIds: store.resources.linked(job.type, job.id, 'list'),
				createdAt: String(attributes.created_at),
				completedAt: (attributes.completed_at as string | null | undefined) ?? null,
				errors: errors.map(
					(error) => `${(error.source as { pointer?: string })?.pointer ?? ''}: ${String(error.detail)}`,
				),
			};
		});
}

function importJobViews(store: Store): JobView[] {
	return [...store.importJobs.values()].map((job) => ({
		id: job.id,
		kind: 'profile-bulk-import',
		status: job.status,
		total: job.total_count,
		completed: job.completed_count,
		failed: job.failed_count,
		listIds: [...job.list_ids],
		createdAt: job.created_at,
		completedAt: job.completed_at,
		errors: job.errors.map((error) => `${error.source.pointer}: ${error.detail}`),
	}));
}
