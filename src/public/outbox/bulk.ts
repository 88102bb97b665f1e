/**
 * Fewer requests: once `batchEvents(client)` is called, an event the queue sends leaves together
 * with every other event queued for the same shopper, in one request: `POST
 * /client/event-bulk-create` to Klaviyo, or, for a client with a relay `endpoint`, `POST
 * {endpoint}/track-bulk` with the JSON array of their Track payloads (a `text/plain` body: no CORS
 * preflight), which the relay sends on as one `/client/event-bulk-create`. Klaviyo's limit is 1,000
 * events; ours, the 60 KB a keepalive request or a beacon may carry. The queue does not change: it
 * still sends each event, and each of those sends is answered from the one bulk request that
 * carried it, so every guarantee holds per event: it is stored until answered, settled once,
 * retried with its `unique_id`, refused alone.
 *
 * A refused bulk request names the refused events (`source.pointer` …`/events/data/3/…` from
 * Klaviyo, `/data/3/…` from the relay): each of those gets its own errors, the others leave again
 * at once without them. A refusal that names no event is split: each event is sent on its own, so
 * only the faulty one is refused (and a relay without `/track-bulk` still gets every event).
 *
 * At page exit (`pagehide`), what waits for a relay leaves as one beacon per bulk, where the queue
 * alone would send one beacon per event.
 */
import { KlaviyoApiError } from '../../core/errors.js';
import { sendWithRetries } from '../../core/send-with-retries.js';
import { encodeUtf8 } from '../../core/utf8.js';
import { type EventCreateAttributes, eventBulkBody } from '../../protocol/jsonapi.js';
import { fromBase64Json, MAX_BULK_EVENTS } from '../../protocol/wire.js';
import { createClient } from '../client.js';
import type { Client, PublicClientOptions } from '../client-state.js';
import { withheld, withheldLayer } from '../consent/withhold.js';
import { destination, type Outgoing } from '../requests.js';
import { isOptedOut } from './opt-out.js';
import { KEEPALIVE_BUDGET } from './queued-send.js';
import { readQueue, writeQueue } from './stored-queue.js';
import { markSettled, takeWaiter } from './waiters.js';

export { MAX_BULK_EVENTS };

/** A bulk request's retry that would wait longer is left to the queue (its backoff, the next page). */
const MAX_WAIT_MS = 2_000;

/** What one event's send learns from the request that carried it: a response, or a network failure. */
type Outcome = { status: number; text: string; headers: Headers } | { error: unknown };

/** An event of the queue (a request as queued: stored state, never trusted), as a bulk carries it. */
interface Member extends Outgoing {
	id?: string;
	/** Its part of the bulk: the event's attributes but the profile, or the relay's Track payload. */
	part: Record<string, unknown>;
	/** Who it is about: a bulk request carries one shopper. */
	shopper: string;
	/** Its name and unique_id: Klaviyo refuses a bulk request that repeats an event. */
	event: string;
}

/** What a queued request's send is answered by: its body, or a relay GET's URL (its data is there). */
const keyOf = ({ url, body }: Outgoing) => body ?? url;

/**
 * A client made by `createClient` whose events leave in bulk from its very first request, so the
 * replay of what an earlier page stored goes in bulk too, and to its last: at page exit, what waits
 * for a relay leaves as one beacon per bulk. klaviyo-edge/onsite makes its client so.
 */
export function createBatchedClient(publicKey: string, options: PublicClientOptions = {}): Client {
	const network: typeof fetch = (url, init) => (options.fetch ?? fetch)(url, init);
	let layer: typeof fetch | undefined;
	// Listeners run in the order they were added: this one goes before the client's own, so that at
	// exit the bulk beacons leave before the client sends the rest one by one.
	if (typeof document === 'object') addEventListener('pagehide', () => leave(client));
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
 * were, and at page exit the client's own listener (added first) sends what waits for a relay one
 * beacon per event: `createBatchedClient` batches from the first request to the last.
 */
export function batchEvents(client: Client): void {
	const to = destination(client);
	/** Outcome of the request that carried each event, by `keyOf`, until the queue's send of it reads it. */
	const answers = new Map<string, Promise<Outcome>>();
	const layer: Client['options'] = Object.create(client.options, {
		fetch: {
			value: async (url: string, init: RequestInit) => {
				const body = typeof init.body === 'string' ? init.body : undefined;
				// Consent pending (consent/withhold.ts): nothing leaves, and no answer is kept for later.
				const first = below() !== withheld && eventOf(to, { url, body, headers: init.headers as never });
				if (!first) return below()(url, init);
				const key = keyOf(first);
				if (!answers.has(key)) carry(first, init);
				const outcome = await answers.get(key)!;
				answers.delete(key);
				if ('error' in outcome) throw outcome.error;
				const { status, headers, text } = outcome;
				return new Response(text || null, { status, headers });
			},
		},
	});
	(client as { options: Client['options'] }).options = layer;
	/** The fetch under this layer, at call time (consent may lift the layer that withheld it). */
	const below = (): typeof fetch => Object.getPrototypeOf(layer).fetch ?? fetch;

	/** Starts the request that carries `first`, with the events queued for the same shopper. */
	function carry(first: Member, init: RequestInit): void {
		const queue = readQueue(client);
		// Answers nobody will read (their events left the queue another way, e.g. another tab) go.
		const queued = new Set(queue.map(keyOf));
		for (const answered of answers.keys()) if (!queued.has(answered)) answers.delete(answered);
		const others = queue.map(
			(item) => !answers.has(keyOf(item)) && keyOf(item) !== keyOf(first) && eventOf(to, item),
		);
		const group = queued.has(keyOf(first)) ? gather(first, others) : [first];
		if (group.length < 2) return void answers.set(keyOf(first), attempt(first, init));
		const outcomes = deliver(group, init);
		for (const [index, member] of group.entries())
			answers.set(
				keyOf(member),
				outcomes.then((all) => all[index]!),
			);
	}

	/** One event's own request (as queued), its outcome. */
	async function attempt({ url, body, headers }: Member, init: RequestInit): Promise<Outcome> {
		try {
			const response = await below()(url, { ...init, method: body ? 'POST' : 'GET', body, headers });
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
	async function carried(group: Member[], init: RequestInit): Promise<Outcome> {
		const { timeout, maxRetries } = client.options;
		try {
			await sendWithRetries(
				{ method: 'POST', ...bulkOf(to, group), keepalive: !!init.keepalive },
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
	async function deliver(group: Member[], init: RequestInit): Promise<Outcome[]> {
		if (group.length === 1) return [await attempt(group[0]!, init)];
		const outcome = await carried(group, init);
		// Accepted, still failing (the queue retries each event) or not an answer about the events.
		if ('error' in outcome || outcome.status < 400 || outcome.status === 429 || outcome.status >= 500)
			return group.map(() => outcome);
		const refused = refusedEvents(outcome.text, group.length);
		// Nothing names an event: each on its own, so only the faulty one is refused.
		if (!refused) return Promise.all(group.map((member) => attempt(member, init)));
		const rest = group.filter((_, index) => !refused.has(index));
		const again = rest.length ? await deliver(rest, init) : [];
		// Each refused event gets its own refusal, not its neighbours'.
		return group.map((_, index) => {
			const errors = refused.get(index);
			return errors ? { ...outcome, text: JSON.stringify({ errors }) } : again.shift()!;
		});
	}
}

/**
 * The page is going away: what waits for a relay leaves as one beacon per bulk (the queue would
 * send one per event). A beacon handed over settles its events, as the queue's own do. Runs
 * before the client's own `pagehide` listener, which sends the rest.
 */
function leave(client: Client): void {
	if (withheldLayer(client.options) || isOptedOut(client)) return;
	const to = destination(client);
	const now = Date.now();
	const queue = readQueue(client);
	const waiting = queue.map(
		(item) => item.relay && !client.sending.has(item.id) && !((item.lease ?? 0) > now) && eventOf(to, item),
	);
	const gone = new Set<string | undefined>();
	for (const first of waiting) {
		if (!first || gone.has(first.id)) continue;
		const group = gather(
			first,
			waiting.filter((member) => member && member !== first && !gone.has(member.id)),
		);
		if (group.length < 2) continue;
		const { url, body } = bulkOf(to, group);
		if (!navigator.sendBeacon?.(url, body)) continue;
		for (const member of group) gone.add(member.id);
	}
	if (!gone.size) return;
	writeQueue(
		client,
		queue.filter((item) => !gone.has(item.id)),
	);
	for (const id of gone) {
		markSettled(client, id!);
		takeWaiter(id!)?.resolve(1);
	}
}

/**
 * A queued request (`to` is the client's destination) as a bulk's member: an event to Klaviyo or
 * a Track to the relay; `undefined` for the rest, and for what does not parse (stored state).
 */
function eventOf(to: string, request: Outgoing): Member | undefined {
	const { url, body } = request;
	const [route, query] = url.startsWith(to) ? url.slice(to.length).split('?') : [];
	try {
		if (route === 'events') {
			const { profile, ...event } = JSON.parse(body!).data.attributes;
			const name: string = event.metric.data.attributes.name;
			return {
				...request,
				part: event,
				shopper: JSON.stringify(profile),
				event: `${name}|${event.unique_id}`,
			};
		}
		if (route === 'track') {
			const data = new URLSearchParams(body ?? query).get('data')!;
			const payload = body ? JSON.parse(data) : fromBase64Json(data);
			const { event, properties, customer_properties, ip } = payload;
			const shopper = JSON.stringify([customer_properties, ip]);
			return { ...request, relay: 1, part: payload, shopper, event: `${event}|${properties?.$event_id}` };
		}
	} catch {}
}

/**
 * `first` and the others of the same shopper that fit with it in one request: within 1,000
 * events and the keepalive budget, no event twice (a repeat waits for the next request).
 */
function gather(first: Member, others: Array<Member | false | undefined>): Member[] {
	const group = [first];
	const events = new Set([first.event]);
	let bytes = 200 + encodeUtf8(first.shopper).length + size(first); // with the envelope and the profile
	for (const member of others) {
		if (!member || member.shopper !== first.shopper || member.relay !== first.relay) continue;
		const more = size(member);
		if (events.has(member.event) || group.length >= MAX_BULK_EVENTS || bytes + more > KEEPALIVE_BUDGET)
			continue;
		events.add(member.event);
		bytes += more;
		group.push(member);
	}
	return group;
}

/** The one request that carries a group: to the relay's `/track-bulk`, or Klaviyo's `/client/event-bulk-create`. */
function bulkOf(
	to: string,
	group: Member[],
): { url: string; body: string; headers?: Record<string, string> } {
	const [{ url, headers, shopper, relay }] = group as [Member];
	const parts = group.map((member) => member.part);
	if (relay) return { url: `${to}track-bulk`, body: JSON.stringify(parts) };
	const events = parts as unknown as Array<Omit<EventCreateAttributes, 'profile'>>;
	const body = JSON.stringify(eventBulkBody(JSON.parse(shopper), events));
	return { url: url.replace('/client/events?', '/client/event-bulk-create?'), body, headers };
}

/**
 * The events a refusal names, by their index in the request (`/data/attributes/events/data/3/…`
 * from Klaviyo, `/data/3/…` from the relay), each with its errors; `undefined` when none is named.
 * A refusal of the profile is a refusal of every event.
 */
function refusedEvents(text: string, count: number): Map<number, unknown[]> | undefined {
	let errors: Array<{ source?: { pointer?: string } } | null> = [];
	try {
		errors = JSON.parse(text).errors;
	} catch {}
	const refused = new Map<number, unknown[]>();
	for (const error of Array.isArray(errors) ? errors : []) {
		const pointer = `${error?.source?.pointer ?? ''}`;
		const index = /\/data\/(\d+)/.exec(pointer)?.[1];
		const named =
			index !== undefined && +index < count
				? [+index]
				: pointer.includes('/profile')
					? Array.from({ length: count }, (_, each) => each)
					: [];
		for (const each of named) refused.set(each, [...(refused.get(each) ?? []), error]);
	}
	return refused.size ? refused : undefined;
}

/** UTF-8 bytes of a member's part of a bulk body, with what wraps it (`{"type":"event","attributes":…},`). */
const size = (member: Member) => encodeUtf8(JSON.stringify(member.part)).length + 32;
