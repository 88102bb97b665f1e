// Types of `require('klaviyo-edge')` (see index.cjs): the Klaviyo class, whose namespace holds every
// named export of the package root, as values and as types. Keep it in step with src/index.ts:
// test/runtimes/examples.test.ts fails, naming the export, when the two differ.
import sdk = require('../dist/index.cjs');

declare class Klaviyo extends sdk.Klaviyo {
	/** The class itself, for code compiled from `import Klaviyo from 'klaviyo-edge'`. */
	static readonly default: typeof sdk.Klaviyo;
}
declare namespace Klaviyo {
	export import BulkChunk = sdk.BulkChunk;
	export import BulkResult = sdk.BulkResult;
	export import ClientOptions = sdk.ClientOptions;
	export import CreatedImportJobDocument = sdk.CreatedImportJobDocument;
	export import CreatedListDocument = sdk.CreatedListDocument;
	export import DEFAULT_BASE_URL = sdk.DEFAULT_BASE_URL;
	export import DEFAULT_REVISION = sdk.DEFAULT_REVISION;
	export import DataPrivacy = sdk.DataPrivacy;
	export import DeletionRequest = sdk.DeletionRequest;
	export import Empty = sdk.Empty;
	export import EventAttributes = sdk.EventAttributes;
	export import Events = sdk.Events;
	export import EventsPage = sdk.EventsPage;
	export import Identifiers = sdk.Identifiers;
	export import ImportJob = sdk.ImportJob;
	export import ImportJobDocument = sdk.ImportJobDocument;
	export import ImportOptions = sdk.ImportOptions;
	export import JsonApiErrorObject = sdk.JsonApiErrorObject;
	export import Klaviyo = sdk.Klaviyo;
	export import KlaviyoApiError = sdk.KlaviyoApiError;
	export import KlaviyoAuthenticationError = sdk.KlaviyoAuthenticationError;
	export import KlaviyoConfigurationError = sdk.KlaviyoConfigurationError;
	export import KlaviyoConnectionError = sdk.KlaviyoConnectionError;
	export import KlaviyoError = sdk.KlaviyoError;
	export import KlaviyoOptions = sdk.KlaviyoOptions;
	export import KlaviyoRateLimitError = sdk.KlaviyoRateLimitError;
	export import KlaviyoServerError = sdk.KlaviyoServerError;
	export import KlaviyoTimeoutError = sdk.KlaviyoTimeoutError;
	export import KlaviyoValidationError = sdk.KlaviyoValidationError;
	export import LIMITS = sdk.LIMITS;
	export import LegacyEvent = sdk.LegacyEvent;
	export import LegacyListProfile = sdk.LegacyListProfile;
	export import ListDocument = sdk.ListDocument;
	export import ListMemberIdsPage = sdk.ListMemberIdsPage;
	export import ListMembersPage = sdk.ListMembersPage;
	export import Lists = sdk.Lists;
	export import ListsPage = sdk.ListsPage;
	export import MetricAggregateDocument = sdk.MetricAggregateDocument;
	export import MetricAggregateQuery = sdk.MetricAggregateQuery;
	export import MetricExportOptions = sdk.MetricExportOptions;
	export import Metrics = sdk.Metrics;
	export import MetricsPage = sdk.MetricsPage;
	export import PagePromise = sdk.PagePromise;
	export import PrivateClient = sdk.PrivateClient;
	export import PrivateOptions = sdk.PrivateOptions;
	export import ProfileDocument = sdk.ProfileDocument;
	export import ProfileInput = sdk.ProfileInput;
	export import ProfileMeta = sdk.ProfileMeta;
	export import Profiles = sdk.Profiles;
	export import ProfilesPage = sdk.ProfilesPage;
	export import PublicClient = sdk.PublicClient;
	export import RateLimit = sdk.RateLimit;
	export import RateLimiter = sdk.RateLimiter;
	export import RateLimiterOptions = sdk.RateLimiterOptions;
	export import RequestOptions = sdk.RequestOptions;
	export import SegmentMembersPage = sdk.SegmentMembersPage;
	export import SubscribeOptions = sdk.SubscribeOptions;
	export import SubscribeProfile = sdk.SubscribeProfile;
	export import SubscribeToListResult = sdk.SubscribeToListResult;
	export import SubscriptionChannels = sdk.SubscriptionChannels;
	export import TimelineOptions = sdk.TimelineOptions;
	export import UnsubscribeOptions = sdk.UnsubscribeOptions;
	export import UnsubscribeProfile = sdk.UnsubscribeProfile;
	export import UnsubscriptionChannels = sdk.UnsubscriptionChannels;
	export import UpdatedListDocument = sdk.UpdatedListDocument;
	export import UpdatedProfileDocument = sdk.UpdatedProfileDocument;
	export import UpsertedProfileDocument = sdk.UpsertedProfileDocument;
	export import WaitOptions = sdk.WaitOptions;
}

export = Klaviyo;
