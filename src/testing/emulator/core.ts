/**
 * The request pipeline, as a `fetch` function (Request in, Response out) so it runs in any
 * runtime; the Node server (../node.ts) only adapts sockets to it. For every request:
 *
 *   record it → OPTIONS? answer the CORS preflight
 *             → pick a fault rule → route + spec checks (recorded as violations)
 *             → fault (delay / drop / status) or, when valid, the operation's handler
 *             → send, then record the status (and check the response against the spec)
 *
 * `/__emulator/*` requests go to the inspection API instead and are not recorded.
 */
import type { HandlerContext, HandlerResult } from './context.js';
import { handleControl } from './control.js';
import { CORS_HEADERS, preflightHeaders } from './cors.js';
import { ApiError, codeForStatus, errorDocument, errorObject, type JsonApiErrorObject } from './errors.js';
import { describeFault, FaultRegistry } from './faults.js';
import {
	type FormFields,
	headerRecord,
	jsonResponse,
	parseQuery,
	readBody,
	recordedBody,
	sleep,
} from './fetch-io.js';
import { handlerFor } from './handlers/index.js';
import { type OAuthOptions, OAuthServer } from './oauth.js';
import { isPageRequest, pageRequestResponse } from './page.js';
import { BulkRateLimits } from './rate-limits.js';
import { type CheckResult, checkRequest } from './request-checks.js';
import { Router } from './router.js';
import { validateResponseBody } from './schema-validator.js';
import { loadSpec, type Operation, type Spec } from './spec.js';
import { Store } from './store.js';
import type { FaultRule, RecordedRequest } from './types.js';
import { DEFAULT_WEBHOOK_SECRET } from './webhooks.js';

export interface CoreOptions {
	publicKey: string;
	privateKey: string;
	jobSteps: number;
	validateResponses: boolean;
	/** Enforce the bulk-job endpoints' published rate limits (switchable later: `rateLimits.enabled`). */
	rateLimits?: boolean;
	onRequest?: (request: RecordedRequest) => void;
	/** The app the OAuth endpoints know (oauth.ts). */
	oauth?: OAuthOptions;
	/** The secret system webhooks are signed with (webhooks.ts). */
	webhookSecret?: string;
}

/** Where routing and checks left a request. */
type Prepared =
	| { kind: 'reply'; reply: HandlerResult; operation?: Operation }
	| {
			kind: 'operation';
			operation: Operation;
			params: Record<string, string>;
			check: CheckResult;
			/** The account an OAuth access token is for; the emulator's own account otherwise. */
			accountId?: string;
	  };

export class EmulatorCore {
	readonly store = new Store();
	readonly faults = new FaultRegistry();
	readonly rateLimits: BulkRateLimits;
	readonly requests: RecordedRequest[] = [];
	/** Klaviyo's side of OAuth: the endpoints under /oauth/, bearer tokens, several accounts. */
	readonly oauth: OAuthServer;
	readonly webhookSecret: string;
	private seq = 0;
	private spec?: Spec;
	private router?: Router;

	constructor(readonly options: CoreOptions) {
		this.rateLimits = new BulkRateLimits(options.rateLimits);
		this.oauth = new OAuthServer(options.oauth ?? {}, { accountId: options.publicKey, store: this.store });
		this.webhookSecret = options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET;
	}

	reset(): void {
		this.store.reset();
		this.oauth.reset();
		this.faults.clear();
		this.rateLimits.reset();
		this.clearRequests();
	}

	clearRequests(): void {
		this.requests.length = 0;
		this.seq = 0;
		this.changed();
	}

	private readonly watchers = new Set<() => void>();

	/** Calls `watcher` after every change a page would show (a request answered, a reset). */
	watch(watcher: () => void): () => void {
		this.watchers.add(watcher);
		return () => this.watchers.delete(watcher);
	}

	changed(): void {
		for (const watcher of this.watchers) watcher();
	}

	/**
	 * Answers one request as Klaviyo would. Rejects with a TypeError, as `fetch` does on a
	 * network failure, for a `drop` fault (DroppedConnection) and when `request.signal` aborts
	 * (then with the signal's reason).
	 */
	readonly fetch = async (request: Request): Promise<Response> => {
		try {
			return await this.handle(request);
		} catch (error) {
			if (error instanceof DroppedConnection || request.signal.aborted) throw error;
			console.error('[klaviyo-emulator] internal error', error);
			return jsonResponse(
				500,
				errorDocument([errorObject(500, 'error', 'Emulator internal error.')]),
				CORS_HEADERS,
			);
		}
	};

	/** Loads and indexes the spec (once); every request awaits it, a server awaits it before listening. */
	async ready(): Promise<void> {
		if (this.spec) return;
		const spec = await loadSpec();
		this.router ??= new Router(spec.operations);
		this.spec = spec;
	}

	private async handle(request: Request): Promise<Response> {
		await this.ready();
		const method = request.method.toUpperCase();
		const url = new URL(request.url);
		if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
			return handleControl(this, request, url);
		}
		// The page that shows what the emulator received, and what a browser asks for with it (its
		// icon): not Klaviyo endpoints, not recorded.
		if (isPageRequest(method, url.pathname)) return pageRequestResponse(url.pathname);

		const { query, repeated } = parseQuery(url);
		const record: RecordedRequest = {
			seq: ++this.seq,
			method,
			path: url.pathname,
			query,
			headers: headerRecord(request.headers),
			body: undefined,
			status: 0,
			valid: true,
			violations: [],
			at: new Date().toISOString(),
		};
		this.requests.push(record);
		const { text, bytes, form } = await readBody(request);
		const tooLarge = bytes > MAX_BODY_BYTES;
		record.body = tooLarge ? undefined : (form ?? recordedBody(text));

		if (method === 'OPTIONS') {
			return this.respond(request, record, { status: 204, headers: preflightHeaders(request.headers) });
		}

		const fault = this.faults.take(method, url.pathname);
		const body = { text: tooLarge ? '' : text, bytes, form };
		// Klaviyo's OAuth endpoints (oauth.ts) are not in the spec: they are answered after the faults.
		const oauth = url.pathname.startsWith('/oauth/');
		const prepared = oauth ? undefined : this.prepare(record, method, url, repeated, body, tooLarge);
		if (fault) {
			record.faulted = describeFault(fault);
			if (fault.delayMs) {
				try {
					await sleep(fault.delayMs, request.signal);
				} catch (reason) {
					// The client gave up during the stall: nothing was delivered (status stays 0).
					this.finish(record);
					throw reason;
				}
			}
			if (fault.drop) {
				this.finish(record);
				throw new DroppedConnection();
			}
			if (fault.status !== undefined) return this.respond(request, record, faultReply(fault));
		}
		if (!prepared) return this.respond(request, record, await this.oauth.handle(record, method, url, text));
		const throttled = prepared.kind === 'operation' ? this.rateLimits.take(prepared.operation) : undefined;
		if (throttled !== undefined) return this.respond(request, record, throttledReply(throttled));
		const reply = prepared.kind === 'reply' ? prepared.reply : this.dispatch(record, prepared, url);
		return this.respond(request, record, reply, prepared.operation);
	}

	/** Routing and spec checks; problems become the record's violations. */
	private prepare(
		record: RecordedRequest,
		method: string,
		url: URL,
		repeated: string[],
		body: { text: string; bytes: number; form?: FormFields },
		tooLarge: boolean,
	): Prepared {
		const violate = (
			status: number,
			code: string,
			detail: string,
			headers?: Record<string, string>,
		): Prepared => {
			const error = errorObject(status, code, detail);
			record.violations.push(`${status} ${code}: ${detail}`);
			record.valid = false;
			return { kind: 'reply', reply: { status, body: errorDocument([error]), headers } };
		};
		const match = this.router!.match(method, url.pathname);
		switch (match.kind) {
			case 'legacy':
				return violate(
					410,
					'gone',
					`${url.pathname} belongs to Klaviyo's retired v1/v2 API. Use the revisioned API (revision ${this.spec!.revision}).`,
				);
			case 'not-found':
				return violate(404, 'not_found', `No Klaviyo endpoint matches ${method} ${url.pathname}.`);
			case 'method-not-allowed':
				return violate(405, 'method_not_allowed', `Method ${method} is not allowed on ${url.pathname}.`, {
					allow: match.allowed.join(', '),
				});
		}
		record.operationId = match.operation.id;
		if (tooLarge) return violate(413, 'payload_too_large', 'Request body is too large.');
		// An app's `Bearer` access token, in place of the private key.
		const bearer = match.operation.requiresPrivateKey
			? this.oauth.checkBearer(record.headers.authorization, match.operation)
			: undefined;
		if (bearer?.ok === false) {
			if (bearer.violation) {
				record.valid = false;
				record.violations.push(`${bearer.error.status} ${bearer.error.code}: ${bearer.error.detail}`);
			}
			return { kind: 'reply', reply: { status: bearer.error.status, body: errorDocument([bearer.error]) } };
		}
		const check = checkRequest(
			match.operation,
			{
				headers: record.headers,
				query: record.query,
				repeated,
				params: match.params,
				rawBody: body.text,
				bodyBytes: body.bytes,
				form: body.form,
			},
			{
				publicKey: this.options.publicKey,
				privateKey: this.options.privateKey,
				latestRevision: this.spec!.revision,
				authorized: bearer?.ok,
			},
		);
		if (check.violations.length > 0) {
			record.violations.push(...check.violations);
			record.valid = false;
		}
		if (check.errors.length > 0) {
			return {
				kind: 'reply',
				reply: { status: check.status, body: errorDocument(check.errors) },
				operation: match.operation,
			};
		}
		return {
			kind: 'operation',
			operation: match.operation,
			params: match.params,
			check,
			accountId: bearer?.ok ? bearer.accountId : undefined,
		};
	}

	private dispatch(
		record: RecordedRequest,
		prepared: Extract<Prepared, { kind: 'operation' }>,
		url: URL,
	): HandlerResult {
		const { operation } = prepared;
		const handler = handlerFor(operation);
		const context: HandlerContext = {
			operation,
			params: prepared.params,
			query: record.query,
			body: prepared.check.body,
			filter: prepared.check.filter,
			store: prepared.accountId ? this.oauth.store(prepared.accountId) : this.store,
			accountId: prepared.accountId ?? this.options.publicKey,
			baseUrl: url.origin,
			url: linkableUrl(url),
			jobSteps: this.options.jobSteps,
		};
		try {
			return handler(context);
		} catch (error) {
			if (!(error instanceof ApiError)) throw error;
			// Breaking a documented rule (a limit, a bad identifier) makes the request invalid;
			// "not found" and similar outcomes do not.
			if (error.violation) {
				record.valid = false;
				record.violations.push(...error.errors.map((e) => `${e.status} ${e.code}: ${e.detail}`));
			}
			return errorReply(error.errors);
		}
	}

	private respond(
		request: Request,
		record: RecordedRequest,
		reply: HandlerResult,
		operation?: Operation,
	): Response {
		if (request.signal.aborted) {
			// A client that hung up (e.g. timed out during a delay) got nothing: status stays 0.
			this.finish(record);
			throw request.signal.reason;
		}
		record.status = reply.status;
		if (reply.body !== undefined) record.responseBody = reply.body;
		if (this.options.validateResponses && operation && !record.faulted) {
			record.responseViolations = validateResponseBody(operation, reply.status, reply.body).map(
				(v) => `${v.pointer || '/'} ${v.message}`,
			);
		}
		this.finish(record);
		return jsonResponse(reply.status, reply.body, { ...CORS_HEADERS, ...reply.headers });
	}

	private finish(record: RecordedRequest): void {
		this.options.onRequest?.(record);
		this.changed();
	}
}

/** Bodies beyond this are not kept (Klaviyo's own limit is 5 MB). */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/**
 * A `drop` fault: the connection closed without an answer. A TypeError, as `fetch` rejects
 * with on a network failure; the Node server destroys the socket instead.
 */
export class DroppedConnection extends TypeError {
	constructor() {
		super('fetch failed: the Klaviyo emulator dropped the connection (injected fault)');
		this.name = 'DroppedConnection';
	}
}

/** The request URL with its query re-encoded (`[` → `%5B`), as Klaviyo's `links` show it. */
function linkableUrl(url: URL): URL {
	const copy = new URL(url.href);
	copy.search = url.searchParams.toString();
	return copy;
}

const errorReply = (errors: JsonApiErrorObject[]): HandlerResult => ({
	status: errors[0]?.status ?? 500,
	body: errorDocument(errors),
});

/** The answer for a `status` fault: its body, or a JSON:API error for that status. */
function faultReply(fault: FaultRule): HandlerResult {
	const status = fault.status!;
	const headers: Record<string, string> = {};
	if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
	const code = codeForStatus(status);
	const detail =
		status === 429 && typeof fault.retryAfter === 'number'
			? `Request was throttled. Expected available in ${fault.retryAfter} seconds.`
			: `Injected fault: HTTP ${status}.`;
	const body = fault.body !== undefined ? fault.body : errorDocument([errorObject(status, code, detail)]);
	// 204/304 cannot carry a body.
	const bodyless = status === 204 || status === 304;
	return { status, body: bodyless ? undefined : body, headers };
}

/** Klaviyo's answer over a rate limit: 429, `Retry-After` in seconds. */
function throttledReply(seconds: number): HandlerResult {
	const detail = `Request was throttled. Expected available in ${seconds} seconds.`;
	return {
		status: 429,
		body: errorDocument([errorObject(429, 'throttled', detail)]),
		headers: { 'retry-after': String(seconds) },
	};
}
