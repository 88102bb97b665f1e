/**
 * Which handler answers an operation: a hand-modelled one (this table: accounts, profiles, lists,
 * events, metrics, segments, consent, bulk import, data privacy), else a document synthesized
 * from the spec's response schema. Every operation is routed and validated before this.
 */
import type { Handler } from '../context.js';
import { type Role, resourceModel } from '../resource-model.js';
import type { Operation } from '../spec.js';
import { getAccount, getAccounts } from './accounts.js';
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
import { assignTemplateToCampaignMessage } from './campaign-messages.js';
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
import { genericHandler } from './generic.js';
import { uploadImageFromFile } from './images.js';
import { cancelCampaignSend, createJob, jobReader } from './jobs.js';
import {
	addProfilesToList,
	createList,
	deleteList,
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
	mergeProfiles,
	patchProfile,
} from './profiles.js';
import { createClientReview, getClientReviews, getClientReviewValuesReports } from './reviews.js';
import {
	createSegment,
	deleteSegment,
	getProfileIdsForSegment,
	getProfilesForSegment,
	getSegment,
	getSegments,
	updateSegment,
} from './segments.js';
import { bulkSubscribeProfiles, bulkUnsubscribeProfiles, createClientSubscription } from './subscriptions.js';
import { synthesized } from './synthesized.js';

export const handlers: Record<string, Handler> = {
	// Accounts
	get_accounts: getAccounts,
	get_account: getAccount,
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
	merge_profiles: mergeProfiles,
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
	// Segments
	get_segments: getSegments,
	create_segment: createSegment,
	get_segment: getSegment,
	update_segment: updateSegment,
	delete_segment: deleteSegment,
	get_profiles_for_segment: getProfilesForSegment,
	get_profile_ids_for_segment: getProfileIdsForSegment,
	// Campaigns
	assign_template_to_campaign_message: assignTemplateToCampaignMessage,
	// Images
	upload_image_from_file: uploadImageFromFile,
	// Data privacy
	request_profile_deletion: requestProfileDeletion,
};

const chosen = new Map<string, Handler>();

/** The hand-written handler, else the generic store's (jobs included), else a synthesized answer. */
export function handlerFor(operation: Operation): Handler {
	let handler = chosen.get(operation.id);
	if (!handler) {
		handler = handlers[operation.id] ?? modelledBy(resourceModel().roles.get(operation.id)) ?? synthesized;
		chosen.set(operation.id, handler);
	}
	return handler;
}

function modelledBy(role: Role | undefined): Handler | undefined {
	if (!role) return undefined;
	if (role.kind === 'job') return createJob;
	if (role.type === 'campaign-send-job' && role.kind === 'update') return cancelCampaignSend;
	if (role.type.endsWith('-job') && role.kind === 'read') return jobReader(role.type);
	return genericHandler(role);
}

/** How the emulator answers each operation: `modelled` (its state) or `synthesized` (from the spec's schemas). */
export function coverageOf(operation: Operation): 'modelled' | 'synthesized' {
	return handlerFor(operation) === synthesized ? 'synthesized' : 'modelled';
}
