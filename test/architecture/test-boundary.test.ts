import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

/**
 * Shipped and example code stands on its own: nothing in src/, examples/ or adapters/ reaches
 * into test/ (the emulator is imported through klaviyo-edge/testing, as a user would).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|html)$/;
// import/export … from '…', import('…'), require('…'), <script src="…">.
const SPECIFIER =
	/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+|\bsrc\s*=\s*)(['"`])([^'"`]+)\1/g;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
		const path = join(dir, entry.name);
		return entry.isDirectory() ? files(path) : SOURCE.test(entry.name) ? [path] : [];
	});
}

it('no file under src/, examples/ or adapters/ imports anything under test/', () => {
	const offenders: string[] = [];
	const scanned = ['src', 'examples', 'adapters'].flatMap((dir) => files(join(root, dir)));
	for (const file of scanned) {
		for (const [, , specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
			if (!specifier!.startsWith('.') && !specifier!.startsWith('/')) continue;
			const target = relative(root, resolve(dirname(file), specifier!));
			if (target === 'test' || target.startsWith(`test/`))
				offenders.push(`${relative(root, file)} → ${specifier}`);
		}
	}
	expect(scanned.length).toBeGreaterThan(50);
	expect(offenders).toEqual([]);
});

it('the check sees a relative import into test/ when there is one', () => {
	const line = "import { x } from '../../test/testing/emulator/helpers.js';";
	expect([...line.matchAll(SPECIFIER)].map((match) => match[2])).toEqual([
		'../../test/testing/emulator/helpers.js',
	]);
});
