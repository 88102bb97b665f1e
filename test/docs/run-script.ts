/**
 * Runs a script sample (`<!-- docs-sample: run -->`) as written, in this Node process, against an
 * in-process emulator: the global `fetch` is the emulator's (it answers for any host, so the
 * sample's default Klaviyo URL lands there), `KLAVIYO_PRIVATE_KEY` is the emulator's key, and the
 * public key `ABC123` the docs use is the emulator's public key. Nothing leaves the process. The
 * sample must finish, send at least one request, and send nothing Klaviyo's spec refuses.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEmulator } from 'klaviyo-edge/testing';
import { expect } from 'vitest';
import type { Sample } from './samples.js';
import { entrySources } from './typecheck.js';

export async function runScript(root: string, sample: Sample, text: string): Promise<void> {
	const sources = entrySources(root);
	// The package by name, as the sample imports it: here, its sources.
	const code = text.replace(
		/(['"])(?:npm:)?(klaviyo-edge(?:\/[\w/-]+)?)\1/g,
		(match, quote: string, name: string) => (sources[name] ? `${quote}${sources[name]}${quote}` : match),
	);
	const dir = join(root, '.docs-samples', 'run');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${sample.file.replace(/[^\w]/g, '_')}_${sample.index}_${Date.now()}.ts`);
	writeFileSync(file, code);

	const emulator = createEmulator({ publicKey: 'ABC123' });
	const saved = { fetch: globalThis.fetch, key: process.env.KLAVIYO_PRIVATE_KEY, log: console.log };
	globalThis.fetch = emulator.fetch as typeof fetch;
	process.env.KLAVIYO_PRIVATE_KEY = emulator.privateKey;
	const printed: unknown[][] = [];
	console.log = (...args: unknown[]) => printed.push(args);
	try {
		await import(pathToFileURL(file).href);
	} finally {
		globalThis.fetch = saved.fetch;
		console.log = saved.log;
		if (saved.key === undefined) delete process.env.KLAVIYO_PRIVATE_KEY;
		else process.env.KLAVIYO_PRIVATE_KEY = saved.key;
		rmSync(file, { force: true });
	}
	expect(emulator.requests.length, `${sample.file}:${sample.line} sent nothing`).toBeGreaterThan(0);
	expect(emulator.invalidRequests(), `${sample.file}:${sample.line}`).toEqual([]);
	expect(
		emulator.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.path} ${r.status}`),
		`${sample.file}:${sample.line}: refused requests`,
	).toEqual([]);
}
