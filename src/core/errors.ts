/**
 * The error classes keep node-klaviyo's names, so `catch (e) { if (e instanceof KlaviyoApiError) … }`
 * keeps working, and add what the modern JSON:API needs (parsed `errors[]`, method, path, headers).
 * None of them ever holds a request or its headers: that is where a private key would live.
 */

/** One entry of a JSON:API `errors[]` array, as Klaviyo sends it. */
export interface JsonApiErrorObject {
	id?: string;
	status?: number | string;
	code?: string;
	title?: string;
	detail?: string;
	source?: { pointer?: string; parameter?: string };
	meta?: Record<string, unknown>;
}

export class KlaviyoError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = new.target.name;
	}
}

/** A client was built or used without what it needs (missing or wrong token, bad option). */
export class KlaviyoConfigurationError extends KlaviyoError {}

/** Input broke a rule; thrown before any request is sent. */
export class KlaviyoValidationError extends KlaviyoError {
	/** Dotted path of the offending field, e.g. `properties.$value` (empty for the whole input). */
	readonly field: string;
	/** The rule that failed, in words, e.g. `must be a valid email`. */
	readonly rule: string;

	constructor(message: string, field = '', rule = message) {
		super(message);
		this.field = field;
		this.rule = rule;
	}
}

export interface ApiErrorContext {
	method?: string;
	/** Path and query of the request, never its host or headers. */
	path?: string;
	headers?: Headers;
}

/** Klaviyo answered with a status that is not a success (anything but 200, 201, 202, 204). */
export class KlaviyoApiError extends KlaviyoError {
	/** The HTTP status (node-klaviyo's name). */
	readonly statusCode: number;
	/** The parsed response body (raw text when it was not JSON). */
	readonly data: unknown;
	/** The JSON:API `errors[]` of the body, or `[]`. */
	readonly errors: JsonApiErrorObject[];
	readonly method: string | undefined;
	readonly path: string | undefined;
	/** Response headers (e.g. `RateLimit-*`). */
	readonly headers: Headers | undefined;

	constructor(statusCode: number, data?: unknown, context: ApiErrorContext = {}) {
		const errors = errorsOf(data);
		const where = context.method ? ` (${context.method} ${context.path})` : '';
		const first = errors[0];
		const why = first ? `: ${[first.title, first.detail].filter(Boolean).join(' ')}` : '';
		super(`Request failed with status code: ${statusCode}${where}${why}`);
		this.statusCode = statusCode;
		this.data = data;
		this.errors = errors;
		this.method = context.method;
		this.path = context.path;
		this.headers = context.headers;
	}

	/** Same as `statusCode`, for code written against the fetch API. */
	get status(): number {
		return this.statusCode;
	}
}

/** 401 (no or bad key) and 403 (key lacks the scope). */
export class KlaviyoAuthenticationError extends KlaviyoApiError {}

/** 429. `retryAfter` is in seconds, from the `Retry-After` header when Klaviyo sent one. */
export class KlaviyoRateLimitError extends KlaviyoApiError {
	readonly retryAfter: number | undefined;

	constructor(statusCode: number, data?: unknown, context: ApiErrorContext = {}, retryAfter?: number) {
		super(statusCode, data, context);
		this.retryAfter = retryAfter;
	}
}

/** 5xx. */
export class KlaviyoServerError extends KlaviyoApiError {}

/** The request never got an HTTP answer: DNS, refused or reset connection, or an abort. */
export class KlaviyoConnectionError extends KlaviyoError {
	readonly method: string | undefined;
	readonly path: string | undefined;

	constructor(message: string, context: ApiErrorContext = {}, cause?: unknown) {
		super(`${message}${context.method ? ` (${context.method} ${context.path})` : ''}`, { cause });
		this.method = context.method;
		this.path = context.path;
	}
}

/** An attempt took longer than the `timeout` option. */
export class KlaviyoTimeoutError extends KlaviyoConnectionError {}

/** Maps a non-success response to its error class. */
export function errorFromResponse(
	status: number,
	data: unknown,
	context: ApiErrorContext = {},
	retryAfter?: number,
): KlaviyoApiError {
	if (status === 401 || status === 403) return new KlaviyoAuthenticationError(status, data, context);
	if (status === 429) return new KlaviyoRateLimitError(status, data, context, retryAfter);
	if (status >= 500) return new KlaviyoServerError(status, data, context);
	return new KlaviyoApiError(status, data, context);
}

function errorsOf(data: unknown): JsonApiErrorObject[] {
	const errors = (data as { errors?: unknown } | null)?.errors;
	return Array.isArray(errors) ? errors : [];
}
