/**
 * The emulated account's records. These are the emulator's internal shapes; the JSON:API
 * documents sent to clients are built from them in resources.ts.
 */

export type Consent = 'SUBSCRIBED' | 'UNSUBSCRIBED' | 'NEVER_SUBSCRIBED';

export type SuppressionReason =
	| 'HARD_BOUNCE'
	| 'INVALID_EMAIL'
	| 'SPAM_COMPLAINT'
	| 'UNSUBSCRIBE'
	| 'USER_SUPPRESSED';

export interface Suppression {
	reason: SuppressionReason;
	timestamp: string;
}

export interface ListSuppression {
	list_id: string;
	reason: string;
	timestamp: string;
}

export interface ChannelConsent {
	consent: Consent;
	consent_timestamp: string | null;
	last_updated: string | null;
	method: string | null;
	method_detail: string | null;
}

export interface EmailMarketing extends ChannelConsent {
	custom_method_detail: string | null;
	double_optin: boolean | null;
	suppression: Suppression[];
	list_suppressions: ListSuppression[];
}

export interface Subscriptions {
	email: { marketing: EmailMarketing };
	sms: { marketing: ChannelConsent; transactional: ChannelConsent };
	mobile_push: { marketing: ChannelConsent };
}

export interface ProfileLocation {
	address1?: string | null;
	address2?: string | null;
	city?: string | null;
	country?: string | null;
	latitude?: string | number | null;
	longitude?: string | number | null;
	region?: string | null;
	zip?: string | null;
	timezone?: string | null;
	ip?: string | null;
}

/** Attributes a client can write on a profile (all optional; `null` clears). */
export interface ProfileAttributes {
	email?: string | null;
	phone_number?: string | null;
	external_id?: string | null;
	anonymous_id?: string | null;
	_kx?: string | null;
	first_name?: string | null;
	last_name?: string | null;
	organization?: string | null;
	locale?: string | null;
	title?: string | null;
	image?: string | null;
	location?: ProfileLocation | null;
	properties?: Record<string, unknown> | null;
}

export interface Profile {
	id: string;
	email: string | null;
	phone_number: string | null;
	external_id: string | null;
	anonymous_id: string | null;
	_kx: string | null;
	first_name: string | null;
	last_name: string | null;
	organization: string | null;
	locale: string | null;
	title: string | null;
	image: string | null;
	location: ProfileLocation;
	properties: Record<string, unknown>;
	created: string;
	updated: string;
	last_event_date: string | null;
	subscriptions: Subscriptions;
	push_tokens: string[];
}

export interface Metric {
	id: string;
	name: string;
	created: string;
	updated: string;
	integration: { object: 'integration'; id: string; name: string; category: string };
}

export interface KlaviyoEvent {
	id: string;
	uuid: string;
	metric_id: string;
	profile_id: string;
	/** The event time as the request gave it (or when it was received, if omitted). */
	time: string;
	/** The event time truncated to the second, as Klaviyo reports it (`…+00:00`). */
	datetime: string;
	/** Unix seconds. */
	timestamp: number;
	value: number | null;
	value_currency: string | null;
	/** The effective dedupe key: the given `unique_id`, or the event time to the second. */
	unique_id: string;
	/** Whether `unique_id` was supplied by the caller (then it shows as `$event_id`). */
	unique_id_given: boolean;
	properties: Record<string, unknown>;
	backfill: boolean;
	/** When the emulator received it. */
	received: string;
}

export type OptInProcess = 'single_opt_in' | 'double_opt_in';

export interface List {
	id: string;
	name: string;
	created: string;
	updated: string;
	opt_in_process: OptInProcess;
	/** profile id → when it (most recently) joined. */
	members: Map<string, string>;
}

export interface Segment {
	id: string;
	name: string;
	created: string;
	updated: string;
	is_active: boolean;
	is_processing: boolean;
	is_starred: boolean;
	members: Map<string, string>;
}

export type JobStatus = 'queued' | 'processing' | 'complete' | 'cancelled';

export interface ImportError {
	id: string;
	code: string;
	title: string;
	detail: string;
	source: { pointer: string };
	original_payload: Record<string, unknown>;
}

/** Input of one profile in a bulk import job, kept until the job "runs". */
export interface ImportJobEntry {
	id?: string | null;
	attributes: ProfileAttributes;
	meta?: ProfileMeta | null;
}

export interface ImportJob {
	id: string;
	status: JobStatus;
	total_count: number;
	completed_count: number;
	failed_count: number;
	created_at: string;
	started_at: string | null;
	completed_at: string | null;
	expires_at: string | null;
	list_ids: string[];
	/** Profiles created or updated by the job (filled when it completes). */
	profile_ids: string[];
	errors: ImportError[];
	/** GETs seen so far; drives queued → processing → complete. */
	polls: number;
	pending: ImportJobEntry[];
}

export interface DeletionJob {
	id: string;
	requested_at: string;
	identifier: { type: 'email' | 'phone_number' | 'id'; value: string };
	deleted_profile_ids: string[];
}

/** A double opt-in subscription waiting for the person to confirm. */
export interface PendingOptIn {
	id: string;
	profile_id: string;
	list_id: string;
	channels: Array<'email' | 'sms'>;
	requested_at: string;
	custom_source: string | null;
}

export interface PatchProperties {
	append?: Record<string, unknown> | null;
	unappend?: Record<string, unknown> | null;
	unset?: string | string[] | null;
}

export interface ProfileMeta {
	patch_properties?: PatchProperties | null;
	patch_identifiers?: unknown;
}
