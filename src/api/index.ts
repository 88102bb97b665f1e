/**
 * `klaviyo-edge/api`: all of Klaviyo's stable API (345 operations, revision 2026-07-15), one class
 * per tag of the spec, named as in the official SDK, each method named after its `operationId`.
 * Every class works on the connection `connect(key, options)` returns, so one rate limiter and one
 * set of options serve them all, and a bundle holds only the classes it imports.
 *
 *   import { CatalogsApi, connect } from 'klaviyo-edge/api';
 *   const catalogs = new CatalogsApi(connect(env.KLAVIYO_PRIVATE_KEY));
 *   for await (const item of catalogs.getCatalogItems({ filter: 'equals(published,true)' })) …
 *
 * An app connects with an account's OAuth session instead (`klaviyo-edge/oauth`):
 * `new CatalogsApi(connect(oauth.session(accountId)))`.
 */
export {
	type JsonApiErrorObject,
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
export type { ClientOptions, RequestOptions } from '../core/options.js';
export { PagePromise } from '../core/pagination.js';
export type { BulkChunk, BulkResult } from '../private/bulk.js';
export { connect, type PrivateOptions } from '../private/connection.js';
export {
	and,
	any,
	checkFilter,
	contains,
	endsWith,
	equals,
	type FilterValue,
	greaterOrEqual,
	greaterThan,
	has,
	lessOrEqual,
	lessThan,
	startsWith,
} from '../private/filter.js';
export { type RateLimit, RateLimiter, type RateLimiterOptions } from '../private/rate-limiter.js';
export type { Session } from '../private/session.js';
export { type BulkItem, type BulkJobOptions, type BulkJobType, bulkJobs } from './bulk-jobs.js';
export * from './generated/index.js';
export type { components, operations, paths } from './generated/openapi.js';
export { type JobDocument, type JobLike, type WaitOptions, waitForJob } from './jobs.js';
export { type Route, type RouteInit, request, type UntypedInit } from './request.js';
export { ApiResource, type Connection } from './resource.js';
export type { Body, OperationId, Options, Result } from './types.js';
