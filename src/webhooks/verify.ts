/**
 * Checks that a request is a system webhook Klaviyo sent, and reads it. What Klaviyo signs: the
 * raw body bytes followed by the bytes of the Klaviyo-Timestamp header, HMAC-SHA256 with the
 * webhook's secret, in hex, in Klaviyo-Signature. Neither Klaviyo-Webhook-Id nor any other header is
 * signed (the id is checked against `meta.klaviyo_webhook_id`, which is). Flow "Webhook" actions
 * are not signed at all: this is for system webhooks only (docs/apps.md).
 *
 *   const webhook = await verifyWebhook(request, env.KLAVIYO_WEBHOOK_SECRET);
 *   for (const event of webhook.data) …
 */
import { KlaviyoConfigurationError } from '../core/errors.js';
import { readBounded } from '../core/read-bounded.js';
import { decodeUtf8, encodeUtf8 } from '../core/utf8.js';
import { KlaviyoWebhookError } from './errors.js';
import type { KlaviyoWebhook } from './types.js';

export interface VerifyOptions {
	/** Seconds a delivery's timestamp may be from now, either way. Default 300 (5 minutes). */
	tolerance?: number;
	/** The largest body read, in bytes; a longer one is refused unread. Default 5 MiB. */
	maxBytes?: number;
}

const SIGNATURE = 'Klaviyo-Signature';
const TIMESTAMP = 'Klaviyo-Timestamp';
const WEBHOOK_ID = 'Klaviyo-Webhook-Id';

/**
 * Resolves with the delivery's parsed payload when it is signed with `secret` (or one of several,
 * while a secret is rotated) and sent within `tolerance`; rejects with a KlaviyoWebhookError saying
 * why otherwise. Reads the body once, up to `maxBytes`.
 */
export async function verifyWebhook(
	request: Request,
	secret: string | readonly string[],
	{ tolerance = 300, maxBytes = 5 * 1024 * 1024 }: VerifyOptions = {},
): Promise<KlaviyoWebhook> {
	const secrets = typeof secret === 'string' ? [secret] : [...(secret ?? [])];
	if (secrets.length === 0 || !secrets.every((s) => typeof s === 'string' && s !== '')) {
		throw new KlaviyoConfigurationError('verifyWebhook needs the webhook’s secret.');
	}
	const signature = header(request, SIGNATURE);
	const timestamp = header(request, TIMESTAMP);
	const webhookId = header(request, WEBHOOK_ID);
	const mac = /^[0-9a-f]{64}$/i.test(signature) ? hexBytes(signature) : undefined;
	if (!mac) throw new KlaviyoWebhookError('bad_signature', `${SIGNATURE} is not a hex HMAC-SHA256.`);

	const sentAt = parseTime(timestamp);
	if (Number.isNaN(sentAt)) throw new KlaviyoWebhookError('bad_timestamp', `${TIMESTAMP} is not a date.`);
	const skew = (Date.now() - sentAt) / 1000;
	if (skew > tolerance) {
		throw new KlaviyoWebhookError(
			'stale_timestamp',
			`Sent ${Math.round(skew)} s ago, over the ${tolerance} s allowed.`,
		);
	}
	if (-skew > tolerance) {
		throw new KlaviyoWebhookError(
			'future_timestamp',
			`Sent ${Math.round(-skew)} s ahead, over the ${tolerance} s allowed.`,
		);
	}

	if (request.bodyUsed) {
		throw new KlaviyoWebhookError(
			'body_already_read',
			'The body was read before verification: pass the untouched request.',
		);
	}
	const body = await readBounded(request, maxBytes);
	if (!body) throw new KlaviyoWebhookError('body_too_large', `The body is over ${maxBytes} bytes.`);
	const signed = new Uint8Array(body.length + encodeUtf8(timestamp).length);
	signed.set(body);
	signed.set(encodeUtf8(timestamp), body.length);
	let valid = false;
	for (const key of secrets) {
		// WebCrypto's verify compares in constant time.
		const hmacKey = await crypto.subtle.importKey(
			'raw',
			encodeUtf8(key),
			{ name: 'HMAC', hash: 'SHA-256' },
			false,
			['verify'],
		);
		if (await crypto.subtle.verify('HMAC', hmacKey, mac, signed)) valid = true;
	}
	if (!valid)
		throw new KlaviyoWebhookError('bad_signature', `${SIGNATURE} does not match the body and timestamp.`);

	let webhook: unknown;
	try {
		webhook = JSON.parse(decodeUtf8(body));
	} catch {
		throw new KlaviyoWebhookError('not_json', 'The body is not UTF-8 JSON.');
	}
	if (!isWebhook(webhook)) {
		throw new KlaviyoWebhookError(
			'bad_payload',
			'The body is not a webhook: a data array of events with a topic, and a meta object.',
		);
	}
	if (webhook.meta.klaviyo_webhook_id !== webhookId) {
		throw new KlaviyoWebhookError(
			'webhook_id_mismatch',
			`meta.klaviyo_webhook_id differs from ${WEBHOOK_ID}.`,
		);
	}
	return webhook;
}

/** A header that must come exactly once. Fetch joins repeated headers with ", ". */
function header(request: Request, name: string): string {
	const value = request.headers.get(name);
	if (value === null || value.trim() === '') {
		throw new KlaviyoWebhookError('missing_header', `${name} is missing.`, name);
	}
	// An HTTP date has one comma ("Tue, 14 Apr 2026 03:50:12 GMT"); nothing else here has any.
	const commas = value.split(',').length - 1;
	if (commas > (name === TIMESTAMP && /^[A-Za-z]{3},/.test(value) ? 1 : 0)) {
		throw new KlaviyoWebhookError('duplicate_header', `${name} came more than once.`, name);
	}
	return value.trim();
}

/** An HTTP date (what Klaviyo sends), an ISO 8601 date, or Unix seconds; NaN otherwise. */
function parseTime(value: string): number {
	if (/^\d{9,11}$/.test(value)) return Number(value) * 1000;
	return /^\d+$/.test(value) ? Number.NaN : Date.parse(value);
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return bytes;
}

function isWebhook(value: unknown): value is KlaviyoWebhook {
	const { data, meta } = (value ?? {}) as Partial<KlaviyoWebhook>;
	return (
		Array.isArray(data) &&
		data.every(
			(event) =>
				typeof event?.topic === 'string' && typeof event.payload === 'object' && event.payload !== null,
		) &&
		typeof meta === 'object' &&
		meta !== null &&
		!Array.isArray(meta)
	);
}
