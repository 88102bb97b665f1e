/**
 * What a few types do beyond storing what they were sent, as Klaviyo documents it: a campaign
 * is created with its messages (and filters on their channel) and starts as a `Draft`; a coupon
 * code starts `UNASSIGNED`; a push token creates or updates its profile; an image keeps the URL
 * it was imported from; a webhook starts enabled. Everything else is the generic store's default.
 */
import type { HandlerContext } from '../context.js';
import { isoSeconds } from '../ids.js';
import { type ProfileWrite, upsertProfile } from '../profile-writes.js';
import type { StoredResource } from '../resource-store.js';
import type { ResourceObject } from './generic.js';

export type CreateRecord = (
	context: HandlerContext,
	type: string,
	data: ResourceObject,
	pointer?: string,
) => StoredResource;

export interface TypeRules {
	/** Attributes the server sets on create (the request's own win). */
	defaults?(context: HandlerContext): Record<string, unknown>;
	/** `create` stores a further record (a campaign's messages) as a request's resource object would. */
	afterCreate?(context: HandlerContext, record: StoredResource, create: CreateRecord): void;
	/** Adds fields a filter may name that are not attributes (`messages.channel`). */
	filterView?(context: HandlerContext, record: StoredResource, view: Record<string, unknown>): void;
}

const RULES: Record<string, TypeRules> = {
	campaign: {
		defaults: () => ({ status: 'Draft', archived: false, scheduled_at: null, send_time: null }),
		// "campaign-messages" in the create body become campaign-message resources of the campaign.
		afterCreate(context, campaign, create) {
			const messages = campaign.attributes['campaign-messages'] as { data?: ResourceObject[] } | undefined;
			delete campaign.attributes['campaign-messages'];
			for (const [index, message] of (messages?.data ?? []).entries()) {
				const created = create(
					context,
					'campaign-message',
					{ ...message, type: 'campaign-message' },
					`/data/attributes/campaign-messages/data/${index}`,
				);
				context.store.resources.link('campaign', campaign.id, 'campaign-message', created.id);
			}
		},
		filterView(context, campaign, view) {
			const messages = context.store.resources
				.linked('campaign', campaign.id, 'campaign-message')
				.map((id) => {
					const definition = context.store.resources.get('campaign-message', id)?.attributes.definition;
					return { id, channel: (definition as { channel?: unknown } | null | undefined)?.channel };
				});
			view.messages = messages;
		},
	},
	'coupon-code': { defaults: () => ({ status: 'UNASSIGNED', expires_at: null }) },
	// The token's profile is created or updated (by its identifiers) and linked.
	'push-token': {
		defaults: () => ({
			enablement_status: 'AUTHORIZED',
			background: 'AVAILABLE',
			recorded_date: isoSeconds(),
		}),
		afterCreate(context, token) {
			const {
				profile,
				device_metadata: metadata,
				...rest
			} = token.attributes as {
				profile: { data: ProfileWrite };
				device_metadata?: unknown;
			};
			token.attributes = { ...rest, metadata: metadata ?? null };
			const owner = upsertProfile(context.store, profile.data, 'server').profile;
			context.store.resources.link('push-token', token.id, 'profile', owner.id);
			owner.push_tokens = [...new Set([...owner.push_tokens, token.id])];
		},
	},
	// An image imported from a URL keeps that URL; one uploaded as a file gets an emulator URL.
	image: {
		defaults: () => ({ hidden: false, size: 0 }),
		afterCreate(_context, image) {
			const source = image.attributes.import_from_url;
			delete image.attributes.import_from_url;
			const url =
				typeof source === 'string' && /^https?:/.test(source)
					? source
					: `https://images.emulator.invalid/${image.id}`;
			const file = url.split(/[?#]/)[0]!.split('/').at(-1) ?? '';
			image.attributes.image_url = url;
			image.attributes.name ??= file || image.id;
			image.attributes.format ??= /\.(\w+)$/.exec(file)?.[1]?.toLowerCase() ?? 'png';
		},
	},
	'campaign-message': { defaults: () => ({ send_times: [] }) },
	// A webhook delivers from its creation (the create body has no `enabled`; an update may turn it off).
	webhook: { defaults: () => ({ enabled: true }) },
};

const NONE: TypeRules = {};

export const rulesFor = (type: string): TypeRules => RULES[type] ?? NONE;
