/**
 * Public types of the Klaviyo emulator. Kept in one place so tests, the CLI and the
 * server agree on the exact shape of recorded requests and fault rules.
 */
import type { Consent, GrantView, OAuthOptions } from './oauth.js';
import type { Store } from './store.js';
import type { EventView, JobView, ListView, ProfileView, ResourceView } from './views.js';
import type { EmitOptions, SignedWebhook, WebhookDelivery, WebhookOptions } from './webhooks.js';

export interface EmulatorOptions {
	/** Public API key (site ID) accepted as `company_id` on /client/* routes. Default `PUBKEY`. */
	publicKey?: string;
	/** Private key expected in `Authorization: Klaviyo-API-Key <key>` on /api/* routes. */
	privateKey?: string;
	/** How many GETs a bulk import job stays queued/processing before it reports `complete`. Default 1. */
	jobSteps?: number;
	/**
	 * Validate every JSON response the emulator produces against the spec's response schema
	 * and record problems in `RecordedRequest.responseViolations`. Meant for the emulator's
	 * own test-suite; off by default because it costs a schema compile per operation.
	 */
	validateResponses?: boolean;
	/**
	 * Answer 429 (with `Retry-After`) to bulk-job requests (`POST /api/*-jobs`) over Klaviyo's
	 * published burst/steady limits. Default off; switch with `emu.rateLimits.enabled` or
	 * `POST /__emulator/rate-limits {"enabled": true}`.
	 */
	rateLimits?: boolean;
	/** Called once per recorded request after its response was sent (the CLI uses it to log). */
	onRequest?: (request: RecordedRequest) => void;
	/** The OAuth app the emulator knows: client id and secret, access-token lifetime. */
	oauth?: OAuthOptions;
	/** The secret `deliverWebhook` signs with. Default `emulator-webhook-secret-0123456789`. */
	webhookSecret?: string;
}

export interface EmulatorServerOptions extends EmulatorOptions {
	/** 0 picks a random free port (the default). */
	port?: number;
	/** Interface to bind; defaults to 127.0.0.1. */
	host?: string;
}

export interface RecordedRequest {
	/** 1-based arrival order. */
	seq: number;
	method: string;
	/** Path without the query string, exactly as received. */
	path: string;
	/** Decoded query parameters (the last value wins when a name repeats). */
	query: Record<string, string>;
	/** Lower-cased header names; repeated headers are joined with ", ". */
	headers: Record<string, string>;
	/** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
	body: unknown;
	/** HTTP status sent back; 0 when no answer was delivered (dropped, or the client hung up). */
	status: number;
	/** True when the request passed every spec check (see `violations`). */
	valid: boolean;
	/** Human-readable reasons the request is not valid under the vendored spec. */
	violations: string[];
	/** Description of the injected fault, when one was applied (e.g. `status 429`, `drop`). */
	faulted?: string;
	/** The spec operation the request matched, when it matched one. */
	operationId?: string;
	/** The JSON body sent back (absent for empty responses). */
	responseBody?: unknown;
	/** Response-schema problems; only filled when `validateResponses` is on. */
	responseViolations?: string[];
	/** ISO timestamp of arrival. */
	at: string;
}

export interface FaultRule {
	/** Only requests with this method (case-insensitive). */
	method?: string;
	/** Exact path, or a prefix when it ends in `*` (e.g. `/api/*`). */
	path?: string;
	/** Answer with this status instead of processing the request. */
	status?: number;
	/** Sent as the `Retry-After` header: seconds, or an HTTP-date string. */
	retryAfter?: string | number;
	/** Response body for `status` faults; defaults to a JSON:API error document. */
	body?: unknown;
	/** Wait this long before answering (normally, or with `status`/`drop` when also given). */
	delayMs?: number;
	/** Destroy the socket without answering. */
	drop?: boolean;
	/** Apply to the next N matching requests (default 1; `Infinity` allowed). */
	times?: number;
	/** Apply with this probability (0..1) to every matching request, instead of `times`. */
	rate?: number;
	/** Apply only to these 1-based positions among the requests matching method/path. */
	nth?: number[];
}

/** An in-process emulator (`createEmulator()`): pass `fetch` to a client, assert on the rest. */
export interface Emulator {
	/**
	 * Answers as Klaviyo does, for any origin in the URL (links it returns keep that origin).
	 * Rejects with a TypeError for a `drop` fault, as fetch does when a connection fails.
	 */
	fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
	publicKey: string;
	privateKey: string;
	/** Every request received, in order (OPTIONS and faulted ones included). */
	requests: RecordedRequest[];
	/** Requests that failed a spec check. */
	invalidRequests(): RecordedRequest[];
	faults: { add(rule: FaultRule): void; clear(): void };
	/** The bulk-job rate limits (see `EmulatorOptions.rateLimits`); `reset()` empties their windows. */
	rateLimits: { enabled: boolean };
	/** Direct access to the emulated account, for seeding and assertions. */
	store: Store;
	/** The profiles it holds, each with its event timeline and list ids. */
	profiles(): ProfileView[];
	/** Every event it recorded, oldest first, with its metric's name. */
	events(): EventView[];
	/** The lists with their members. */
	lists(): ListView[];
	/** Bulk jobs (profile import, catalog, coupon codes, suppression, campaign send…) with their progress. */
	jobs(): JobView[];
	/** Every resource type it holds records of (profiles, catalog items, coupons, tags…), with counts. */
	resources(): ResourceView[];
	/** Klaviyo's side of OAuth: the app's credentials, the consent screen, the tokens' clock, the grants. */
	oauth: EmulatorOAuth;
	/** Klaviyo's system webhooks, signed as Klaviyo signs them. */
	webhooks: EmulatorWebhooks;
	/**
	 * POSTs one system webhook carrying `payload` under `topic` to `url`, signed as Klaviyo signs
	 * it, and resolves with the app's response (`fetch` option: where to send it, e.g. a handler).
	 */
	deliverWebhook(
		url: string,
		topic: string,
		payload: unknown,
		options?: WebhookOptions & { fetch?: typeof fetch },
	): Promise<Response>;
	/** Clears state, recorded requests, faults, OAuth grants and the tokens' clock. */
	reset(): void;
}

/**
 * The OAuth side (see docs/apps.md): `/oauth/authorize` answers at once with the test's `consent`,
 * `/oauth/token` issues tokens that `/api/*` accepts for the granted account until they expire on
 * the emulator's clock, `/oauth/revoke` ends a grant.
 */
export interface EmulatorOAuth {
	readonly clientId: string;
	readonly clientSecret: string;
	/** What the next authorization gets: the account, approve or deny, the scopes granted. */
	consent: Consent;
	/** Moves the clock tokens expire on by `seconds` (access tokens live 3600 s by default). */
	advance(seconds: number): void;
	/** The emulator's clock, in ms since the epoch. */
	now(): number;
	/** Ends every grant of the account, as uninstalling the app in Klaviyo does. */
	revoke(accountId: string): void;
	/** Every installation so far, with its refresh count. */
	grants(): GrantView[];
	/** An account's data; the emulator's own account (id: its public key) is `emulator.store`. */
	store(accountId: string): Store;
}

export interface EmulatorWebhooks {
	/** The secret deliveries are signed with unless a call gives another. */
	readonly secret: string;
	/** One delivery, signed, without sending it: `fetch(url, { method: 'POST', ...signed })`. */
	sign(topic: string, payload: unknown, options?: WebhookOptions): Promise<SignedWebhook>;
	/**
	 * The event happens: every enabled webhook of the account (created with the Webhooks API)
	 * subscribed to `topic` gets one delivery, signed with its own secret and id. Resolves with one
	 * result per delivery (status 0 and `error` when the endpoint could not be reached).
	 */
	emit(topic: string, payload: unknown, options?: EmitOptions): Promise<WebhookDelivery[]>;
}

/** An emulator listening on a port (`startEmulator()` from `klaviyo-edge/testing/node`). */
export interface EmulatorServer extends Emulator {
	/** `http://127.0.0.1:<port>`: the `baseUrl` for clients, and the live page. */
	url: string;
	port: number;
	close(): Promise<void>;
}
