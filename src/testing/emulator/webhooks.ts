/**
 * Klaviyo's system webhooks as Klaviyo sends them
 * (https://developers.klaviyo.com/en/docs/working_with_system_webhooks), so an app's receiving
 * end is tested against the real shape:
 *
 *   POST <endpoint>
 *   Content-Type: application/json
 *   Klaviyo-Webhook-Id: <webhook id>           (also meta.klaviyo_webhook_id)
 *   Klaviyo-Timestamp: <when it was sent>      (an HTTP date: now, or the `timestamp` asked for)
 *   Klaviyo-Signature: hex(HMAC-SHA256(secret, raw body bytes + Klaviyo-Timestamp bytes))
 *
 *   {"data": [{"topic": "event:klaviyo.opened_email", "external_id": "…", "payload": {…}}],
 *    "meta": {"klaviyo_account_id": "…", "klaviyo_webhook_id": "…", "timestamp": "…"}}
 *
 * The body is written the way Python's `json.dumps` writes it (`", "` and `": "`, non-ASCII as
 * `\uXXXX`), so an app that re-serializes the JSON before checking the signature fails, as it
 * would with Klaviyo.
 *
 * `emitWebhook` plays the event happening: every enabled webhook of the account (created with the
 * Webhooks API) subscribed to the topic gets one delivery, signed with its own `secret_key`.
 */
import type { EmulatorCore } from './core.js';
import { hmacHex, randomToken } from './crypto.js';

export const DEFAULT_WEBHOOK_SECRET = 'emulator-webhook-secret-0123456789';

export interface WebhookOptions {
	/** The secret the webhook was created with. Default: the emulator's `webhooks.secret`. */
	secret?: string;
	/** The account the events happened in. Default: the emulator's own account. */
	accountId?: string;
	/** The webhook's id (header and `meta.klaviyo_webhook_id`). Default: a fixed id per emulator. */
	webhookId?: string;
	/**
	 * When it was sent, in ms. Default: now, by the wall clock (not the tokens' clock, which
	 * `oauth.advance` moves: the app checks the timestamp against its own clock).
	 */
	timestamp?: number;
	/** The event's id (`external_id`). Default: the payload's `data.id`, else a random one. */
	externalId?: string;
}

/** What `emit` takes: the account whose webhooks get the event (default: the emulator's own). */
export interface EmitOptions extends Pick<WebhookOptions, 'accountId' | 'timestamp' | 'externalId'> {
	/** Where deliveries go (default: the global `fetch`), e.g. the app's handler in-process. */
	fetch?: typeof fetch;
}

/** One delivery `emit` made: the webhook, its endpoint, the app's status (0 when none came, with why). */
export interface WebhookDelivery {
	webhookId: string;
	url: string;
	status: number;
	error?: string;
}

/** A delivery ready to send: `fetch(url, { method: 'POST', headers, body })`. */
export interface SignedWebhook {
	headers: Record<string, string>;
	body: string;
}

/** Builds and signs one delivery carrying one event. */
export async function signWebhook(
	topic: string,
	payload: unknown,
	options: Required<Omit<WebhookOptions, 'externalId'>> & { externalId?: string },
): Promise<SignedWebhook> {
	const sentAt = new Date(options.timestamp);
	const id = (payload as { data?: { id?: unknown } } | null)?.data?.id;
	const body = pythonJson({
		data: [
			{
				topic,
				external_id: options.externalId ?? (typeof id === 'string' ? id : randomToken('').slice(0, 11)),
				payload,
			},
		],
		meta: {
			klaviyo_account_id: options.accountId,
			klaviyo_webhook_id: options.webhookId,
			timestamp: sentAt.toISOString().replace('Z', '+00:00'),
		},
	});
	const timestamp = sentAt.toUTCString();
	const signed = new TextEncoder().encode(body + timestamp);
	return {
		headers: {
			'content-type': 'application/json',
			'klaviyo-webhook-id': options.webhookId,
			'klaviyo-timestamp': timestamp,
			'klaviyo-signature': await hmacHex(options.secret, signed),
		},
		body,
	};
}

/** The webhook id deliveries carry unless a call gives one (Klaviyo's ids are 26-character ULIDs). */
const WEBHOOK_ID = '01EMULATORWEBHOOK000000000';

/** One signed delivery, with the emulator's secret, account and clock unless `options` say otherwise. */
export function signedWebhook(
	core: EmulatorCore,
	topic: string,
	payload: unknown,
	options: WebhookOptions = {},
) {
	return signWebhook(topic, payload, {
		secret: options.secret ?? core.webhookSecret,
		accountId: options.accountId ?? core.options.publicKey,
		webhookId: options.webhookId ?? WEBHOOK_ID,
		timestamp: options.timestamp ?? Date.now(),
		externalId: options.externalId,
	});
}

/**
 * Sends `payload` under `topic` to every enabled webhook of the account subscribed to it, each
 * signed with that webhook's secret and id, all at once. A failed or refused delivery is reported
 * in its result (Klaviyo would retry it later; the emulator does not).
 */
export function emitWebhook(
	core: EmulatorCore,
	topic: string,
	payload: unknown,
	{ accountId = core.options.publicKey, fetch: send = fetch, timestamp, externalId }: EmitOptions = {},
): Promise<WebhookDelivery[]> {
	const { resources } = core.oauth.store(accountId);
	const subscribed = resources
		.all('webhook')
		.filter(
			(webhook) =>
				webhook.attributes.enabled !== false &&
				resources.linked('webhook', webhook.id, 'webhook-topic').includes(topic),
		);
	return Promise.all(
		subscribed.map(async ({ id: webhookId, attributes }) => {
			const url = String(attributes.endpoint_url);
			const signed = await signWebhook(topic, payload, {
				secret: String(attributes.secret_key ?? ''),
				accountId,
				webhookId,
				timestamp: timestamp ?? Date.now(),
				externalId,
			});
			try {
				const response = await send(url, { method: 'POST', ...signed, redirect: 'manual' });
				await response.body?.cancel();
				return { webhookId, url, status: response.status };
			} catch (error) {
				return { webhookId, url, status: 0, error: error instanceof Error ? error.message : String(error) };
			}
		}),
	);
}

/** JSON as Python's `json.dumps(value)` writes it: spaced separators, ASCII only. */
export function pythonJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		const text = JSON.stringify(value) ?? 'null';
		return typeof value === 'string'
			? text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
			: text;
	}
	if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
	const entries = Object.entries(value).filter(([, item]) => item !== undefined);
	return `{${entries.map(([key, item]) => `${pythonJson(key)}: ${pythonJson(item)}`).join(', ')}}`;
}
