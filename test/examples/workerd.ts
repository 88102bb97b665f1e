/**
 * Runs an example's Worker entry in workerd (Miniflare), bundled as wrangler would, with the
 * package's imports pointed at its sources, against an emulator on a local port.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { Miniflare } from 'miniflare';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ExampleWorker {
	emulator: EmulatorServer;
	fetch(url: string, init?: RequestInit): Promise<Response>;
	close(): Promise<void>;
}

export async function startExample(entry: string, vars: Record<string, string> = {}): Promise<ExampleWorker> {
	const emulator = await startEmulator();
	const bundle = await build({
		entryPoints: [`${root}${entry}`],
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		mainFields: ['module', 'main'],
		target: 'es2022',
		write: false,
		logLevel: 'error',
		alias: {
			'klaviyo-edge/cloudflare': `${root}adapters/cloudflare.ts`,
			'klaviyo-edge/private': `${root}src/private/index.ts`,
			'klaviyo-edge/relay': `${root}adapters/relay.ts`,
		},
	});
	const mf = new Miniflare({
		modules: true,
		script: bundle.outputFiles[0]!.text,
		compatibilityDate: '2026-04-01',
		bindings: {
			KLAVIYO_PUBLIC_KEY: emulator.publicKey,
			KLAVIYO_PRIVATE_KEY: emulator.privateKey,
			KLAVIYO_BASE_URL: emulator.url,
			...vars,
		},
	});
	await mf.ready;
	return {
		emulator,
		fetch: async (url, init) => (await mf.dispatchFetch(url, init as never)) as unknown as Response,
		close: async () => {
			await mf.dispose();
			await emulator.close();
		},
	};
}
