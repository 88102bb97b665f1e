import { KlaviyoError } from '../core/errors.js';

/**
 * What can go wrong with an app's OAuth, in `code`:
 * - `not_connected`: no tokens for the account (never installed, uninstalled, or revoked earlier);
 * - `invalid_grant`: Klaviyo refused a code or a refresh token. On refresh this means the shop
 *   uninstalled the app or Klaviyo revoked its access: the account's tokens are deleted, the shop
 *   has to install the app again;
 * - `state_mismatch`: a callback whose `state` is not the one the app started with (a forged or
 *   stale link); `access_denied` (or another OAuth `error`): the shop did not grant access;
 * - `invalid_client`: Klaviyo did not accept the client id and secret;
 * - `bad_token_response`, `invalid_stored_tokens`: what Klaviyo answered, or the storage returned,
 *   is not a usable set of tokens; `storage_failed`: the storage threw (`cause`).
 * Never carries a token, a code, a verifier or the client secret.
 */
export class KlaviyoOAuthError extends KlaviyoError {
	override name = 'KlaviyoOAuthError';
	declare readonly code: string;
	/** The app's id of the account, when the error is about one. */
	declare readonly accountId: string | undefined;
	/** The HTTP status of Klaviyo's answer, when there was one. */
	declare readonly status: number | undefined;

	constructor(
		code: string,
		message: string,
		{ accountId, status, cause }: { accountId?: string; status?: number; cause?: unknown } = {},
	) {
		super(message, cause === undefined ? undefined : { cause });
		Object.assign(this, { code, accountId, status });
	}
}
