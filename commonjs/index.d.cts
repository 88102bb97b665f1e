// Types of `require('klaviyo-edge')` (see index.cjs): the Klaviyo class, whose namespace holds every
// named export of the package root (`export import` for values, `export type` for types). The
// namespace is generated: after changing src/index.ts's exports, `npx tsup && npm run
// gen:commonjs-types` (test/runtimes/node-klaviyo-readme.test.ts names any export missing here).
import sdk = require('../dist/index.cjs');

declare class Klaviyo extends sdk.Klaviyo {
	/** The class itself, for code compiled from `import Klaviyo from 'klaviyo-edge'`. */
	static readonly default: typeof sdk.Klaviyo;
}
declare namespace Klaviyo {
	export type AddMembersResult = sdk.AddMembersResult;
	export type BulkChunk = sdk.BulkChunk;
	export type BulkResult = sdk.BulkResult;
	export type CallOptions = sdk.CallOptions;
	export type ClientOptions = sdk.ClientOptions;
	export type CreatedImportJobDocument = sdk.CreatedImportJobDocument;
	export type CreatedListDocument = sdk.CreatedListDocument;
	export import DEFAULT_BASE_URL = sdk.DEFAULT_BASE_URL;
	export import DEFAULT_REVISION = sdk.DEFAULT_REVISION;
	export import DataPrivacy = sdk.DataPrivacy;
	export type DeletionRequest = sdk.DeletionRequest;
	export type Empty = sdk.Empty;
	export type EventAttributes = sdk.EventAttributes;
	export import Events = sdk.Events;
	export type EventsPage = sdk.EventsPage;
	export type Identifiers = sdk.Identifiers;
	export type ImportJob = sdk.ImportJob;
	export type ImportJobDocument = sdk.ImportJobDocument;
	export type ImportOptions = sdk.ImportOptions;
	export type JsonApiErrorObject = sdk.JsonApiErrorObject;
	export import Klaviyo = sdk.Klaviyo;
	export import KlaviyoApiError = sdk.KlaviyoApiError;
	export import KlaviyoAuthenticationError = sdk.KlaviyoAuthenticationError;
	export import KlaviyoConfigurationError = sdk.KlaviyoConfigurationError;
	export import KlaviyoConnectionError = sdk.KlaviyoConnectionError;
	export import KlaviyoError = sdk.KlaviyoError;
	export type KlaviyoOptions = sdk.KlaviyoOptions;
	export import KlaviyoRateLimitError = sdk.KlaviyoRateLimitError;
	export import KlaviyoServerError = sdk.KlaviyoServerError;
	export import KlaviyoTimeoutError = sdk.KlaviyoTimeoutError;
	export import KlaviyoValidationError = sdk.KlaviyoValidationError;
	export import LIMITS = sdk.LIMITS;
	export type LegacyEvent = sdk.LegacyEvent;
	export type LegacyListProfile = sdk.LegacyListProfile;
	export type LimitOutcome = sdk.LimitOutcome;
	export type Limiter = sdk.Limiter;
	export type ListDocument = sdk.ListDocument;
	export type ListMemberIdsPage = sdk.ListMemberIdsPage;
	export type ListMembersPage = sdk.ListMembersPage;
	export import Lists = sdk.Lists;
	export type ListsPage = sdk.ListsPage;
	export type MetricAggregateDocument = sdk.MetricAggregateDocument;
	export type MetricAggregateQuery = sdk.MetricAggregateQuery;
	export type MetricExportOptions = sdk.MetricExportOptions;
	export import Metrics = sdk.Metrics;
	export type MetricsPage = sdk.MetricsPage;
	export import PagePromise = sdk.PagePromise;
	export import PrivateClient = sdk.PrivateClient;
	export type PrivateOptions = sdk.PrivateOptions;
	export type ProfileDocument = sdk.ProfileDocument;
	export type ProfileInput = sdk.ProfileInput;
	export type ProfileMeta = sdk.ProfileMeta;
	export import Profiles = sdk.Profiles;
	export type ProfilesPage = sdk.ProfilesPage;
	export import PublicClient = sdk.PublicClient;
	export type Query = sdk.Query;
	export type Rate = sdk.Rate;
	export type RateLimit = sdk.RateLimit;
	export import RateLimiter = sdk.RateLimiter;
	export type RateLimiterOptions = sdk.RateLimiterOptions;
	export type RequestOptions = sdk.RequestOptions;
	export type SegmentMembersPage = sdk.SegmentMembersPage;
	export type Session = sdk.Session;
	export type SubscribeOptions = sdk.SubscribeOptions;
	export type SubscribeProfile = sdk.SubscribeProfile;
	export type SubscribeToListResult = sdk.SubscribeToListResult;
	export type SubscriptionChannels = sdk.SubscriptionChannels;
	export type TimelineOptions = sdk.TimelineOptions;
	export import Transport = sdk.Transport;
	export type UnsentField = sdk.UnsentField;
	export type UnsubscribeOptions = sdk.UnsubscribeOptions;
	export type UnsubscribeProfile = sdk.UnsubscribeProfile;
	export type UnsubscriptionChannels = sdk.UnsubscriptionChannels;
	export type UpdatedListDocument = sdk.UpdatedListDocument;
	export type UpdatedProfileDocument = sdk.UpdatedProfileDocument;
	export type UpsertedProfileDocument = sdk.UpsertedProfileDocument;
	export type WaitOptions = sdk.WaitOptions;
	export import connect = sdk.connect;
}

export = Klaviyo;
