/**
 * Klaviyo's JSON:API error documents. Every non-2xx answer the emulator gives (except a
 * fault rule with a custom body) uses this shape, so SDK error parsing is exercised for real:
 *
 *   {"errors":[{"id":"<uuid>","status":400,"code":"invalid","title":"Invalid input.",
 *               "detail":"...","source":{"pointer":"/data/attributes/email"}}]}
 */
import { uuid } from './ids.js';

export interface ErrorSource {
	pointer?: string;
	parameter?: string;
}

export interface JsonApiErrorObject {
	id: string;
	status: number;
	code: string;
	title: string;
	detail: string;
	source?: ErrorSource;
	links?: Record<string, never>;
	meta?: Record<string, unknown>;
}

/** Titles as Klaviyo words them for each error code. */
const TITLES: Record<string, string> = {
	invalid: 'Invalid input.',
	parse_error: 'Malformed request.',
	not_authenticated: 'Authentication credentials were not provided.',
	authentication_failed: 'Incorrect authentication credentials.',
	permission_denied: 'You do not have permission to perform this action.',
	not_found: 'Not found.',
	method_not_allowed: 'Method not allowed.',
	conflict: 'Conflict.',
	duplicate_profile: 'Conflict.',
	gone: 'Gone.',
	payload_too_large: 'Request entity too large.',
	unsupported_media_type: 'Unsupported media type.',
	throttled: 'Request was throttled.',
	error: 'A server error occurred.',
	not_implemented: 'Not implemented.',
	service_unavailable: 'Service unavailable.',
};

/** The error code Klaviyo uses for a bare HTTP status (used for injected faults). */
export function codeForStatus(status: number): string {
	const byStatus: Record<number, string> = {
		400: 'invalid',
		401: 'not_authenticated',
		403: 'permission_denied',
		404: 'not_found',
		405: 'method_not_allowed',
		409: 'conflict',
		410: 'gone',
		413: 'payload_too_large',
		415: 'unsupported_media_type',
		429: 'throttled',
		501: 'not_implemented',
		503: 'service_unavailable',
	};
	return byStatus[status] ?? (status >= 500 ? 'error' : 'invalid');
}

export function errorObject(
	status: number,
	code: string,
	detail: string,
	source?: ErrorSource,
	meta?: Record<string, unknown>,
): JsonApiErrorObject {
	const error: JsonApiErrorObject = { id: uuid(), status, code, title: TITLES[code] ?? 'Error.', detail };
	if (source) error.source = source;
	if (meta) {
		error.links = {};
		error.meta = meta;
	}
	return error;
}

export const errorDocument = (errors: JsonApiErrorObject[]) => ({ errors });

/**
 * Thrown by handlers to answer with an error document. `violation` says whether the
 * request broke a documented rule of the API (a spec violation the SDK should never
 * commit) as opposed to a legitimate runtime outcome such as "profile not found".
 */
export class ApiError extends Error {
	readonly status: number;
	readonly errors: JsonApiErrorObject[];
	readonly violation: boolean;

	constructor(errors: JsonApiErrorObject[], violation?: boolean) {
		super(errors.map((e) => e.detail).join('; '));
		this.name = 'ApiError';
		this.status = errors[0]?.status ?? 500;
		this.errors = errors;
		this.violation = violation ?? this.status === 400;
	}
}

export const badRequest = (detail: string, source?: ErrorSource) =>
	new ApiError([errorObject(400, 'invalid', detail, source)]);

export const notFound = (detail: string) => new ApiError([errorObject(404, 'not_found', detail)]);

export const conflict = (detail: string, source?: ErrorSource) =>
	new ApiError([errorObject(409, 'conflict', detail, source)], true);

/** Klaviyo's answer when identifiers given for a profile already belong to another profile. */
export const duplicateProfile = (existingId: string) =>
	new ApiError(
		[
			errorObject(
				409,
				'duplicate_profile',
				'A profile already exists with one of these identifiers.',
				{ pointer: '/data/attributes' },
				{ duplicate_profile_id: existingId },
			),
		],
		false,
	);

/** Runs a check that may throw ApiError and appends its errors instead, to report them all at once. */
export function collectErrors(errors: JsonApiErrorObject[], check: () => void): void {
	try {
		check();
	} catch (error) {
		if (!(error instanceof ApiError)) throw error;
		errors.push(...error.errors);
	}
}
