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
import { COVERAGE } from './emulator/coverage.js';

export { DroppedConnection } from './emulator/core.js';
export { createEmulator, DEFAULT_PRIVATE_KEY, DEFAULT_PUBLIC_KEY } from './emulator/create.js';
export type { ImportJob, KlaviyoEvent, List, Profile } from './emulator/model.js';
export type { Store } from './emulator/store.js';
export type {
	Emulator,
	EmulatorOptions,
	EmulatorServer,
	EmulatorServerOptions,
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
