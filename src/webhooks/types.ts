/**
 * A Klaviyo system webhook as it arrives
 * (https://developers.klaviyo.com/en/docs/working_with_system_webhooks). Each event's payload has
 * the shape of a Get Event answer, typed from Klaviyo's spec.
 */
import type { components } from '../private/generated/events.js';

type EventResource = components['schemas']['EventResponseObjectResource'];

/** One event: its topic (`event:klaviyo.opened_email`…), its id, and the event as Get Event returns it. */
export interface WebhookEvent {
	topic: string;
	external_id: string;
	payload: {
		data: Omit<EventResource, 'links'> & { links?: EventResource['links'] };
		[key: string]: unknown;
	};
}

/** A verified delivery: its events and where they come from. */
export interface KlaviyoWebhook {
	data: WebhookEvent[];
	meta: {
		/** The account the events happened in. */
		klaviyo_account_id: string;
		/** The webhook (equal to the Klaviyo-Webhook-Id header: checked). */
		klaviyo_webhook_id: string;
		/** When Klaviyo sent it (ISO 8601). */
		timestamp: string;
		[key: string]: unknown;
	};
}
