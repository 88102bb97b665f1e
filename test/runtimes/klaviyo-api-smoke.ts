/**
 * klaviyo-api's code, only its import changed, run by Node, Deno and Bun (bundled by the test
 * first): a profile created in camelCase, added to a list, the list's members read back, an error
 * caught as klaviyo-api's users catch it, and Pkce's codes. Prints one JSON line with what it saw.
 * Arguments: <emulator url> <private key>.
 */
import { ApiKeySession, ListsApi, Pkce, ProfileEnum, ProfilesApi } from '../../src/klaviyo-api/index.js';

declare const Deno: { args: string[] } | undefined;
const [baseUrl, key] = (typeof Deno === 'object' ? Deno.args : process.argv.slice(2)) as [string, string];
const runtime = typeof Deno === 'object' ? 'deno' : 'Bun' in globalThis ? 'bun' : 'node';

const session = new ApiKeySession(key);
const profilesApi = new ProfilesApi(session);
const listsApi = new ListsApi(session);
profilesApi.basePath = baseUrl;
listsApi.basePath = baseUrl;

const { body: profile } = await profilesApi.createProfile({
	data: {
		type: ProfileEnum.Profile,
		attributes: { email: `${runtime}@klaviyo-demo.com`, firstName: runtime },
	},
});
const { body: list } = await listsApi.createList({ data: { type: 'list', attributes: { name: runtime } } });
await listsApi.addProfilesToList(list.data.id!, { data: [{ type: 'profile', id: profile.data.id! }] });
const { body: members } = await listsApi.getProfilesForList(list.data.id!);
const status = await listsApi.getList('01NOPE').catch((error) => error.response.status);
console.log(
	JSON.stringify({
		runtime,
		firstName: profile.data.attributes.firstName,
		created: profile.data.attributes.created instanceof Date,
		members: members.data.map((p) => p.attributes.email),
		status,
		pkce: Pkce.generateCodes().codeChallenge.length,
	}),
);
