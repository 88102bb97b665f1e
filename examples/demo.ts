/**
 * `npm run demo`: a storefront flow end to end, through the SDK, against the local Klaviyo emulator
 * (or real Klaviyo with `--live`). A shopper is identified and tracked from the public client, then a
 * server script looks the profile up, adds it to a list and reads its timeline with the private client.
 *
 *   npm run demo                 # emulator, prints what Klaviyo received, exits 0
 *   npm run demo -- --serve      # same, then keeps the emulator (and its page) up at :4010
 *   npm run demo -- --emulator http://127.0.0.1:4010   # against an emulator already running
 *   npm run demo -- --edge       # a Chromium page → wrangler dev relay → Queues → bulk jobs (demo-edge.ts)
 *   KLAVIYO_PUBLIC_KEY=… KLAVIYO_PRIVATE_KEY=… npm run demo -- --live
 */

import {
	DEFAULT_PRIVATE_KEY,
	DEFAULT_PUBLIC_KEY,
	type EmulatorServer,
	startEmulator,
} from 'klaviyo-edge/testing/node';
import Klaviyo from '../src/index.js';

const live = process.argv.includes('--live');
const serve = process.argv.includes('--serve');
// An emulator someone else started (npm run emulator, a test): its default keys.
const external = process.argv[process.argv.indexOf('--emulator') + 1];
const externalUrl = process.argv.includes('--emulator') ? external : undefined;

async function main(): Promise<void> {
	const emulator = live || externalUrl ? undefined : await startEmulator({ port: serve ? 4010 : 0 });
	const local = emulator !== undefined || externalUrl !== undefined;
	const publicToken = local ? (emulator?.publicKey ?? DEFAULT_PUBLIC_KEY) : requireEnv('KLAVIYO_PUBLIC_KEY');
	const privateToken = local
		? (emulator?.privateKey ?? DEFAULT_PRIVATE_KEY)
		: requireEnv('KLAVIYO_PRIVATE_KEY');
	const baseUrl = emulator?.url ?? externalUrl;
	const klaviyo = new Klaviyo({ publicToken, privateToken, baseUrl });
	const email = live ? `klaviyo-edge-demo+${Date.now()}@example.com` : 'pizza.dave@example.com';

	step(
		`Klaviyo: ${baseUrl ? `local emulator at ${baseUrl} (watch it there in a browser)` : 'live (a.klaviyo.com)'}`,
	);

	step('Storefront (public key): identify, then track two events');
	await klaviyo.public.identify({
		email,
		properties: { $first_name: 'Pizza', $last_name: 'Dave', favoriteFood: 'Pad thai' },
	});
	await klaviyo.public.track({
		event: 'Viewed Product',
		email,
		properties: { ProductName: 'Margherita', $value: 12.5 },
	});
	await klaviyo.public.track({
		event: 'Added to Cart',
		email,
		properties: { ProductName: 'Margherita', $value: 12.5, Quantity: 2 },
	});
	console.log('  accepted: identify, Viewed Product, Added to Cart');

	step('Server (private key): look the profile up, add it to a list, read its timeline');
	const { id } = await klaviyo.profiles.getProfileIdByEmail(email);
	const profile = await klaviyo.profiles.getProfile(id);
	console.log(`  profile ${id}: ${profile.data.attributes.first_name} ${profile.data.attributes.last_name}`);
	const list = await klaviyo.lists.createList('Pizza lovers');
	const listId = list.data.id;
	const added = await klaviyo.lists.addMembersToList({ listId, profiles: [{ email }], wait: {} });
	console.log(`  list ${listId} "${list.data.attributes.name}": ${added.sent} member(s) added`);
	const members: string[] = [];
	for await (const member of klaviyo.lists.getAllMembers({ groupId: listId })) {
		members.push(String(member.attributes.email));
	}
	console.log(`  members now: ${members.join(', ')}`);
	const timeline = await klaviyo.profiles.getProfileMetricsTimeline({ profileId: id, sort: 'asc' });
	for (const event of timeline.data) {
		console.log(
			`  ${event.attributes.datetime}  ${metricName(timeline, event)}  ${JSON.stringify(event.attributes.event_properties)}`,
		);
	}

	if (emulator) printReceived(emulator);
	if (serve && emulator) {
		step(
			`Emulator stays up at ${emulator.url}: open it in a browser to watch requests live (Ctrl-C to stop)`,
		);
		return;
	}
	await emulator?.close();
}

function metricName(page: { included?: unknown[] }, event: { relationships?: unknown }): string {
	const metricId = (event.relationships as { metric?: { data?: { id?: string } } } | undefined)?.metric?.data
		?.id;
	const metric = (
		page.included as Array<{ type: string; id: string; attributes: { name?: string } }> | undefined
	)?.find((item) => item.type === 'metric' && item.id === metricId);
	return metric?.attributes.name ?? metricId ?? '?';
}

function printReceived(emulator: EmulatorServer): void {
	step('What Klaviyo received (every request checked against the OpenAPI spec)');
	for (const request of emulator.requests) {
		const check = request.valid ? 'valid' : `INVALID: ${request.violations.join('; ')}`;
		console.log(`  ${request.status} ${request.method.padEnd(6)} ${request.path.padEnd(42)} ${check}`);
	}
	const invalid = emulator.invalidRequests().length;
	console.log(`  ${emulator.requests.length} requests, ${invalid} invalid`);
	if (invalid > 0) process.exitCode = 1;
}

function step(text: string): void {
	console.log(`\n▸ ${text}`);
}

function requireEnv(name: string): string {
	const value = process.env[name];
	if (!value) throw new Error(`--live needs ${name} in the environment`);
	return value;
}

// --edge: page → wrangler dev relay → Cloudflare Queues → bulk jobs (examples/demo-edge.ts), loaded only then.
const run = process.argv.includes('--edge')
	? import('./demo-edge.js').then((edge) => edge.edgeDemo())
	: main();
run.catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
