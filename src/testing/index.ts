/**
 * `klaviyo-edge/testing`: a Klaviyo that lives in your test. It answers all 345 operations of
 * Klaviyo's stable API, checks every request against its published OpenAPI spec, keeps the
 * account it was sent (profiles, events, lists, catalogs, coupons, campaigns, jobs…), and injects
 * faults. Runs wherever `fetch` runs.
 *
 *   const emulator = createEmulator();
 *   const klaviyo = new Klaviyo({ privateToken: emulator.privateKey, fetch: emulator.fetch });
 *   await klaviyo.lists.createList('VIP');
 *   expect(emulator.invalidRequests()).toEqual([]);
 *
 * The spec (1.4 MB of JSON) loads on the first request, each schema when first used; not on import.
 */
import { COVERAGE } from './emulator/coverage.js';

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
export type { EventView, JobView, ListView, ProfileView, ResourceView } from './emulator/views.js';

/**
 * How the emulator answers each operation of Klaviyo's stable spec, by operationId:
 * `modelled` (from the account it keeps: what is written reads back) or `synthesized` (a
 * document built from the spec's response schema, valid but not backed by state).
 *
 *   operationCoverage().get_catalog_items // 'modelled'
 */
export function operationCoverage(): Record<string, 'modelled' | 'synthesized'> {
	return { ...COVERAGE };
}
export type { EmitOptions, SignedWebhook, WebhookDelivery, WebhookOptions } from './emulator/webhooks.js';
