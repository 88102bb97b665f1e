/**
 * `klaviyo-edge/webhooks`: Klaviyo's signed system webhooks at the edge, with WebCrypto only.
 * `verifyWebhook` checks a delivery (HMAC-SHA256 of the raw body and Klaviyo-Timestamp, in hex,
 * compared in constant time; a 5-minute window; a bounded body) and returns its typed events;
 * `webhookHandler` answers Klaviyo and hands the events to your code or a Queue.
 *
 *   import { verifyWebhook } from 'klaviyo-edge/webhooks';
 *   const webhook = await verifyWebhook(request, env.KLAVIYO_WEBHOOK_SECRET);
 *
 * Flow "Webhook" actions are not signed by Klaviyo: docs/apps.md says how to protect those.
 */
export { KlaviyoWebhookError, type WebhookRefusal } from './errors.js';
export {
	type QueueLike,
	type WebhookHandlerOptions,
	type WebhookMessage,
	webhookHandler,
} from './handler.js';
export type { KlaviyoWebhook, WebhookEvent } from './types.js';
export { type VerifyOptions, verifyWebhook } from './verify.js';
