/**
 * `klaviyo-edge/klaviyo-api`: code written for Klaviyo's official `klaviyo-api` package runs with
 * only its import changed, on fetch (Workers, Deno, Bun, browsers' servers, Node):
 *
 *   import { ApiKeySession, ProfileEnum, ProfilesApi } from 'klaviyo-edge/klaviyo-api';
 *   const profiles = new ProfilesApi(new ApiKeySession(env.KLAVIYO_PRIVATE_KEY));
 *   const { body } = await profiles.createProfile({ data: { type: ProfileEnum.Profile, attributes: { email } } });
 *
 * Every class, method and method alias of klaviyo-api 23 sends through klaviyo-edge/api (same
 * requests, Klaviyo's retry rules and rate limits); bodies in its camelCase, results as
 * `{ response, body }`, errors with `error.response.status`. docs/migration.md ("From
 * klaviyo-api") lists what differs and why.
 */

export {
	KlaviyoApiError,
	KlaviyoAuthenticationError,
	KlaviyoConfigurationError,
	KlaviyoConnectionError,
	KlaviyoError,
	KlaviyoRateLimitError,
	KlaviyoServerError,
	KlaviyoTimeoutError,
	KlaviyoValidationError,
} from '../core/errors.js';
export { RateLimiter } from '../private/rate-limiter.js';
export type { KlaviyoResponse } from './errors.js';
export type { FileLike, FileLike as RequestFile } from './files.js';
export { FilterBuilder } from './filter-builder.js';
export * from './generated/enums.js';
export * from './generated/globals.js';
export * from './generated/index.js';
export type * from './generated/models.js';
export {
	type CreatedTokens,
	isKlaviyoTokenError,
	KlaviyoErrorName,
	KlaviyoTokenError,
	OAuthApi,
	type OAuthCallbackQueryParams,
	OAuthSession,
	Pkce,
	type RetrievedTokens,
	type TokenStorage,
} from './oauth.js';
export type { Options, Reply, Session } from './resource.js';
export {
	ApiKeySession,
	ConfigWrapper,
	GlobalApiKeySession,
	GlobalApiKeySettings,
	OAuthBasicSession,
	RetryWithExponentialBackoff,
	type SessionOptions,
} from './sessions.js';
