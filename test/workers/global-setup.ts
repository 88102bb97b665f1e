import type { TestProject } from 'vitest/node';
import { startEmulator } from '../../src/testing/emulator/index.js';

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
