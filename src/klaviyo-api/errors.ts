/**
 * Errors in the shape klaviyo-api's users catch: it throws axios's errors, so code reads
 * `error.response.status`, `error.response.statusText`, `error.response.data` (the document as
 * Klaviyo sent it) and checks `isAxiosError`. Ours stay the typed klaviyo-edge errors
 * (`KlaviyoApiError`, `KlaviyoRateLimitError`…) and gain those members. Like every klaviyo-edge
 * error, none holds the request or its headers (axios's `error.config` carries the key; ours has none).
 */
import { KlaviyoApiError, KlaviyoConnectionError, KlaviyoTimeoutError } from '../core/errors.js';

/** What `response` holds, on a result and on an error: axios's members that klaviyo-api's users read. */
export interface KlaviyoResponse {
	status: number;
	statusText: string;
	/** Lower-case names, as axios gives them. */
	headers: Record<string, string>;
	/** The document as Klaviyo sent it (snake_case), as axios's `response.data`. */
	data: unknown;
}

export const responseOf = (response: Response | undefined, data: unknown): KlaviyoResponse => ({
	status: response?.status ?? 0,
	statusText: response?.statusText ?? '',
	headers: Object.fromEntries(response?.headers ?? []),
	data,
});

/** Adds axios's members to an error of a request; anything else (a refusal before sending) is left as is. */
export function asAxiosError(error: unknown, response: Response | undefined): unknown {
	if (error instanceof KlaviyoApiError) {
		Object.assign(error, {
			isAxiosError: true,
			code: error.statusCode >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
			response: responseOf(response, error.data),
		});
	} else if (error instanceof KlaviyoConnectionError) {
		Object.assign(error, {
			isAxiosError: true,
			code: error instanceof KlaviyoTimeoutError ? 'ECONNABORTED' : 'ERR_NETWORK',
		});
	}
	return error;
}
