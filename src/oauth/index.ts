/**
 * `klaviyo-edge/oauth`: a Klaviyo app's OAuth on fetch and WebCrypto only (Workers, Deno, Bun,
 * Node): the authorize URL with PKCE, the code exchange, refresh, revoke, token storage, and a
 * session per account that goes wherever a private key goes.
 *
 *   import { KlaviyoOAuth, kvTokenStorage } from 'klaviyo-edge/oauth';
 *   import { PrivateClient } from 'klaviyo-edge/private';
 *
 *   const oauth = new KlaviyoOAuth({ clientId, clientSecret, redirectUri, storage: kvTokenStorage(env.TOKENS) });
 *   const klaviyo = new PrivateClient(oauth.session(accountId));
 *
 * docs/apps.md walks through a whole app.
 */
export { KlaviyoOAuthError } from './errors.js';
export {
	type Authorization,
	type AuthorizeOptions,
	KlaviyoOAuth,
	type OAuthOptions,
	type OAuthSession,
} from './oauth.js';
export { type Pkce, pkce } from './pkce.js';
export {
	type KVNamespaceLike,
	kvTokenStorage,
	memoryTokenStorage,
	type TokenStorage,
	type Tokens,
} from './storage.js';
