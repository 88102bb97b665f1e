/**
 * Readable names for the JSON:API documents the private client sends and returns. Everything
 * here is an alias of a type generated from Klaviyo's spec (src/private/generated, revision
 * 2026-07-15), so results are typed exactly as Klaviyo documents them.
 */
import type { components as Events } from './generated/events.js';
import type { components as Lists } from './generated/lists.js';
import type { components as Metrics } from './generated/metrics.js';
import type { components as Profiles } from './generated/profiles.js';
import type { components as Segments } from './generated/segments.js';

type P = Profiles['schemas'];
type E = Events['schemas'];
type L = Lists['schemas'];
type M = Metrics['schemas'];

// Profiles
/** `GET /api/profiles/{id}`. */
export type ProfileDocument = P['GetProfileResponsePluralConversationsCompoundDocument'];
/** `GET /api/profiles` (one page). */
export type ProfilesPage = P['GetProfileResponsePluralConversationsCollectionCompoundDocument'];
/** `PATCH /api/profiles/{id}`. */
export type UpdatedProfileDocument = P['PatchProfileResponse'];
/** `POST /api/profile-import` (200 updated, 201 created). */
export type UpsertedProfileDocument = P['PostProfileResponse'];
/** Profile attributes as `/api/profile-import` and `/api/profile-bulk-import-jobs` take them. */
export type ProfileInput = NonNullable<P['ProfileUpsertQueryResourceObject']['attributes']>;
/** The `meta` of a profile upsert (`patch_properties`: append, unappend, unset). */
export type ProfileMeta = P['ProfileMeta'];
/** A profile bulk import job (`status`, `total_count`, `completed_count`, `failed_count`…). */
export type ImportJob = P['ProfileImportJobResponseObjectResource'];
/** `GET /api/profile-bulk-import-jobs/{id}`. */
export type ImportJobDocument = P['GetProfileImportJobResponseCompoundDocument'];
/** `POST /api/profile-bulk-import-jobs`. */
export type CreatedImportJobDocument = P['PostProfileImportJobResponse'];
/** Consent to give, per channel (`email.marketing.consent = 'SUBSCRIBED'`…). */
export type SubscriptionChannels = P['SubscriptionChannels'];
/** Consent to withdraw, per channel (`email.marketing.consent = 'UNSUBSCRIBED'`…). */
export type UnsubscriptionChannels = P['UnsubscriptionChannels'];

// Events and metrics
/** `GET /api/events` (one page), with `included` metrics and profiles. */
export type EventsPage = E['GetEventResponseCollectionCompoundDocument'];
/** `data.attributes` of `POST /api/events`. */
export type EventAttributes = E['EventCreateQueryV2ResourceObject']['attributes'];
/** `GET /api/metrics` (one page). */
export type MetricsPage = M['GetMetricResponseCollectionCompoundDocument'];
/** `POST /api/metric-aggregates`. */
export type MetricAggregateDocument = M['PostMetricAggregateResponse'];
/** `data.attributes` of `POST /api/metric-aggregates`. */
export type MetricAggregateQuery = M['MetricAggregateQueryResourceObject']['attributes'];

// Lists and segments
/** `GET /api/lists` (one page; `getLists()` merges them all). */
export type ListsPage = L['GetListListResponseCollectionCompoundDocument'];
/** `GET /api/lists/{id}`. */
export type ListDocument = L['GetListRetrieveResponseCompoundDocument'];
/** `POST /api/lists`. */
export type CreatedListDocument = L['PostListCreateResponse'];
/** `PATCH /api/lists/{id}`. */
export type UpdatedListDocument = L['PatchListPartialUpdateResponse'];
/** `GET /api/lists/{id}/profiles` (one page). */
export type ListMembersPage = L['GetListMemberResponseCollection'];
/** `GET /api/lists/{id}/relationships/profiles` (one page of ids). */
export type ListMemberIdsPage = L['GetListProfilesRelationshipsResponseCollection'];
/** `GET /api/segments/{id}/profiles` (one page). */
export type SegmentMembersPage = Segments['schemas']['GetSegmentMemberResponseCollection'];

/** What methods resolve with when Klaviyo answers 202/204 without a body (node-klaviyo's `{}`). */
export type Empty = Record<string, never>;
