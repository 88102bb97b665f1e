/**
 * operationId → handler. Operations in the spec but not listed here (push
 * tokens, custom metrics, …) are still routed and validated, then answered with
 * 501 not_implemented so a test notices it is relying on something not emulated.
 */
import type { Handler } from '../context.js';
import { createClientBackInStockSubscription } from './back-in-stock.js';
import {
	bulkImportProfiles,
	getBulkImportJob,
	getBulkImportJobs,
	getImportErrors,
	getImportedProfileIds,
	getImportedProfiles,
	getImportJobListIds,
	getImportJobLists,
} from './bulk-import.js';
import { requestProfileDeletion } from './data-privacy.js';
import {
	bulkCreateClientEvents,
	bulkCreateEvents,
	createEvent,
	getEvent,
	getEvents,
	getMetricForEvent,
	getMetricIdForEvent,
	getProfileForEvent,
	getProfileIdForEvent,
} from './events.js';
import {
	addProfilesToList,
	createList,
	deleteList,
	getEmptyListRelation,
	getList,
	getLists,
	getProfileIdsForList,
	getProfilesForList,
	removeProfilesFromList,
	updateList,
} from './lists.js';
import { queryMetricAggregates } from './metric-aggregates.js';
import { getMetric, getMetrics } from './metrics.js';
import {
	createClientProfile,
	createOrUpdateProfile,
	createProfile,
	getListIdsForProfile,
	getListsForProfile,
	getProfile,
	getProfiles,
	getSegmentIdsForProfile,
	getSegmentsForProfile,
	patchProfile,
} from './profiles.js';
import { createClientReview, getClientReviews, getClientReviewValuesReports } from './reviews.js';
import {
	deleteSegment,
	getEmptySegmentRelation,
	getProfileIdsForSegment,
	getProfilesForSegment,
	getSegment,
	getSegments,
	updateSegment,
} from './segments.js';
import { bulkSubscribeProfiles, bulkUnsubscribeProfiles, createClientSubscription } from './subscriptions.js';

export const handlers: Record<string, Handler> = {
	// Client (public key)
	create_client_profile: createClientProfile,
	create_client_event: createEvent,
	bulk_create_client_events: bulkCreateClientEvents,
	create_client_subscription: createClientSubscription,
	create_client_back_in_stock_subscription: createClientBackInStockSubscription,
	get_client_reviews: getClientReviews,
	create_client_review: createClientReview,
	get_client_review_values_reports: getClientReviewValuesReports,
	// Profiles
	get_profiles: getProfiles,
	create_profile: createProfile,
	get_profile: getProfile,
	update_profile: patchProfile,
	create_or_update_profile: createOrUpdateProfile,
	get_lists_for_profile: getListsForProfile,
	get_list_ids_for_profile: getListIdsForProfile,
	get_segments_for_profile: getSegmentsForProfile,
	get_segment_ids_for_profile: getSegmentIdsForProfile,
	// Consent
	bulk_subscribe_profiles: bulkSubscribeProfiles,
	bulk_unsubscribe_profiles: bulkUnsubscribeProfiles,
	// Bulk import
	bulk_import_profiles: bulkImportProfiles,
	get_bulk_import_profiles_job: getBulkImportJob,
	get_bulk_import_profiles_jobs: getBulkImportJobs,
	get_errors_for_bulk_import_profiles_job: getImportErrors,
	get_profiles_for_bulk_import_profiles_job: getImportedProfiles,
	get_profile_ids_for_bulk_import_profiles_job: getImportedProfileIds,
	get_list_for_bulk_import_profiles_job: getImportJobLists,
	get_list_ids_for_bulk_import_profiles_job: getImportJobListIds,
	// Events
	create_event: createEvent,
	bulk_create_events: bulkCreateEvents,
	get_events: getEvents,
	get_event: getEvent,
	get_metric_for_event: getMetricForEvent,
	get_metric_id_for_event: getMetricIdForEvent,
	get_profile_for_event: getProfileForEvent,
	get_profile_id_for_event: getProfileIdForEvent,
	// Metrics
	get_metrics: getMetrics,
	get_metric: getMetric,
	query_metric_aggregates: queryMetricAggregates,
	// Lists
	get_lists: getLists,
	create_list: createList,
	get_list: getList,
	update_list: updateList,
	delete_list: deleteList,
	add_profiles_to_list: addProfilesToList,
	remove_profiles_from_list: removeProfilesFromList,
	get_profiles_for_list: getProfilesForList,
	get_profile_ids_for_list: getProfileIdsForList,
	get_tags_for_list: getEmptyListRelation,
	get_tag_ids_for_list: getEmptyListRelation,
	get_flows_triggered_by_list: getEmptyListRelation,
	get_ids_for_flows_triggered_by_list: getEmptyListRelation,
	// Segments
	get_segments: getSegments,
	get_segment: getSegment,
	update_segment: updateSegment,
	delete_segment: deleteSegment,
	get_profiles_for_segment: getProfilesForSegment,
	get_profile_ids_for_segment: getProfileIdsForSegment,
	get_tags_for_segment: getEmptySegmentRelation,
	get_tag_ids_for_segment: getEmptySegmentRelation,
	get_flows_triggered_by_segment: getEmptySegmentRelation,
	get_ids_for_flows_triggered_by_segment: getEmptySegmentRelation,
	// Data privacy
	request_profile_deletion: requestProfileDeletion,
};
