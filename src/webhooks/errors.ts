import { KlaviyoError } from '../core/errors.js';

/** Why a delivery was refused (`KlaviyoWebhookError.reason`). */
export type WebhookRefusal =
	/** A Klaviyo-Signature, Klaviyo-Timestamp or Klaviyo-Webhook-Id header is absent (`header`). */
	| 'missing_header'
	/** One of them came more than once: no value is picked over another. */
	| 'duplicate_header'
	/** The HMAC does not match any secret, or the header is not 64 hex digits. */
	| 'bad_signature'
	/** Klaviyo-Timestamp is not a date. */
	| 'bad_timestamp'
	/** Sent longer ago than the tolerance (a replay, or a very late retry). */
	| 'stale_timestamp'
	/** Sent further in the future than the tolerance. */
	| 'future_timestamp'
	/** Over `maxBytes`: refused without reading the rest. */
	| 'body_too_large'
	/** Signed, but not UTF-8 JSON. */
	| 'not_json'
	/** Signed JSON that is not a webhook (`data` array of events with a `topic`, `meta` object). */
	| 'bad_payload'
	/** `meta.klaviyo_webhook_id` differs from Klaviyo-Webhook-Id: Klaviyo says not to process it. */
	| 'webhook_id_mismatch'
	/** Something read the request's body before verification: the raw bytes are gone. */
	| 'body_already_read';

const STATUS: Partial<Record<WebhookRefusal, number>> = {
	bad_signature: 401,
	stale_timestamp: 401,
	future_timestamp: 401,
	webhook_id_mismatch: 401,
	body_too_large: 413,
};

/** A delivery `verifyWebhook` refused. Carries the reason, never the body or the secret. */
export class KlaviyoWebhookError extends KlaviyoError {
	override name = 'KlaviyoWebhookError';
	declare readonly reason: WebhookRefusal;
	/** The header at fault, for `missing_header` and `duplicate_header`. */
	declare readonly header: string | undefined;
	/** What to answer: 401 for a signature or time that does not hold, 413 too large, 400 otherwise. */
	declare readonly status: number;

	constructor(reason: WebhookRefusal, message: string, header?: string) {
		super(message);
		Object.assign(this, { reason, header, status: STATUS[reason] ?? 400 });
	}
}
