/**
 * JSON:API resource objects built from store records, shaped like the spec's response
 * schemas: `{ type, id, attributes, relationships, links: { self } }`. Links are absolute
 * and use Klaviyo's trailing-slash style (`…/api/profiles/01H…/`).
 */
import { canReceiveEmailMarketing, canReceiveSms } from './consent.js';
import type {
	ChannelConsent,
	ImportError,
	ImportJob,
	KlaviyoEvent,
	List,
	Metric,
	Profile,
	Segment,
} from './model.js';

export interface Resource {
	type: string;
	id: string;
	attributes: Record<string, unknown>;
	relationships?: Record<string, unknown>;
	links?: { self: string };
}

export interface ProfileOptions {
	/** `additional-fields[profile]` values (`subscriptions`, `predictive_analytics`). */
	additional?: Set<string>;
	/** `fields[profile]`; undefined means every attribute. */
	fields?: string[];
	/** For list/segment member listings. */
	joinedAt?: string;
	/** Relationship data to embed (when the client asked to `include` it). */
	listIds?: string[];
	segmentIds?: string[];
}

const LOCATION_KEYS = [
	'address1',
	'address2',
	'city',
	'country',
	'latitude',
	'longitude',
	'region',
	'zip',
	'timezone',
	'ip',
];

const PREDICTIVE_ANALYTICS_KEYS = [
	'historic_clv',
	'predicted_clv',
	'total_clv',
	'historic_number_of_orders',
	'predicted_number_of_orders',
	'average_days_between_orders',
	'average_order_value',
	'churn_probability',
	'expected_date_of_next_order',
];

const relationshipLinks = (base: string, path: string, name: string) => ({
	self: `${base}/api/${path}/relationships/${name}/`,
	related: `${base}/api/${path}/${name}/`,
});

function relationship(base: string, path: string, name: string, data?: unknown) {
	const links = relationshipLinks(base, path, name);
	return data === undefined ? { links } : { data, links };
}

export function profileResource(base: string, profile: Profile, options: ProfileOptions = {}): Resource {
	const path = `profiles/${profile.id}`;
	let attributes: Record<string, unknown> = {
		email: profile.email,
		phone_number: profile.phone_number,
		external_id: profile.external_id,
		first_name: profile.first_name,
		last_name: profile.last_name,
		organization: profile.organization,
		locale: profile.locale,
		title: profile.title,
		image: profile.image,
		created: profile.created,
		updated: profile.updated,
		last_event_date: profile.last_event_date,
		location: Object.fromEntries(
			LOCATION_KEYS.map((key) => [key, profile.location[key as keyof typeof profile.location] ?? null]),
		),
		properties: profile.properties,
	};
	if (options.additional?.has('subscriptions')) attributes.subscriptions = subscriptionsView(profile);
	if (options.additional?.has('predictive_analytics')) {
		attributes.predictive_analytics = Object.fromEntries(PREDICTIVE_ANALYTICS_KEYS.map((key) => [key, null]));
	}
	if (options.fields) attributes = pickFields(attributes, options.fields);
	if (options.joinedAt !== undefined) attributes.joined_group_at = options.joinedAt;
	const toData = (type: string) => (ids?: string[]) => ids?.map((id) => ({ type, id }));
	return {
		type: 'profile',
		id: profile.id,
		attributes,
		relationships: {
			lists: relationship(base, path, 'lists', toData('list')(options.listIds)),
			segments: relationship(base, path, 'segments', toData('segment')(options.segmentIds)),
			'push-tokens': relationship(base, path, 'push-tokens'),
		},
		links: { self: `${base}/api/${path}/` },
	};
}

/** The `subscriptions` additional field, with the derived `can_receive_*` flags. */
export function subscriptionsView(profile: Profile) {
	const { email, sms, mobile_push } = profile.subscriptions;
	const channel = (state: ChannelConsent) => ({
		consent: state.consent,
		consent_timestamp: state.consent_timestamp,
		method: state.method,
		method_detail: state.method_detail,
		last_updated: state.last_updated,
	});
	return {
		email: {
			marketing: {
				can_receive_email_marketing: canReceiveEmailMarketing(profile),
				...channel(email.marketing),
				custom_method_detail: email.marketing.custom_method_detail,
				double_optin: email.marketing.double_optin,
				suppression: email.marketing.suppression.map((s) => ({ ...s })),
				list_suppressions: email.marketing.list_suppressions.map((s) => ({ ...s })),
			},
		},
		sms: {
			marketing: {
				can_receive_sms_marketing: canReceiveSms(profile, sms.marketing),
				...channel(sms.marketing),
			},
			transactional: {
				can_receive_sms_transactional: canReceiveSms(profile, sms.transactional),
				...channel(sms.transactional),
			},
		},
		mobile_push: {
			marketing: {
				can_receive_push_marketing:
					profile.push_tokens.length > 0 && mobile_push.marketing.consent === 'SUBSCRIBED',
				consent: mobile_push.marketing.consent,
				consent_timestamp: mobile_push.marketing.consent_timestamp,
			},
		},
	};
}

/**
 * The view filters are evaluated against for profiles: identifiers, timestamps and the
 * subscriptions tree (so `subscriptions.email.marketing.list_suppressions.list_id` works).
 */
export function profileFilterView(profile: Profile, joinedAt?: string) {
	return {
		id: profile.id,
		profile_id: profile.id,
		email: profile.email,
		phone_number: profile.phone_number,
		external_id: profile.external_id,
		anonymous_id: profile.anonymous_id,
		_kx: profile._kx,
		push_token: profile.push_tokens,
		created: profile.created,
		updated: profile.updated,
		joined_group_at: joinedAt,
		subscriptions: subscriptionsView(profile),
	};
}

/** Keeps only the listed attribute paths (`email`, `location.city`, `subscriptions.email`). */
export function pickFields(attributes: Record<string, unknown>, fields: string[]): Record<string, unknown> {
	const picked: Record<string, unknown> = {};
	for (const field of fields) {
		const parts = field.split('.');
		let source: unknown = attributes;
		let target = picked;
		for (let i = 0; i < parts.length; i++) {
			const part = parts[i]!;
			if (!source || typeof source !== 'object' || !(part in source)) break;
			const value = (source as Record<string, unknown>)[part];
			if (i === parts.length - 1) {
				target[part] = value;
			} else {
				if (!target[part] || typeof target[part] !== 'object') target[part] = {};
				target = target[part] as Record<string, unknown>;
				source = value;
			}
		}
	}
	return picked;
}

export function eventResource(base: string, event: KlaviyoEvent, fields?: string[]): Resource {
	const path = `events/${event.id}`;
	// Klaviyo shows the reserved `$value` / `$event_id` inside event_properties.
	const eventProperties: Record<string, unknown> = { ...event.properties };
	if (event.value !== null) eventProperties.$value = event.value;
	if (event.value_currency !== null) eventProperties.$value_currency = event.value_currency;
	if (event.unique_id_given) eventProperties.$event_id = event.unique_id;
	let attributes: Record<string, unknown> = {
		timestamp: event.timestamp,
		event_properties: eventProperties,
		datetime: event.datetime,
		uuid: event.uuid,
	};
	if (fields) attributes = pickFields(attributes, fields);
	return {
		type: 'event',
		id: event.id,
		attributes,
		relationships: {
			profile: relationship(base, path, 'profile', { type: 'profile', id: event.profile_id }),
			metric: relationship(base, path, 'metric', { type: 'metric', id: event.metric_id }),
		},
		links: { self: `${base}/api/${path}/` },
	};
}

export function metricResource(base: string, metric: Metric, fields?: string[]): Resource {
	const path = `metrics/${metric.id}`;
	let attributes: Record<string, unknown> = {
		name: metric.name,
		created: metric.created,
		updated: metric.updated,
		integration: { ...metric.integration },
	};
	if (fields) attributes = pickFields(attributes, fields);
	return {
		type: 'metric',
		id: metric.id,
		attributes,
		relationships: { 'flow-triggers': relationship(base, path, 'flow-triggers') },
		links: { self: `${base}/api/${path}/` },
	};
}

export function listResource(
	base: string,
	list: List,
	options: { profileCount?: boolean; fields?: string[] } = {},
): Resource {
	const path = `lists/${list.id}`;
	let attributes: Record<string, unknown> = {
		name: list.name,
		created: list.created,
		updated: list.updated,
		opt_in_process: list.opt_in_process,
	};
	if (options.fields) attributes = pickFields(attributes, options.fields);
	if (options.profileCount) attributes.profile_count = list.members.size;
	return {
		type: 'list',
		id: list.id,
		attributes,
		relationships: {
			profiles: relationship(base, path, 'profiles'),
			tags: relationship(base, path, 'tags'),
			'flow-triggers': relationship(base, path, 'flow-triggers'),
		},
		links: { self: `${base}/api/${path}/` },
	};
}

export function segmentResource(
	base: string,
	segment: Segment,
	options: { profileCount?: boolean; fields?: string[] } = {},
): Resource {
	const path = `segments/${segment.id}`;
	let attributes: Record<string, unknown> = {
		name: segment.name,
		definition: null,
		created: segment.created,
		updated: segment.updated,
		is_active: segment.is_active,
		is_processing: segment.is_processing,
		is_starred: segment.is_starred,
	};
	if (options.fields) attributes = pickFields(attributes, options.fields);
	if (options.profileCount) attributes.profile_count = segment.members.size;
	return {
		type: 'segment',
		id: segment.id,
		attributes,
		relationships: {
			profiles: relationship(base, path, 'profiles'),
			tags: relationship(base, path, 'tags'),
			'flow-triggers': relationship(base, path, 'flow-triggers'),
		},
		links: { self: `${base}/api/${path}/` },
	};
}

export function importJobResource(base: string, job: ImportJob): Resource {
	const path = `profile-bulk-import-jobs/${job.id}`;
	return {
		type: 'profile-bulk-import-job',
		id: job.id,
		attributes: {
			status: job.status,
			created_at: job.created_at,
			total_count: job.total_count,
			completed_count: job.completed_count,
			failed_count: job.failed_count,
			completed_at: job.completed_at,
			expires_at: job.expires_at,
			started_at: job.started_at,
		},
		relationships: {
			lists: relationship(
				base,
				path,
				'lists',
				job.list_ids.map((id) => ({ type: 'list', id })),
			),
			profiles: relationship(base, path, 'profiles'),
			'import-errors': { links: { related: `${base}/api/${path}/import-errors/` } },
		},
		links: { self: `${base}/api/${path}/` },
	};
}

export function importErrorResource(error: ImportError): Resource {
	return {
		type: 'import-error',
		id: error.id,
		attributes: {
			code: error.code,
			title: error.title,
			detail: error.detail,
			source: { ...error.source },
			original_payload: error.original_payload,
		},
	};
}

/** `{ data, links: { self } }` for single-resource responses. */
export const singleDocument = (resource: Resource, self: string, included?: Resource[]) =>
	included && included.length > 0
		? { data: resource, links: { self }, included }
		: { data: resource, links: { self } };

/** Deduplicates included resources by type and id, keeping first occurrences. */
export function uniqueResources(resources: Resource[]): Resource[] {
	const seen = new Set<string>();
	return resources.filter((resource) => {
		const key = `${resource.type}:${resource.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
