/**
 * Request bodies, typed from the spec, so that a body the SDK builds in the wrong shape fails
 * the typecheck rather than Klaviyo's validation. Internal: callers never build these.
 */
import type { components as DataPrivacy } from './generated/data-privacy.js';
import type { components as Events } from './generated/events.js';
import type { components as Lists } from './generated/lists.js';
import type { components as Metrics } from './generated/metrics.js';
import type { components as Profiles } from './generated/profiles.js';

type P = Profiles['schemas'];

export type ProfileUpdateBody = P['ProfilePartialUpdateQuery'];
export type ProfileUpsertBody = P['ProfileUpsertQuery'];
export type ProfileImportBody = P['ProfileImportJobCreateQuery'];
export type ImportedProfile = P['ProfileUpsertQueryResourceObject'];
export type SubscribeBody = P['SubscriptionCreateJobCreateQuery'];
export type SubscribedProfile = P['ProfileSubscriptionCreateQueryResourceObject'];
export type UnsubscribeBody = P['SubscriptionDeleteJobCreateQuery'];
export type UnsubscribedProfile = P['ProfileSubscriptionDeleteQueryResourceObject'];
export type EventBody = Events['schemas']['EventCreateQueryV2'];
export type EventBulkBody = Events['schemas']['EventsBulkCreateJob'];
export type EventBulkEntry = Events['schemas']['EventsBulkCreateQueryResourceObject'];
export type EventBulkItem = Events['schemas']['BaseEventCreateQueryBulkEntryResourceObject'];
export type MetricAggregateBody = Metrics['schemas']['MetricAggregateQuery'];
export type ListCreateBody = Lists['schemas']['ListCreateQuery'];
export type ListUpdateBody = Lists['schemas']['ListPartialUpdateQuery'];
export type ListMembersBody = Lists['schemas']['ListMembersDeleteQuery'];
export type DeletionJobBody = DataPrivacy['schemas']['DataPrivacyCreateDeletionJobQuery'];
