/**
 * A Klaviyo app's path, run unchanged by Deno, Bun and Node (bundled by the test first): install
 * with OAuth (PKCE on WebCrypto), a call with the account's session, a refresh, and a webhook
 * verified (and a tampered one refused). Prints one JSON line with what it saw.
 * Arguments: <emulator url> <client id> <client secret> <webhook secret>.
 */
import { KlaviyoOAuth, memoryTokenStorage } from '../../src/oauth/index.js';
import { PrivateClient } from '../../src/private/index.js';
import { KlaviyoWebhookError, verifyWebhook } from '../../src/webhooks/index.js';

declare const Deno: { args: string[] } | undefined;
const args = typeof Deno === 'object' ? Deno.args : process.argv.slice(2);
const [baseUrl, clientId, clientSecret, webhookSecret] = args as [string, string, string, string];
const runtime = typeof Deno === 'object' ? 'deno' : 'Bun' in globalThis ? 'bun' : 'node';

const oauth = new KlaviyoOAuth({
	clientId,
	clientSecret,
	baseUrl,
	redirectUri: 'https://app.example/callback',
	storage: memoryTokenStorage(),
	maxRetries: 0,
});
const started = await oauth.authorize({ scopes: ['lists:read', 'lists:write'] });
const consent = await fetch(started.url, { redirect: 'manual' });
await oauth.callback(runtime, consent.headers.get('location') ?? '', started);
const klaviyo = new PrivateClient(oauth.session(runtime), { maxRetries: 0 });
const list = await klaviyo.lists.createList(`${runtime} app list`);
await oauth.refresh(runtime);
const lists = await klaviyo.lists.getLists();

const signed = (await (
	await fetch(`${baseUrl}/__emulator/webhooks`, {
		method: 'POST',
		body: JSON.stringify({
			topic: 'event:klaviyo.opened_email',
			payload: { data: { type: 'event', id: 'E1', attributes: {} } },
		}),
	})
).json()) as { headers: Record<string, string>; body: string };
const delivery = (body: string) =>
	new Request('https://app.example/webhooks', { method: 'POST', headers: signed.headers, body });
const webhook = await verifyWebhook(delivery(signed.body), webhookSecret);
let refused = '';
try {
	await verifyWebhook(delivery(signed.body.replace('E1', 'E2')), webhookSecret);
} catch (error) {
	refused = error instanceof KlaviyoWebhookError ? error.reason : String(error);
}

console.log(
	JSON.stringify({
		runtime,
		listCreated: lists.data.some((l) => l.id === list.data.id),
		topic: webhook.data[0]?.topic,
		refused,
	}),
);
