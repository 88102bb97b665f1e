/**
 * The inspection API's part for apps (OAuth and webhooks), for tests that drive the emulator from
 * another process or runtime (a Worker in workerd):
 *
 *   POST /__emulator/oauth/consent  {"accountId"?, "approve"?, "scopes"?}: what the next authorization gets
 *   POST /__emulator/oauth/advance  {"seconds": 3600}: move the clock tokens expire on
 *   POST /__emulator/oauth/revoke   {"accountId": "…"}: uninstall the app from that account
 *   GET  /__emulator/oauth/grants   every installation, with its refresh count
 *   POST /__emulator/webhooks       {"topic", "payload", "url"?, "secret"?, "accountId"?, "webhookId"?,
 *                                   "timestamp"?}: a signed delivery ({headers, body}); with `url`,
 *                                   also POSTed there ({status} added)
 *   POST /__emulator/webhooks/emit  {"topic", "payload", "accountId"?, "timestamp"?}: delivered to every
 *                                   webhook of the account subscribed to the topic ([{webhookId, url, status}])
 */
import type { EmulatorCore } from './core.js';
import { emitWebhook, signedWebhook } from './webhooks.js';

type Reply = (status: number, body?: unknown) => Response;

export async function appsControl(
	core: EmulatorCore,
	route: string,
	input: Record<string, unknown>,
	reply: Reply,
): Promise<Response | undefined> {
	const { oauth } = core;
	switch (route) {
		case 'POST /__emulator/oauth/consent': {
			const { accountId = oauth.consent.accountId, approve = true, scopes } = input;
			if (typeof accountId !== 'string' || typeof approve !== 'boolean')
				return reply(400, { error: 'accountId must be a string and approve a boolean.' });
			if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((s) => typeof s === 'string')))
				return reply(400, { error: 'scopes must be an array of strings.' });
			oauth.consent = { accountId, approve, ...(scopes ? { scopes: scopes as string[] } : {}) };
			return reply(200, oauth.consent);
		}
		case 'POST /__emulator/oauth/advance':
			if (typeof input.seconds !== 'number' || !Number.isFinite(input.seconds))
				return reply(400, { error: 'seconds (number) is required.' });
			oauth.advance(input.seconds);
			return reply(200, { now: oauth.now() });
		case 'POST /__emulator/oauth/revoke':
			if (typeof input.accountId !== 'string')
				return reply(400, { error: 'accountId (string) is required.' });
			oauth.revoke(input.accountId);
			return reply(204);
		case 'GET /__emulator/oauth/grants':
			return reply(200, oauth.grantViews());
		case 'POST /__emulator/webhooks': {
			const { topic, payload, url, secret, accountId, webhookId, timestamp } = input;
			if (typeof topic !== 'string') return reply(400, { error: 'topic (string) is required.' });
			const signed = await signedWebhook(core, topic, payload, {
				secret: optional(secret, 'string'),
				accountId: optional(accountId, 'string'),
				webhookId: optional(webhookId, 'string'),
				timestamp: optional(timestamp, 'number'),
			});
			if (typeof url !== 'string') return reply(200, signed);
			const response = await fetch(url, { method: 'POST', ...signed, redirect: 'manual' });
			return reply(200, { ...signed, status: response.status });
		}
		case 'POST /__emulator/webhooks/emit': {
			const { topic, payload, accountId, timestamp } = input;
			if (typeof topic !== 'string') return reply(400, { error: 'topic (string) is required.' });
			const deliveries = await emitWebhook(core, topic, payload, {
				accountId: optional(accountId, 'string'),
				timestamp: optional(timestamp, 'number'),
			});
			return reply(200, deliveries);
		}
		default:
			return undefined;
	}
}

function optional<T extends 'string' | 'number'>(
	value: unknown,
	type: T,
): (T extends 'string' ? string : number) | undefined {
	return typeof value === type ? (value as T extends 'string' ? string : number) : undefined;
}
