/**
 * A fetch handler for Klaviyo's system webhooks: verifies each delivery, hands its events to the
 * shop's code or a Queue, and answers Klaviyo: 2xx once they are handed over, 4xx for a delivery
 * refused (nothing handed over). When handing over fails the error goes up, and the runtime's 500
 * makes Klaviyo send the delivery again (events carry `external_id` to drop repeats).
 *
 *   const webhooks = webhookHandler<Env>({
 *     secret: (env) => env.KLAVIYO_WEBHOOK_SECRET,
 *     onEvents: async (webhook) => { for (const event of webhook.data) … },
 *   });
 *   // in the Worker's fetch: if (pathname === '/webhooks/klaviyo') return webhooks(request, env, ctx);
 */
import { KlaviyoConfigurationError } from '../core/errors.js';
import { KlaviyoWebhookError } from './errors.js';
import type { KlaviyoWebhook, WebhookEvent } from './types.js';
import { type VerifyOptions, verifyWebhook } from './verify.js';

/** What a Queues producer binding offers (`env.MY_QUEUE`). */
export interface QueueLike {
	sendBatch(messages: Iterable<{ body: unknown }>): Promise<unknown>;
}

/** One event as a queue message: the event and where it comes from. */
export interface WebhookMessage extends WebhookEvent {
	account_id: string;
	webhook_id: string;
}

export interface WebhookHandlerOptions<Env> extends VerifyOptions {
	/** The webhook's secret (several while rotating), or how to read it from the Worker's env. */
	secret: string | readonly string[] | ((env: Env) => string | readonly string[] | undefined);
	/** Gets each verified delivery. Klaviyo is answered 200 once it resolves; what it throws goes up. */
	onEvents?: (webhook: KlaviyoWebhook, env: Env, ctx?: unknown) => unknown;
	/** Puts each event on a Queue (one message per event), before answering. */
	queue?: QueueLike | ((env: Env) => QueueLike | undefined);
	/** Told about each refused delivery (the reason only: log it, count it). */
	onRefused?: (error: KlaviyoWebhookError, request: Request) => void;
}

/** Queues take at most 100 messages and 256 KB per batch. */
const BATCH_MESSAGES = 100;
const BATCH_BYTES = 240 * 1024;

export function webhookHandler<Env = unknown>(
	options: WebhookHandlerOptions<Env>,
): (request: Request, env?: Env, ctx?: unknown) => Promise<Response> {
	if (!options.onEvents && !options.queue) {
		throw new KlaviyoConfigurationError('webhookHandler needs onEvents or a queue to hand the events to.');
	}
	return async (request, env = {} as Env, ctx) => {
		if (request.method !== 'POST') return answer(405, { error: 'method_not_allowed' }, { allow: 'POST' });
		const secret = typeof options.secret === 'function' ? options.secret(env) : options.secret;
		let webhook: KlaviyoWebhook;
		try {
			webhook = await verifyWebhook(request, secret ?? '', options);
		} catch (error) {
			if (!(error instanceof KlaviyoWebhookError)) throw error;
			options.onRefused?.(error, request);
			return answer(error.status, { error: error.reason });
		}
		const queue = typeof options.queue === 'function' ? options.queue(env) : options.queue;
		if (options.queue && !queue)
			throw new KlaviyoConfigurationError('webhookHandler: the queue binding is missing.');
		if (queue) await enqueue(queue, webhook);
		if (options.onEvents) await options.onEvents(webhook, env, ctx);
		return answer(200, { received: webhook.data.length });
	};
}

async function enqueue(queue: QueueLike, { data, meta }: KlaviyoWebhook): Promise<void> {
	let batch: { body: WebhookMessage }[] = [];
	let bytes = 0;
	for (const event of data) {
		const body: WebhookMessage = {
			...event,
			account_id: meta.klaviyo_account_id,
			webhook_id: meta.klaviyo_webhook_id,
		};
		const size = JSON.stringify(body).length;
		if (batch.length === BATCH_MESSAGES || (batch.length > 0 && bytes + size > BATCH_BYTES)) {
			await queue.sendBatch(batch);
			batch = [];
			bytes = 0;
		}
		batch.push({ body });
		bytes += size;
	}
	if (batch.length > 0) await queue.sendBatch(batch);
}

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
	Response.json(body, { status, headers });
