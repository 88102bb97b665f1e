/**
 * Fewer requests: once `batchEvents(client)` is called, an event the queue sends (`POST
 * /client/events`) leaves together with every other event queued for the same shopper, in one
 * `POST /client/event-bulk-create` (Klaviyo's limit: 1,000 events; ours: the 60 KB a keepalive
 * request may carry). The queue does not change: it still sends each event, and each of those sends
 * is answered from the one bulk request that carried it, so every guarantee holds per event: it
 * is stored until answered, settled once, retried with its `unique_id`, refused alone.
 *
 * A refused bulk request names the refused event (`source.pointer` …`/events/data/3/…`): that
 * one gets the refusal, the others leave again at once without it. A refusal that names no event
 * is split: each event is sent on its own, so only the faulty one is refused.
 */
import { KlaviyoApiError } from '../../core/errors.js';
import { sendWithRetries } from '../../core/send-with-retries.js';
import { encodeUtf8 } from '../../core/utf8.js';
import { createClient } from '../client.js';
import type { Client, PublicClientOptions } from '../client-state.js';
import { withheld } from '../consent/withhold.js';
import { KEEPALIVE_BUDGET } from './queued-send.js';
import { readQueue } from './stored-queue.js';

/** A bulk request's retry that would wait longer is left to the queue (its backoff, the next page). */
const MAX_WAIT_MS = 2_000;

/** Klaviyo's limit per `/client/event-bulk-create` request. */
export const MAX_BULK_EVENTS = 1000;

/** What one event's send learns from the request that carried it: a response, or a network failure. */
type Outcome = { status: number; text: string; headers: Headers } | { error: unknown };

/** An event of the queue: its request body, parsed. */
interface Member {
	body: string;
	attributes: { profile: unknown; metric: { data: { attributes: { name: string } } }; unique_id?: string };
}

/**
 * A client made by `createClient` whose events leave in bulk from its very first request, so the
 * replay of what an earlier page stored goes in bulk too. klaviyo-edge/onsite makes its client so.
 */
export function createBatchedClient(publicKey: string, options: PublicClientOptions = {}): Client {
	const network: typeof fetch = (url, init) => (options.fetch ?? fetch)(url, init);
	let layer: typeof fetch | undefined;
	// The replay starts inside createClient, before batchEvents can be added: its first requests
	// wait a microtask and then go through the batching layer; the layer's own go to the network.
	const client = createClient(publicKey, {
		...options,
		fetch: (url, init) => (layer ? network(url, init) : Promise.resolve().then(() => layer!(url, init))),
	});
	batchEvents(client);
	layer = client.options.fetch;
	return client;
}

/**
 * From now on, events this client sends (replays, bursts) leave in bulk. On a client made just
 * before, the replay of a stored queue has already sent its first (up to four) requests as they
 * were: `createBatchedClient` batches from the first request on.
 */
export function batchEvents(client: Client): void {
	/** Outcome of the request that carried each event body, until the queue's send of it reads it. */
	const answers = new Map<string, Promise<Outcome>>();
	const layer: Client['options'] = Object.create(client.options, {
		fetch: {
			value: async (url: string, init: RequestInit) => {
				const body = init.body;
				// Consent pending (consent/withhold.ts): nothing leaves, and no answer is kept for later.
				if (typeof body !== 'string' || !/\/client\/events\?/.test(url) || below() === withheld)
					return below()(url, init);
				if (!answers.has(body)) carry(body, url, init);
				const outcome = await answers.get(body)!;
				answers.delete(body);
				if ('error' in outcome) throw outcome.error;
				const { status, headers, text } = outcome;
				return new Response(text || null, { status, headers });
			},
		},
	});
	(client as { options: Client['options'] }).options = layer;
	/** The fetch under this layer, at call time (consent may lift the layer that withheld it). */
	const below = (): typeof fetch => Object.getPrototypeOf(layer).fetch ?? fetch;

	/** Starts the request that carries `body`, with the events queued for the same shopper. */
	function carry(body: string, url: string, init: RequestInit): void {
		const queue = readQueue(client);
		// Answers nobody will read (their events left the queue another way, e.g. another tab) go.
		const queued = new Set(queue.map((item) => item.body));
		for (const answered of answers.keys()) if (!queued.has(answered)) answers.delete(answered);
		const first = parse(body);
		const profile = JSON.stringify(first?.attributes.profile);
		const group: Member[] = [];
		const keys = new Set<string>();
		let bytes = 200; // the envelope
		for (const item of first ? queue : []) {
			const member =
				item.body === body ? first : item.url === url && !answers.has(item.body!) && parse(item.body);
			if (!member || JSON.stringify(member.attributes.profile) !== profile) continue;
			// Klaviyo refuses a bulk request that repeats an event's unique_id: the repeat waits its turn.
			const key = `${member.attributes.metric.data.attributes.name}|${member.attributes.unique_id}`;
			const size = encodeUtf8(member.body).length;
			if (
				keys.has(key) ||
				(group.length && (group.length >= MAX_BULK_EVENTS || bytes + size > KEEPALIVE_BUDGET))
			)
				continue;
			keys.add(key);
			bytes += size;
			group.push(member);
		}
		if (group.length < 2) return void answers.set(body, attempt(url, { ...init, body }));
		const outcomes = deliver(group, url, init);
		for (const [index, member] of group.entries())
			answers.set(
				member.body,
				outcomes.then((all) => all[index]!),
			);
	}

	/** One request, its outcome. */
	async function attempt(url: string, init: RequestInit): Promise<Outcome> {
		try {
			const response = await below()(url, init);
			return { status: response.status, text: await response.text(), headers: response.headers };
		} catch (error) {
			return { error };
		}
	}

	/**
	 * A bulk request, retried by the core's policy for as long as a page can wait (its events carry
	 * their unique_id: a repeat is recorded once). One outage then costs each event one attempt of
	 * the queue, not one per failed request: a replay of events whose attempts are nearly spent
	 * (they get one per page load) still lands when Klaviyo hiccups once or twice.
	 */
	async function carried(url: string, init: RequestInit, body: string): Promise<Outcome> {
		const { timeout, maxRetries } = client.options;
		const headers = init.headers as Record<string, string>;
		try {
			await sendWithRetries(
				{ method: 'POST', url, headers, body, keepalive: !!init.keepalive },
				{ fetch: below(), timeout, maxRetries, idempotent: true, maxWait: MAX_WAIT_MS },
			);
			return { status: 202, text: '', headers: new Headers() };
		} catch (error) {
			if (!(error instanceof KlaviyoApiError)) return { error };
			const { data } = error;
			const text = data === undefined ? '' : typeof data === 'string' ? data : JSON.stringify(data);
			return { status: error.statusCode, text, headers: error.headers ?? new Headers() };
		}
	}

	/** The outcome of each member: one bulk request, and the splits a refusal calls for. */
	async function deliver(group: Member[], url: string, init: RequestInit): Promise<Outcome[]> {
		if (group.length === 1) return [await attempt(url, { ...init, body: group[0]!.body })];
		const bulkUrl = url.replace(/\/client\/events\?/, '/client/event-bulk-create?');
		const outcome = await carried(bulkUrl, init, bulkBody(group));
		// Accepted, still failing (the queue retries each event) or not an answer about the events.
		if ('error' in outcome || outcome.status < 400 || outcome.status === 429 || outcome.status >= 500)
			return group.map(() => outcome);
		const refused = refusedEvents(outcome.text, group.length);
		if (!refused) {
			// Nothing names an event: each on its own, so only the faulty one is refused.
			return Promise.all(group.map((member) => attempt(url, { ...init, body: member.body })));
		}
		if (refused.size === group.length) return group.map(() => outcome);
		const rest = group.filter((_, index) => !refused.has(index));
		const again = await deliver(rest, url, init);
		return group.map((_, index) => (refused.has(index) ? outcome : again.shift()!));
	}
}

/** An event request's body, parsed; `undefined` when it is not one (never trusted: it came from storage). */
function parse(body: string | undefined): Member | undefined {
	try {
		const attributes = JSON.parse(body!).data.attributes;
		if (attributes.metric.data.attributes.name) return { body: body!, attributes };
	} catch {}
}

/** `/client/event-bulk-create`'s body: the shopper once, then their events. */
function bulkBody(group: Member[]): string {
	const { profile } = group[0]!.attributes;
	const events = group.map(({ attributes: { profile: _, ...event } }) => ({
		type: 'event',
		attributes: event,
	}));
	return JSON.stringify({
		data: { type: 'event-bulk-create', attributes: { profile, events: { data: events } } },
	});
}

/**
 * The events a refusal names, by their index in the request (`/data/attributes/events/data/3/…`),
 * or `undefined` when none is named. A refusal of the profile is a refusal of every event.
 */
function refusedEvents(text: string, count: number): Set<number> | undefined {
	let errors: Array<{ source?: { pointer?: string } } | null> = [];
	try {
		errors = JSON.parse(text).errors;
	} catch {}
	const refused = new Set<number>();
	for (const error of Array.isArray(errors) ? errors : []) {
		const pointer = error?.source?.pointer ?? '';
		const index = /\/events\/data\/(\d+)/.exec(pointer)?.[1];
		if (index !== undefined && +index < count) refused.add(+index);
		else if (pointer.includes('/profile')) for (let i = 0; i < count; i++) refused.add(i);
	}
	return refused.size ? refused : undefined;
}
