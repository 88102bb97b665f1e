/**
 * `klaviyo-edge/private`: the server side, for a private API key. node-klaviyo's profiles,
 * metrics, lists and data-privacy methods on Klaviyo's current API, plus events, upserts, bulk
 * imports and consent jobs.
 *
 *   import { PrivateClient } from 'klaviyo-edge/private';
 *   const klaviyo = new PrivateClient(env.KLAVIYO_PRIVATE_KEY);
 *   await klaviyo.events.create({ event: 'Ordered Pizza', email: 'dave@example.com', properties: { $value: 23.99 } });
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
export {
	type ClientOptions,
	DEFAULT_BASE_URL,
	DEFAULT_REVISION,
	type RequestOptions,
} from '../core/options.js';
export { PagePromise } from '../core/pagination.js';
export type { LegacyEvent } from '../protocol/legacy.js';
export { type BulkChunk, type BulkResult, LIMITS } from './bulk.js';
export { PrivateClient } from './client.js';
export { connect, type PrivateOptions } from './connection.js';
export type { LegacyListProfile, UnsentField } from './legacy-list-profiles.js';
export type { ImportOptions, WaitOptions } from './profile-import.js';
export { type RateLimit, RateLimiter, type RateLimiterOptions } from './rate-limiter.js';
export { DataPrivacy, type DeletionRequest } from './resources/data-privacy.js';
export { Events } from './resources/events.js';
export {
	type AddMembersResult,
	type Identifiers,
	Lists,
	type SubscribeToListResult,
} from './resources/lists.js';
export { type MetricExportOptions, Metrics } from './resources/metrics.js';
export { Profiles } from './resources/profiles.js';
export type { Session } from './session.js';
export type {
	SubscribeOptions,
	SubscribeProfile,
	UnsubscribeOptions,
	UnsubscribeProfile,
} from './subscriptions.js';
export type { TimelineOptions } from './timeline.js';
export type { CallOptions, Query, Transport } from './transport.js';
export type * from './types.js';
