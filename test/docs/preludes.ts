/**
 * What a fragment sample takes as given (`<!-- docs-sample: typecheck prelude=NAME -->`): the
 * names the surrounding prose introduces, declared with their real types. Keep each short.
 */
export const PRELUDES: Record<string, string> = {
	/** node-klaviyo code: the client, and ids the reader has from earlier calls. */
	klaviyo: `declare const klaviyo: import('klaviyo-edge').default;
declare const listId: string;
declare const profileId: string;
declare const metricId: string;
declare const profiles: Array<{ email: string }>;`,
	/** A real client, for samples that run (the emulator's key is in the environment then). */
	client: `import Klaviyo from 'klaviyo-edge';
const klaviyo = new Klaviyo({ publicToken: 'ABC123', privateToken: process.env.KLAVIYO_PRIVATE_KEY });`,
	/** An emulator, as docs/testing.md makes one. */
	emulator: `import { createEmulator } from 'klaviyo-edge/testing';
const emulator = createEmulator();`,
	/** A Worker's bindings, inside its fetch handler. */
	env: `declare const env: { KLAVIYO_PUBLIC_KEY: string; KLAVIYO_PRIVATE_KEY: string };`,
	/** Lists of things to send, as a server script has them. */
	bulk: `type Profiles = import('klaviyo-edge/private').PrivateClient['profiles'];
declare const events: import('klaviyo-edge/private').LegacyEvent[];
declare const profiles: Parameters<Profiles['bulkImport']>[0] &
	Parameters<Profiles['subscribe']>[0] &
	Parameters<Profiles['unsubscribe']>[0];
declare const listId: string;`,
	/** The shop's own code a sample calls. */
	shop: `declare function placeOrder(klaviyo: import('klaviyo-edge').default, order: { email: string; total: number }): Promise<void>;`,
};
