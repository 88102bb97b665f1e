/**
 * klaviyo-api's code inside workerd, with only its import changed to klaviyo-edge/klaviyo-api
 * (no nodejs_compat needed): its profiles + lists Worker against the emulator, a camelCase body,
 * an error as its users catch it, and Pkce on WebCrypto's random bytes.
 */
import { ApiKeySession, ListsApi, Pkce, ProfileEnum, ProfilesApi } from 'klaviyo-edge/klaviyo-api';
import { expect, inject, it } from 'vitest';

const session = new ApiKeySession(inject('privateKey'));
const clients = () => {
	const profiles = new ProfilesApi(session);
	const lists = new ListsApi(session);
	profiles.basePath = inject('emulatorUrl');
	lists.basePath = inject('emulatorUrl');
	return { profiles, lists };
};

it('runs inside workerd', () => {
	expect(navigator.userAgent).toBe('Cloudflare-Workers');
});

it('the profiles + lists Worker: create a profile, add it to a list, read the list back', async () => {
	const { profiles, lists } = clients();
	const { body: profile } = await profiles.createProfile({
		data: {
			type: ProfileEnum.Profile,
			attributes: {
				email: 'worker@klaviyo-demo.com',
				firstName: 'Ada',
				properties: { favorite_color: 'teal' },
			},
		},
	});
	expect(profile.data.attributes.firstName).toBe('Ada');
	expect(profile.data.attributes.created).toBeInstanceOf(Date);
	expect(profile.data.attributes.properties).toEqual({ favorite_color: 'teal' });
	const { body: list } = await lists.createList({
		data: { type: 'list', attributes: { name: 'From workerd' } },
	});
	const added = await lists.addProfilesToList(list.data.id!, {
		data: [{ type: 'profile', id: profile.data.id! }],
	});
	expect(added.response.status).toBe(204);
	const { body: members } = await lists.getProfilesForList(list.data.id!);
	expect(members.data.map((p) => p.attributes.email)).toEqual(['worker@klaviyo-demo.com']);
});

it('errors carry error.response, as klaviyo-api’s users catch them', async () => {
	const { lists } = clients();
	const error = await lists.getList('01NOPE').catch((e: unknown) => e);
	expect(error).toMatchObject({ isAxiosError: true, response: { status: 404 } });
});

it('Pkce.generateCodes works without Node’s crypto', () => {
	const { codeVerifier, codeChallenge } = Pkce.generateCodes();
	expect(codeVerifier).toMatch(/^[\w-]{43}$/);
	expect(codeChallenge).toMatch(/^[\w-]{43}$/);
});
