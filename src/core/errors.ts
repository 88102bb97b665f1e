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
 * The one factory of refusals: every `KlaviyoValidationError` is made here (by `invalid`, or by
 * `invalidWith` when there is more to say), in one format. The message is `"field" rule`, or the
 * rule alone when it is a sentence of its own: node-klaviyo's 'Event name was not provided.', the
 * relay's '`data` was not provided'. This short form is what the page ships.
 */
export const invalid = (field: string, rule: string) =>
	new KlaviyoValidationError(/^[A-Z`]/.test(rule) ? rule : `"${field}" ${rule}`, field, rule);

/** What the server side knows of a refusal besides its field and rule. */
export interface RefusalContext {
	/** The value refused, summarised in the message by `summarize`: never its content. */
	value?: unknown;
	/** Or a summary of it already made (e.g. `JSON.stringify`'s reason, a size). */
	got?: string;
	/** The method that refused it, e.g. `lists.getListById`. */
	method?: string;
}

/**
 * `invalid`'s refusal, saying what the value was and which method refused it:
 * `"listId" must be an id… (got a string of 2 characters) (lists.getListById)`; a sentence rule
 * names its field with the method: `List ID was not provided. (lists.getListById: listId)`.
 * For the private client, the relay and the adapters: the summariser is bytes a page does not need.
 */
export function invalidWith(field: string, rule: string, context: RefusalContext): KlaviyoValidationError {
	const { value, got = 'value' in context ? summarize(value) : undefined, method } = context;
	const sentence = /^[A-Z`]/.test(rule);
	const message = `${sentence ? rule : `"${field}" ${rule}`}${got ? ` (got ${got})` : ''}${
		method ? ` (${method}${sentence && field ? `: ${field}` : ''})` : ''
	}`;
	return new KlaviyoValidationError(message, field, rule);
}

/**
 * What a value was, for a message: its type and size, never its content, which may be a private
 * key, an email or a whole body. `NaN`, `Infinity`, booleans and nullish values say themselves.
 */
export function summarize(value: unknown): string {
	const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
	if (typeof value === 'string') return `a string of ${count(value.length, 'character')}`;
	if (Array.isArray(value)) return `an array of ${count(value.length, 'item')}`;
	if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
	if (value === null || value === undefined || typeof value === 'boolean') return String(value);
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

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
	/**
	 * Seconds Klaviyo asked to wait before another attempt (`Retry-After`, or the words of its 429),
	 * when it said; read once, where the answer arrived (core/retry.ts's `retryAfterOf`).
	 */
	declare readonly retryAfter: number | undefined;

	constructor(statusCode: number, data?: unknown, context: ApiErrorContext = {}, retryAfter?: number) {
		let errors = (data as { errors?: JsonApiErrorObject[] } | null)?.errors;
		errors = Array.isArray(errors) ? errors : [];
		const why = errors[0] ? `: ${[errors[0].title, errors[0].detail].filter(Boolean).join(' ')}` : '';
		super(`Request failed with status code: ${statusCode}${where(context)}${why}`);
		Object.assign(this, context, { statusCode, data, errors, retryAfter });
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

/** 429. `retryAfter` is in seconds, from the `Retry-After` header (or the 429's words) when Klaviyo sent one. */
export class KlaviyoRateLimitError extends KlaviyoApiError {
	override name = 'KlaviyoRateLimitError';
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
	return new ErrorClass(status, data, context, retryAfter);
}
