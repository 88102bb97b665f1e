/**
 * One klaviyo-edge/api flow, run unchanged by Node, Deno and Bun (bundled by the test first): a
 * catalog synced by bulk jobs and read back by cursor, a webhook's life, an image uploaded from
 * bytes. Prints one JSON line with what it saw. Arguments: <emulator url> <private key>.
 */
import { bulkJobs, CatalogsApi, connect, ImagesApi, WebhooksApi } from '../../src/api/index.js';

declare const Deno: { args: string[] } | undefined;
const args = typeof Deno === 'object' ? Deno.args : process.argv.slice(2);
const [baseUrl, privateKey] = args as [string, string];
const runtime = typeof Deno === 'object' ? 'deno' : 'Bun' in globalThis ? 'bun' : 'node';

const connection = connect(privateKey, { baseUrl, maxRetries: 0 });
const catalogs = new CatalogsApi(connection);
const items = Array.from({ length: 250 }, (_, i) => ({
	type: 'catalog-item' as const,
	attributes: {
		external_id: `${runtime}-${i}`,
		title: `${runtime} product ${i}`,
		description: 'From a runtime test',
		url: `https://shop.example/${runtime}/${i}`,
	},
}));
const synced = await bulkJobs(catalogs, 'catalog-item-bulk-create-job', items, { wait: { interval: 1 } });
const readBack: string[] = [];
for await (const item of catalogs.getCatalogItems({ pageSize: 100 }))
	readBack.push(String(item.attributes.external_id));

const webhooks = new WebhooksApi(connection);
const webhook = await webhooks.createWebhook({
	data: {
		type: 'webhook',
		attributes: {
			name: runtime,
			endpoint_url: `https://${runtime}.example/hook`,
			secret_key: 'a-long-enough-secret',
		},
		relationships: { 'webhook-topics': { data: [{ type: 'webhook-topic', id: 'event:klaviyo.sent_sms' }] } },
	},
});
const listed = (await webhooks.getWebhooks()).data.map((w) => w.attributes.name);
await webhooks.deleteWebhook(webhook.data.id);
const afterDelete = (await webhooks.getWebhooks()).data.length;

const png = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
	(c) => c.charCodeAt(0),
);
const images = new ImagesApi(connection);
const fromBytes = await images.uploadImageFromFile({ file: png, name: `${runtime}.png` });
const fromBlob = await images.uploadImageFromFile({
	file: new Blob([png], { type: 'image/png' }),
	name: 'blob.png',
});

console.log(
	JSON.stringify({
		runtime,
		jobs: synced.chunks.map((c) => `${c.count} ${c.job?.data.attributes.status}`),
		readBack: readBack.length,
		last: readBack.at(-1),
		listed,
		afterDelete,
		images: [fromBytes.data.attributes.name, fromBlob.data.attributes.name],
	}),
);
