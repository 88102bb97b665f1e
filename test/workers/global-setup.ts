import { startEmulator } from 'klaviyo-edge/testing/node';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		emulatorUrl: string;
		publicKey: string;
		privateKey: string;
	}
}

export default async function setup(project: TestProject) {
	const emu = await startEmulator();
	project.provide('emulatorUrl', emu.url);
	project.provide('publicKey', emu.publicKey);
	project.provide('privateKey', emu.privateKey);
	return () => emu.close();
}
