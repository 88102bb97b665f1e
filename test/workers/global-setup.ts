import { startEmulator } from 'klaviyo-edge/testing/node';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		emulatorUrl: string;
		publicKey: string;
		privateKey: string;
		/** The OAuth app the emulator knows, and the secret its webhooks are signed with. */
		clientId: string;
		clientSecret: string;
		webhookSecret: string;
	}
}

export default async function setup(project: TestProject) {
	const emu = await startEmulator();
	project.provide('emulatorUrl', emu.url);
	project.provide('publicKey', emu.publicKey);
	project.provide('privateKey', emu.privateKey);
	project.provide('clientId', emu.oauth.clientId);
	project.provide('clientSecret', emu.oauth.clientSecret);
	project.provide('webhookSecret', emu.webhooks.secret);
	return () => emu.close();
}
