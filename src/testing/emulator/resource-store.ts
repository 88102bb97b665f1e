/**
 * The generic half of the emulated account: every resource type the hand-written model
 * (store.ts) does not keep (catalog items, coupons, campaigns, templates, tags, webhooks, jobs…),
 * as JSON:API records of `type`, `id` and `attributes`, plus the links between records.
 *
 * Links are kept by the related record's type and are symmetric: tagging a list with a tag is
 * one link, seen as the tag's `lists` and as the list's `tags`; a variant created with
 * `relationships.item` is listed by its item's `variants`. Links may name hand-modelled
 * records (a tag's lists, a push token's profile).
 */

export interface StoredResource {
	type: string;
	id: string;
	/** As written by the client (plus what the server sets: timestamps, statuses). */
	attributes: Record<string, unknown>;
}

/** What a type holds: the page and `/__emulator/store` show these. */
export interface ResourceCount {
	type: string;
	count: number;
}

/** A job that is still running: how often it was polled, and what completing it does. */
export interface JobRun {
	polls: number;
	complete(): void;
}

const key = (type: string, id: string) => `${type} ${id}`;

export class ResourceStore {
	private readonly records = new Map<string, Map<string, StoredResource>>();
	/** `type id` → related type → related ids, in the order they were linked. */
	private readonly links = new Map<string, Map<string, Set<string>>>();
	private readonly counters = new Map<string, number>();
	/** Jobs not yet complete, by `type id`. */
	private readonly runs = new Map<string, JobRun>();

	reset(): void {
		this.records.clear();
		this.links.clear();
		this.counters.clear();
		this.runs.clear();
	}

	/** Registers what completing a job does (handlers/jobs.ts). */
	startRun(type: string, id: string, complete: () => void): void {
		this.runs.set(key(type, id), { polls: 0, complete });
	}

	/** The job's run while it is not complete. */
	run(type: string, id: string): JobRun | undefined {
		return this.runs.get(key(type, id));
	}

	endRun(type: string, id: string): void {
		this.runs.delete(key(type, id));
	}

	/** Records of a type, oldest first. */
	all(type: string): StoredResource[] {
		return [...(this.records.get(type)?.values() ?? [])];
	}

	get(type: string, id: string): StoredResource | undefined {
		return this.records.get(type)?.get(id);
	}

	has(type: string, id: string): boolean {
		return this.records.get(type)?.has(id) ?? false;
	}

	/** Adds (or replaces) a record; tests may seed records this way. */
	put(record: StoredResource): StoredResource {
		let records = this.records.get(record.type);
		if (!records) {
			records = new Map();
			this.records.set(record.type, records);
		}
		records.set(record.id, record);
		return record;
	}

	/** Removes a record and every link to it. */
	delete(type: string, id: string): boolean {
		if (!this.records.get(type)?.delete(id)) return false;
		this.unlinkAll(type, id);
		this.runs.delete(key(type, id));
		return true;
	}

	/** Forgets the links of a record (also used when a hand-modelled record goes). */
	unlinkAll(type: string, id: string): void {
		const own = this.links.get(key(type, id));
		if (!own) return;
		for (const [relatedType, ids] of own)
			for (const other of ids) this.links.get(key(relatedType, other))?.get(type)?.delete(id);
		this.links.delete(key(type, id));
	}

	link(type: string, id: string, relatedType: string, relatedId: string): void {
		this.side(type, id, relatedType).add(relatedId);
		this.side(relatedType, relatedId, type).add(id);
	}

	unlink(type: string, id: string, relatedType: string, relatedId: string): void {
		this.links.get(key(type, id))?.get(relatedType)?.delete(relatedId);
		this.links.get(key(relatedType, relatedId))?.get(type)?.delete(id);
	}

	/** Ids of the records of `relatedType` linked to this one, in link order. */
	linked(type: string, id: string, relatedType: string): string[] {
		return [...(this.links.get(key(type, id))?.get(relatedType) ?? [])];
	}

	/** The types of the records linked to this one. */
	linkedTypes(type: string, id: string): string[] {
		return [...(this.links.get(key(type, id))?.keys() ?? [])];
	}

	/** 1, 2, 3… per type, for types whose ids are numbers (images, form versions). */
	nextNumber(type: string): number {
		const next = (this.counters.get(type) ?? 0) + 1;
		this.counters.set(type, next);
		return next;
	}

	/** Every type it holds records of, with how many. */
	counts(): ResourceCount[] {
		return [...this.records]
			.filter(([, records]) => records.size > 0)
			.map(([type, records]) => ({ type, count: records.size }));
	}

	snapshot() {
		return structuredClone(
			Object.fromEntries([...this.records].map(([type, records]) => [type, [...records.values()]])),
		);
	}

	private side(type: string, id: string, relatedType: string): Set<string> {
		let own = this.links.get(key(type, id));
		if (!own) {
			own = new Map();
			this.links.set(key(type, id), own);
		}
		let ids = own.get(relatedType);
		if (!ids) {
			ids = new Set();
			own.set(relatedType, ids);
		}
		return ids;
	}
}
