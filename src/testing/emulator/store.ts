/**
 * The emulated Klaviyo account: profiles, events, metrics, lists, segments and jobs.
 *
 * Handlers mutate it through the methods here; tests may also read it directly or seed
 * it (e.g. `store.addSegment({ name, profileIds })`, since segments cannot be created
 * through the API the SDK uses). Everything is in memory and cleared by `reset()`.
 */
import { defaultSubscriptions, subscribeChannel, subscribeEmail } from './consent.js';
import { isoSeconds, ulid, uniqueShortId, uuid } from './ids.js';
import type {
	DeletionJob,
	ImportJob,
	KlaviyoEvent,
	List,
	Metric,
	OptInProcess,
	PendingOptIn,
	Profile,
	ProfileAttributes,
	Segment,
} from './model.js';
import { type IdentifierField, normaliseIdentifier, ProfileIndex } from './profile-index.js';
import { ResourceStore } from './resource-store.js';

/** Every custom metric created through the API belongs to Klaviyo's "API" integration. */
const API_INTEGRATION = { object: 'integration', id: '7FtS4J', name: 'API', category: 'API' } as const;

export interface NewEvent {
	profileId: string;
	metricName: string;
	/** Any Date-parsable time; defaults to now. Truncated to the second. */
	time?: string | Date;
	value?: number | null;
	valueCurrency?: string | null;
	/** Dedupe key; defaults to the event time to the second. */
	uniqueId?: string | null;
	properties?: Record<string, unknown>;
	backfill?: boolean;
}

/** One back-in-stock request, as Klaviyo recorded it. */
export interface BackInStockRequest {
	profileId: string;
	variantId: string;
	channels: string[];
	created: string;
}

/** A review of the account (the fields `/client/reviews` reads and writes). */
export interface StoredReview {
	id: string;
	status: 'published' | 'featured' | 'pending' | 'unpublished' | 'rejected';
	review_type: 'review' | 'question' | 'rating' | 'store';
	rating: number | null;
	author: string;
	email: string;
	content: string;
	title: string | null;
	verified: boolean;
	images: string[];
	created: string;
	updated: string;
	/** The product's external ID, e.g. Shopify's product ID. */
	productId: string;
	productName: string;
	orderId?: string;
}

export class Store {
	readonly profiles = new Map<string, Profile>();
	/** In the order they were recorded. */
	readonly events: KlaviyoEvent[] = [];
	readonly metrics = new Map<string, Metric>();
	readonly lists = new Map<string, List>();
	readonly segments = new Map<string, Segment>();
	readonly importJobs = new Map<string, ImportJob>();
	/** Every accepted data-privacy deletion request, with the profiles it deleted. */
	readonly deletionJobs: DeletionJob[] = [];
	/** Double opt-in subscriptions awaiting confirmation (see `confirmOptIn`). */
	readonly pendingOptIns: PendingOptIn[] = [];
	/**
	 * Page cursors handed out earlier, by their text, with the offset each stands for: tests seed
	 * one a client was given before (e.g. a README's `myMarkerFromPreviousResponse`).
	 */
	readonly cursors = new Map<string, number>();
	/**
	 * Every other resource type (catalogs, coupons, campaigns, templates, tags, webhooks, jobs…),
	 * kept generically, and the links between any two records (resource-store.ts).
	 */
	readonly resources = new ResourceStore();
	/** Back-in-stock requests (`/client/back-in-stock-subscriptions`), in order. */
	readonly backInStock: BackInStockRequest[] = [];
	/** Reviews: seeded with `addReview`, or written through `/client/reviews` (then `pending`). */
	readonly reviews: StoredReview[] = [];
	/** `profile|metric|unique_id` keys of recorded events, for Klaviyo's dedupe rule. */
	private readonly eventKeys = new Set<string>();
	private readonly eventIds = new Set<string>();
	/** Identifier index, only while a `batch` runs. */
	private index: ProfileIndex | undefined;

	reset(): void {
		this.profiles.clear();
		this.events.length = 0;
		this.metrics.clear();
		this.lists.clear();
		this.segments.clear();
		this.importJobs.clear();
		this.deletionJobs.length = 0;
		this.pendingOptIns.length = 0;
		this.cursors.clear();
		this.resources.reset();
		this.backInStock.length = 0;
		this.reviews.length = 0;
		this.eventKeys.clear();
		this.eventIds.clear();
	}

	/** A review as a shop's moderation left it (default: published, 5 stars, now). */
	addReview(review: Partial<StoredReview> & { productId: string }): StoredReview {
		const now = isoSeconds();
		const stored: StoredReview = {
			id: `${100000 + this.reviews.length}`,
			status: 'published',
			review_type: 'review',
			rating: 5,
			author: 'A shopper',
			email: 'shopper@example.com',
			content: 'Great.',
			title: null,
			verified: false,
			images: [],
			created: now,
			updated: now,
			productName: `Product ${review.productId}`,
			...review,
		};
		this.reviews.push(stored);
		return stored;
	}

	// ── Profiles ────────────────────────────────────────────────────────────────────

	/**
	 * Creates a profile as-is, without looking for an existing one with the same
	 * identifiers. API handlers use it after their own matching; tests can use it to seed
	 * situations the API would not create (e.g. two profiles sharing an email).
	 */
	addProfile(attributes: ProfileAttributes & { id?: string } = {}): Profile {
		const now = isoSeconds();
		const { id, location, properties, ...rest } = attributes;
		const profile: Profile = {
			id: id ?? ulid(),
			email: null,
			phone_number: null,
			external_id: null,
			anonymous_id: null,
			_kx: null,
			first_name: null,
			last_name: null,
			organization: null,
			locale: null,
			title: null,
			image: null,
			location: { ...(location ?? {}) },
			properties: { ...(properties ?? {}) },
			created: now,
			updated: now,
			last_event_date: null,
			subscriptions: defaultSubscriptions(),
			push_tokens: [],
		};
		for (const [key, value] of Object.entries(rest)) {
			if (value !== undefined) (profile as unknown as Record<string, unknown>)[key] = value;
		}
		this.profiles.set(profile.id, profile);
		this.index?.update(profile);
		return profile;
	}

	/** Profiles whose identifier field equals the value (emails compare case-insensitively). */
	findProfiles(field: IdentifierField, value: string): Profile[] {
		if (this.index) return this.index.find(field, value);
		const wanted = normaliseIdentifier(field, value);
		const found: Profile[] = [];
		for (const profile of this.profiles.values()) {
			const current = profile[field];
			if (current !== null && normaliseIdentifier(field, current) === wanted) found.push(profile);
		}
		return found;
	}

	/**
	 * Runs a synchronous batch (a bulk request) with an identifier index, so matching many
	 * rows stays fast. Writers call `profileChanged` after changing identifiers.
	 */
	batch<T>(work: () => T): T {
		if (this.index) return work();
		this.index = new ProfileIndex(this.profiles.values());
		try {
			return work();
		} finally {
			this.index = undefined;
		}
	}

	/** Keeps the batch index (if any) in step after a profile's identifiers changed. */
	profileChanged(profile: Profile): void {
		this.index?.update(profile);
	}

	profileByEmail(email: string): Profile | undefined {
		return this.findProfiles('email', email)[0];
	}

	/** Removes a profile with its events, list/segment memberships and pending opt-ins. */
	deleteProfile(id: string): boolean {
		const profile = this.profiles.get(id);
		if (!profile) return false;
		this.profiles.delete(id);
		this.index?.remove(profile);
		this.resources.unlinkAll('profile', id);
		for (let i = this.events.length - 1; i >= 0; i--) {
			const event = this.events[i]!;
			if (event.profile_id !== id) continue;
			this.eventKeys.delete(eventKey(event.profile_id, event.metric_id, event.unique_id));
			this.eventIds.delete(event.id);
			this.events.splice(i, 1);
		}
		for (const group of [...this.lists.values(), ...this.segments.values()]) group.members.delete(id);
		for (let i = this.pendingOptIns.length - 1; i >= 0; i--) {
			if (this.pendingOptIns[i]!.profile_id === id) this.pendingOptIns.splice(i, 1);
		}
		return true;
	}

	/**
	 * Merges one profile into another, as Klaviyo's profile merge does: the destination keeps its
	 * values and takes the source's where it has none; the source's events, list and segment
	 * memberships and push tokens move to it; the source is deleted.
	 */
	mergeProfile(sourceId: string, destinationId: string): void {
		const source = this.profiles.get(sourceId);
		const destination = this.profiles.get(destinationId);
		if (!source || !destination || source === destination) return;
		const target = destination as unknown as Record<string, unknown>;
		for (const [field, value] of Object.entries(source)) {
			if (target[field] === null && value !== null) target[field] = value;
		}
		destination.location = { ...source.location, ...destination.location };
		destination.properties = { ...source.properties, ...destination.properties };
		destination.push_tokens = [...new Set([...destination.push_tokens, ...source.push_tokens])];
		for (const event of this.events) {
			if (event.profile_id !== sourceId) continue;
			this.eventKeys.delete(eventKey(sourceId, event.metric_id, event.unique_id));
			event.profile_id = destinationId;
			this.eventKeys.add(eventKey(destinationId, event.metric_id, event.unique_id));
		}
		for (const group of [...this.lists.values(), ...this.segments.values()]) {
			const joined = group.members.get(sourceId);
			if (joined !== undefined && !group.members.has(destinationId)) group.members.set(destinationId, joined);
		}
		for (const token of source.push_tokens)
			this.resources.link('push-token', token, 'profile', destinationId);
		this.deleteProfile(sourceId);
		destination.updated = isoSeconds();
	}

	// ── Metrics and events ──────────────────────────────────────────────────────────

	metricByName(name: string): Metric | undefined {
		for (const metric of this.metrics.values()) if (metric.name === name) return metric;
		return undefined;
	}

	/**
	 * Klaviyo creates a metric the first time an event names it. Tests may give the id (e.g. a
	 * README's `myMetricId`) by creating the metric before any event names it.
	 */
	ensureMetric(name: string, id?: string): Metric {
		const existing = this.metricByName(name);
		if (existing) return existing;
		const now = isoSeconds();
		const metric: Metric = {
			id: id ?? uniqueShortId((id) => this.metrics.has(id)),
			name,
			created: now,
			updated: now,
			integration: { ...API_INTEGRATION },
		};
		this.metrics.set(metric.id, metric);
		return metric;
	}

	/** The dedupe key an event would get: its unique_id, or its time to the second. */
	static effectiveUniqueId(uniqueId: string | null | undefined, datetime: string): string {
		return uniqueId ?? datetime;
	}

	/**
	 * Records an event unless one with the same unique_id already exists for the same
	 * profile and metric; returns undefined when it was deduplicated.
	 */
	addEvent(input: NewEvent): KlaviyoEvent | undefined {
		const profile = this.profiles.get(input.profileId);
		if (!profile) throw new Error(`addEvent: unknown profile ${input.profileId}`);
		const metric = this.ensureMetric(input.metricName);
		const time = input.time === undefined ? new Date() : new Date(input.time);
		const datetime = isoSeconds(time);
		const uniqueId = Store.effectiveUniqueId(input.uniqueId, datetime);
		const key = eventKey(profile.id, metric.id, uniqueId);
		if (this.eventKeys.has(key)) return undefined;
		this.eventKeys.add(key);
		const event: KlaviyoEvent = {
			id: uniqueShortId((id) => this.eventIds.has(id), 12),
			uuid: uuid(),
			metric_id: metric.id,
			profile_id: profile.id,
			time: typeof input.time === 'string' ? input.time : time.toISOString(),
			datetime,
			timestamp: Math.floor(Date.parse(datetime) / 1000),
			value: input.value ?? null,
			value_currency: input.valueCurrency ?? null,
			unique_id: uniqueId,
			unique_id_given: input.uniqueId !== undefined && input.uniqueId !== null,
			properties: { ...(input.properties ?? {}) },
			backfill: input.backfill ?? false,
			received: isoSeconds(),
		};
		this.events.push(event);
		this.eventIds.add(event.id);
		if (!profile.last_event_date || profile.last_event_date < datetime) profile.last_event_date = datetime;
		return event;
	}

	eventsForProfile(profileId: string): KlaviyoEvent[] {
		return this.events.filter((event) => event.profile_id === profileId);
	}

	// ── Lists and segments ──────────────────────────────────────────────────────────

	addList(input: { id?: string; name: string; opt_in_process?: OptInProcess; profileIds?: string[] }): List {
		const now = isoSeconds();
		const list: List = {
			id: input.id ?? uniqueShortId((id) => this.lists.has(id) || this.segments.has(id)),
			name: input.name,
			created: now,
			updated: now,
			opt_in_process: input.opt_in_process ?? 'single_opt_in',
			members: new Map(),
		};
		for (const profileId of input.profileIds ?? []) list.members.set(profileId, now);
		this.lists.set(list.id, list);
		return list;
	}

	/** Seeds a segment (the API cannot create segments with members). */
	addSegment(input: { id?: string; name: string; profileIds?: string[] }): Segment {
		const now = isoSeconds();
		const segment: Segment = {
			id: input.id ?? uniqueShortId((id) => this.lists.has(id) || this.segments.has(id)),
			name: input.name,
			created: now,
			updated: now,
			is_active: true,
			is_processing: false,
			is_starred: false,
			members: new Map(),
		};
		for (const profileId of input.profileIds ?? []) segment.members.set(profileId, now);
		this.segments.set(segment.id, segment);
		return segment;
	}

	/** Adds a member; re-adding keeps the original join time. */
	addMember(group: List | Segment, profileId: string): void {
		if (!group.members.has(profileId)) group.members.set(profileId, isoSeconds());
	}

	listsOfProfile(profileId: string): List[] {
		return [...this.lists.values()].filter((list) => list.members.has(profileId));
	}

	segmentsOfProfile(profileId: string): Segment[] {
		return [...this.segments.values()].filter((segment) => segment.members.has(profileId));
	}

	deleteList(id: string): boolean {
		if (!this.lists.delete(id)) return false;
		this.resources.unlinkAll('list', id);
		for (let i = this.pendingOptIns.length - 1; i >= 0; i--) {
			if (this.pendingOptIns[i]!.list_id === id) this.pendingOptIns.splice(i, 1);
		}
		return true;
	}

	// ── Double opt-in ───────────────────────────────────────────────────────────────

	/**
	 * Simulates the person clicking the confirmation link of a double opt-in
	 * subscription: consent is recorded and the profile joins the list. Returns false
	 * when there is no such pending opt-in.
	 */
	confirmOptIn(profileId: string, listId: string): boolean {
		const index = this.pendingOptIns.findIndex((p) => p.profile_id === profileId && p.list_id === listId);
		const pending = this.pendingOptIns[index];
		const profile = this.profiles.get(profileId);
		const list = this.lists.get(listId);
		if (!pending || !profile || !list) return false;
		this.pendingOptIns.splice(index, 1);
		const options = { source: pending.custom_source, listId, doubleOptIn: true };
		if (pending.channels.includes('email')) subscribeEmail(profile, options);
		if (pending.channels.includes('sms')) subscribeChannel(profile.subscriptions.sms.marketing, options);
		this.addMember(list, profileId);
		return true;
	}

	// ── Inspection ──────────────────────────────────────────────────────────────────

	/** A JSON-serialisable copy of everything (maps become arrays), for GET /__emulator/store. */
	snapshot() {
		const group = (g: List | Segment) => ({
			...g,
			members: [...g.members].map(([profile_id, joined_at]) => ({ profile_id, joined_at })),
		});
		return structuredClone({
			profiles: [...this.profiles.values()],
			events: this.events,
			metrics: [...this.metrics.values()],
			lists: [...this.lists.values()].map(group),
			segments: [...this.segments.values()].map(group),
			importJobs: [...this.importJobs.values()].map(({ pending, ...job }) => job),
			deletionJobs: this.deletionJobs,
			pendingOptIns: this.pendingOptIns,
			resources: this.resources.snapshot(),
		});
	}
}

const eventKey = (profileId: string, metricId: string, uniqueId: string) =>
	`${profileId}|${metricId}|${uniqueId}`;
