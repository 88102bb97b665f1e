import { startEmulator } from 'klaviyo-edge/testing/node';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		emulatorUrl: string;
		publicKey: string;
		privateKey: string;
		/**
		 * An emulator of its own for examples/klaviyo-app (its OAuth clock and grants are not reset by
		 * another file's test), the OAuth app it knows, and the secret its webhooks are signed with.
		 */
		appsEmulatorUrl: string;
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
	const apps = await startEmulator();
	project.provide('appsEmulatorUrl', apps.url);
	project.provide('clientId', apps.oauth.clientId);
	project.provide('clientSecret', apps.oauth.clientSecret);
	project.provide('webhookSecret', apps.webhooks.secret);
	return async () => {
		await emu.close();
		await apps.close();
	};
}
