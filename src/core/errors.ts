/**
 * The error classes keep node-klaviyo's names, so `catch (e) { if (e instanceof KlaviyoApiError) … }`
 * keeps working, and add what the modern JSON:API needs (parsed `errors[]`, method, path, headers).
 * None of them ever holds a request or its headers: that is where a private key would live.
 *
 * Each class spells out its `name`: a minifier renames classes, so `new.target.name` would say `t`.
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
	override name = 'KlaviyoError';
}

/** A client was built or used without what it needs (missing or wrong token, bad option). */
export class KlaviyoConfigurationError extends KlaviyoError {
	override name = 'KlaviyoConfigurationError';
}

/** Input broke a rule; thrown before any request is sent. */
export class KlaviyoValidationError extends KlaviyoError {
	override name = 'KlaviyoValidationError';
	/** Dotted path of the offending field, e.g. `properties.$value` (empty for the whole input). */
	declare readonly field: string;
	/** The rule that failed, in words, e.g. `must be a valid email`. */
	declare readonly rule: string;

	constructor(message: string, field = '', rule = message) {
		super(message);
		Object.assign(this, { field, rule });
	}
}

/**
 * The one factory of refusals. The message is `"field" rule`, or the rule alone when it is a
 * sentence of its own (node-klaviyo's 'Event name was not provided.').
 */
export const invalid = (field: string, rule: string) =>
	new KlaviyoValidationError(/^[A-Z]/.test(rule) ? rule : `"${field}" ${rule}`, field, rule);

export interface ApiErrorContext {
	method?: string;
	/** Path and query of the request, never its host or headers. */
	path?: string;
	headers?: Headers;
}

/** ` (POST /client/events)`, when the request is known. */
const where = ({ method, path }: ApiErrorContext) => (method ? ` (${method} ${path})` : '');

/** Klaviyo answered with a status that is not a success (anything but 200, 201, 202, 204). */
export class KlaviyoApiError extends KlaviyoError {
	override name = 'KlaviyoApiError';
	/** The HTTP status (node-klaviyo's name). */
	declare readonly statusCode: number;
	/** The parsed response body (raw text when it was not JSON). */
	declare readonly data: unknown;
	/** The JSON:API `errors[]` of the body, or `[]`. */
	declare readonly errors: JsonApiErrorObject[];
	declare readonly method: string | undefined;
	declare readonly path: string | undefined;
	/** Response headers (e.g. `RateLimit-*`). */
	declare readonly headers: Headers | undefined;

	/** `retryAfter` (seconds): `errorFromResponse` passes it for a 429 only, a `KlaviyoRateLimitError`. */
	constructor(statusCode: number, data?: unknown, context: ApiErrorContext = {}, retryAfter?: number) {
		let errors = (data as { errors?: JsonApiErrorObject[] } | null)?.errors;
		errors = Array.isArray(errors) ? errors : [];
		const why = errors[0] ? `: ${[errors[0].title, errors[0].detail].filter(Boolean).join(' ')}` : '';
		super(`Request failed with status code: ${statusCode}${where(context)}${why}`);
		Object.assign(this, context, { statusCode, data, errors }, retryAfter != null && { retryAfter });
	}

	/** Same as `statusCode`, for code written against the fetch API. */
	get status(): number {
		return this.statusCode;
	}
}

/** 401 (no or bad key) and 403 (key lacks the scope). */
export class KlaviyoAuthenticationError extends KlaviyoApiError {
	override name = 'KlaviyoAuthenticationError';
}

/** 429. `retryAfter` is in seconds, from the `Retry-After` header when Klaviyo sent one. */
export class KlaviyoRateLimitError extends KlaviyoApiError {
	override name = 'KlaviyoRateLimitError';
	declare readonly retryAfter: number | undefined;
}

/** 5xx. */
export class KlaviyoServerError extends KlaviyoApiError {
	override name = 'KlaviyoServerError';
}

/** The request never got an HTTP answer: DNS, refused or reset connection, or an abort. */
export class KlaviyoConnectionError extends KlaviyoError {
	override name = 'KlaviyoConnectionError';
	declare readonly method: string | undefined;
	declare readonly path: string | undefined;

	constructor(message: string, context: ApiErrorContext = {}, cause?: unknown) {
		super(message + where(context), { cause });
		Object.assign(this, context);
	}
}

/** An attempt took longer than the `timeout` option. */
export class KlaviyoTimeoutError extends KlaviyoConnectionError {
	override name = 'KlaviyoTimeoutError';
}

/** Maps a non-success response to its error class. */
export function errorFromResponse(
	status: number,
	data: unknown,
	context?: ApiErrorContext,
	retryAfter?: number,
): KlaviyoApiError {
	const ErrorClass =
		status === 429
			? KlaviyoRateLimitError
			: status === 401 || status === 403
				? KlaviyoAuthenticationError
				: status >= 500
					? KlaviyoServerError
					: KlaviyoApiError;
	return new ErrorClass(status, data, context, status === 429 ? retryAfter : undefined);
}
