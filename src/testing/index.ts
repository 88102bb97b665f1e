/**
 * `klaviyo-edge/testing`: a Klaviyo that lives in your test. It answers the endpoints the SDK
 * uses, checks every request against Klaviyo's published OpenAPI spec, keeps the profiles,
 * events, lists and jobs it was sent, and injects faults. Runs wherever `fetch` runs.
 *
 *   const emulator = createEmulator();
 *   const klaviyo = new Klaviyo({ privateToken: emulator.privateKey, fetch: emulator.fetch });
 *   await klaviyo.lists.createList('VIP');
 *   expect(emulator.invalidRequests()).toEqual([]);
 *
 * The spec (~650 KB) and its validators load on the first request, not on import.
 */
export { DroppedConnection } from './emulator/core.js';
export { createEmulator, DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY } from './emulator/create.js';
export type { ImportJob, KlaviyoEvent, List, Profile } from './emulator/model.js';
export type { Consent, GrantView, OAuthOptions } from './emulator/oauth.js';
export type { Store } from './emulator/store.js';
export type {
	Emulator,
	EmulatorOAuth,
	EmulatorOptions,
	EmulatorServer,
	EmulatorServerOptions,
	EmulatorWebhooks,
	FaultRule,
	RecordedRequest,
} from './emulator/types.js';
export type { EventView, JobView, ListView, ProfileView } from './emulator/views.js';
export type { SignedWebhook, WebhookOptions } from './emulator/webhooks.js';
