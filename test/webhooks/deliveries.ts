/**
 * Webhook deliveries for the tests: valid ones signed by the emulator as Klaviyo signs them, and
 * the bad ones every receiver must refuse (each with the reason and, for header problems, the header).
 */
import { createHmac } from 'node:crypto';
import { createEmulator, type SignedWebhook } from 'klaviyo-edge/testing';

export const emu = createEmulator();
export const SECRET = emu.webhooks.secret;
const ENDPOINT = 'https://app.example/webhooks/klaviyo';

export const EVENT = {
	data: {
		type: 'event',
		id: '73WCCK7JKtE',
		attributes: {
			timestamp: 1776118606,
			datetime: '2026-04-13T22:16:46+00:00',
			event_properties: { email_address: 'zoë@example.com', $message: 'Spring sale' },
			uuid: '75669b00-3786-11f1-8001-4e2db0d1c5b6',
		},
		relationships: {
			metric: { data: { type: 'metric', id: 'SHi67A' } },
			profile: { data: { type: 'profile', id: '01KP4EGHH8QJ3N3AY2Z6V7RMDK' } },
		},
	},
};

export const signed = (options: Parameters<typeof emu.webhooks.sign>[2] = {}) =>
	emu.webhooks.sign('event:klaviyo.opened_email', EVENT, options);

export function request({ headers, body }: { headers: HeadersInit; body: BodyInit }): Request {
	return new Request(ENDPOINT, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}

/** Klaviyo's signature of `body + timestamp` with `secret`, computed here with node:crypto. */
export const sign = (body: string | Buffer, timestamp: string, secret = SECRET) =>
	createHmac('sha256', secret).update(body).update(timestamp).digest('hex');

interface Change {
	/** Headers replaced (lower-case names, as the delivery has them). */
	set?: Record<string, string>;
	drop?: string;
	/** A header sent a second time. */
	repeat?: [string, string];
	body?: (body: string) => string;
}

/** A delivery changed after signing. */
export function altered(delivery: SignedWebhook, { set = {}, drop, repeat, body = (b) => b }: Change) {
	const headers: [string, string][] = Object.entries({ ...delivery.headers, ...set }).filter(
		([name]) => name !== drop,
	);
	if (repeat) headers.push(repeat);
	return request({ headers, body: body(delivery.body) });
}

/** A delivery changed after signing, from the emulator's valid one. */
export const change = (how: Change | ((delivery: SignedWebhook) => Change)) => async () => {
	const delivery = await signed();
	return altered(delivery, typeof how === 'function' ? how(delivery) : how);
};
const signatureOf = (delivery: SignedWebhook) => delivery.headers['klaviyo-signature']!;

/** [what is wrong, the request, the reason, the header at fault]. */
export const BAD_DELIVERIES: Array<[string, () => Promise<Request>, string, string?]> = [
	['one byte of the body changed', change({ body: (b) => b.replace('Spring', 'Sprinh') }), 'bad_signature'],
	[
		'one hex digit of the signature changed',
		change((d) => ({ set: { 'klaviyo-signature': flip(signatureOf(d)) } })),
		'bad_signature',
	],
	[
		'signed with another secret',
		async () => request(await signed({ secret: 'another-secret-0123456789' })),
		'bad_signature',
	],
	[
		'the timestamp changed after signing (still in the window)',
		change({ set: { 'klaviyo-timestamp': new Date(Date.now() - 60_000).toUTCString() } }),
		'bad_signature',
	],
	[
		'the body re-serialized (JSON.stringify of the parsed body)',
		change({ body: (b) => JSON.stringify(JSON.parse(b)) }),
		'bad_signature',
	],
	[
		'the body re-serialized with Python spacing but other key order',
		change({ body: (b) => b.replace('{"data": [', '{"meta": {}, "data": [') }),
		'bad_signature',
	],
	[
		'a signature that is not 64 hex digits',
		change({ set: { 'klaviyo-signature': 'abc123' } }),
		'bad_signature',
	],
	[
		'a signature in base64 instead of hex',
		change((d) => ({
			set: { 'klaviyo-signature': Buffer.from(signatureOf(d), 'hex').toString('base64') },
		})),
		'bad_signature',
	],
	[
		'the timestamp 6 minutes old',
		async () => request(await signed({ timestamp: Date.now() - 6 * 60_000 })),
		'stale_timestamp',
	],
	[
		'the timestamp 6 minutes ahead',
		async () => request(await signed({ timestamp: Date.now() + 6 * 60_000 })),
		'future_timestamp',
	],
	['a timestamp that is no date', change({ set: { 'klaviyo-timestamp': 'yesterday' } }), 'bad_timestamp'],
	['Klaviyo-Signature missing', change({ drop: 'klaviyo-signature' }), 'missing_header', 'Klaviyo-Signature'],
	['Klaviyo-Timestamp missing', change({ drop: 'klaviyo-timestamp' }), 'missing_header', 'Klaviyo-Timestamp'],
	[
		'Klaviyo-Webhook-Id missing',
		change({ drop: 'klaviyo-webhook-id' }),
		'missing_header',
		'Klaviyo-Webhook-Id',
	],
	[
		'Klaviyo-Signature twice (the same value)',
		change((d) => ({ repeat: ['Klaviyo-Signature', signatureOf(d)] })),
		'duplicate_header',
		'Klaviyo-Signature',
	],
	[
		'Klaviyo-Signature twice (a good one and a bad one)',
		change({ repeat: ['Klaviyo-Signature', '0'.repeat(64)] }),
		'duplicate_header',
		'Klaviyo-Signature',
	],
	[
		'Klaviyo-Timestamp twice',
		change((d) => ({ repeat: ['Klaviyo-Timestamp', d.headers['klaviyo-timestamp']!] })),
		'duplicate_header',
		'Klaviyo-Timestamp',
	],
	[
		'Klaviyo-Webhook-Id twice',
		change((d) => ({ repeat: ['Klaviyo-Webhook-Id', d.headers['klaviyo-webhook-id']!] })),
		'duplicate_header',
		'Klaviyo-Webhook-Id',
	],
	[
		'Klaviyo-Webhook-Id changed after signing',
		change({ set: { 'klaviyo-webhook-id': '01OTHERWEBHOOK000000000000' } }),
		'webhook_id_mismatch',
	],
	[
		'a 10 MB body with its length announced',
		async () => bigDelivery(10 * 1024 * 1024, true),
		'body_too_large',
	],
	[
		'a 10 MB body streamed without a length',
		async () => bigDelivery(10 * 1024 * 1024, false),
		'body_too_large',
	],
	['a signed body that is not JSON', async () => signedBody('not json'), 'not_json'],
	[
		'a signed body that is not UTF-8',
		async () => signedBody(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
		'not_json',
	],
	['a signed empty body', async () => signedBody(''), 'not_json'],
	['signed JSON that is not a webhook', async () => signedBody('{"data": "x", "meta": {}}'), 'bad_payload'],
	[
		'signed JSON with an event without a topic',
		async () => signedBody('{"data": [{"payload": {}}], "meta": {"klaviyo_webhook_id": "W1"}}'),
		'bad_payload',
	],
	[
		'a signed webhook whose meta names another webhook than the header',
		async () => signedBody('{"data": [], "meta": {"klaviyo_webhook_id": "W2"}}', 'W1'),
		'webhook_id_mismatch',
	],
];

function flip(hex: string): string {
	return (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
}

/** A body signed correctly (so only what is being tested is wrong). */
async function signedBody(body: string | Buffer, webhookId = 'W1') {
	const timestamp = new Date().toUTCString();
	return request({
		headers: {
			'content-type': 'application/json',
			'klaviyo-webhook-id': webhookId,
			'klaviyo-timestamp': timestamp,
			'klaviyo-signature': sign(body, timestamp),
		},
		body: body as BodyInit,
	});
}

/** A signed delivery of `size` bytes, with a content-length or streamed. */
async function bigDelivery(size: number, announced: boolean) {
	const body = Buffer.alloc(size, 0x20);
	body.write('{"data": [], "meta": {"klaviyo_webhook_id": "W1"}}');
	const timestamp = new Date().toUTCString();
	const headers: Record<string, string> = {
		'klaviyo-webhook-id': 'W1',
		'klaviyo-timestamp': timestamp,
		'klaviyo-signature': sign(body, timestamp),
	};
	if (announced) return request({ headers: { ...headers, 'content-length': String(size) }, body });
	return request({
		headers,
		body: new ReadableStream({
			start(controller) {
				for (let at = 0; at < size; at += 1 << 20) controller.enqueue(body.subarray(at, at + (1 << 20)));
				controller.close();
			},
		}),
	});
}
