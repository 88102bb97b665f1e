/**
 * An app against the emulator: one KlaviyoOAuth on a fresh storage, and `install(accountId)`, which
 * goes through the whole flow as a shop would (authorize URL → consent → callback → code exchange).
 */
import { KlaviyoOAuth, memoryTokenStorage, type OAuthOptions, type TokenStorage } from 'klaviyo-edge/oauth';
import type { EmulatorServer } from 'klaviyo-edge/testing/node';

export const REDIRECT = 'https://app.example/klaviyo/callback';

export interface App {
	oauth: KlaviyoOAuth;
	storage: TokenStorage;
	install(accountId: string, scopes?: string[]): Promise<void>;
}

export function appOn(emu: EmulatorServer, options: Partial<OAuthOptions> = {}): App {
	const storage = options.storage ?? memoryTokenStorage();
	const oauth = new KlaviyoOAuth({
		clientId: emu.oauth.clientId,
		clientSecret: emu.oauth.clientSecret,
		redirectUri: REDIRECT,
		baseUrl: emu.url,
		maxRetries: 0,
		...options,
		storage,
	});
	return {
		oauth,
		storage,
		async install(accountId, scopes = ['lists:read', 'lists:write', 'profiles:read']) {
			emu.oauth.consent = { accountId, approve: true };
			const started = await oauth.authorize({ scopes });
			// The shop's browser: Klaviyo's consent screen sends it back to the app's callback.
			const consent = await fetch(started.url, { redirect: 'manual' });
			await oauth.callback(accountId, consent.headers.get('location')!, started);
		},
	};
}

/** Successful refreshes the emulator saw, over every installation. */
export const refreshes = (emu: EmulatorServer) =>
	emu.oauth.grants().reduce((sum, grant) => sum + grant.refreshes, 0);

/** Requests the app made to the token endpoint. */
export const tokenRequests = (emu: EmulatorServer) =>
	emu.requests.filter((request) => request.path === '/oauth/token').length;
