/**
 * The same server-side flow, run unchanged by Deno, Bun and Node (bundled by the test first):
 * track from the public client, then manage the profile with the private client. Prints one
 * JSON line with what it saw. Arguments: <emulator url> <public key> <private key>.
 */
import Klaviyo, { KlaviyoAuthenticationError, PrivateClient } from '../../src/index.js';
import { memoryStorage } from '../../src/public/index.js';

declare const Deno: { args: string[] } | undefined;
const args = typeof Deno === 'object' ? Deno.args : process.argv.slice(2);
const [baseUrl, publicToken, privateToken] = args as [string, string, string];

const klaviyo = new Klaviyo({ publicToken, privateToken, baseUrl, maxRetries: 0 });
const runtime = typeof Deno === 'object' ? 'deno' : 'Bun' in globalThis ? 'bun' : 'node';
const email = `${runtime}@example.com`;

await klaviyo.public.identify({ email, properties: { $first_name: runtime } });
await klaviyo.public.track({ event: `Ran on ${runtime}`, email, properties: { $value: 1 } });
const { id } = await klaviyo.profiles.getProfileIdByEmail(email);
const list = await klaviyo.lists.createList(`${runtime} list`);
await klaviyo.lists.addMembersToList({ listId: list.data.id, profiles: [{ email }], wait: {} });
const members: string[] = [];
for await (const member of klaviyo.lists.getAllMembers({ groupId: list.data.id })) {
	members.push(String(member.attributes.email));
}
const timeline = await klaviyo.profiles.getProfileMetricsTimeline({ profileId: id });

let authError = '';
try {
	await new PrivateClient('pk_wrong_key', { baseUrl, maxRetries: 0 }).lists.getLists();
} catch (error) {
	authError = error instanceof KlaviyoAuthenticationError ? `auth ${error.statusCode}` : String(error);
}
// The storage helper is importable on its own (no window needed).
memoryStorage().setItem('x', '1');

console.log(JSON.stringify({ runtime, profileId: id, members, events: timeline.data.length, authError }));
