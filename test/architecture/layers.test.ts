/**
 * The layers of docs/architecture.md, as its table states them: every import of shipped code stays
 * within what its layer may import. The table is read from the doc, so the doc and the code cannot
 * drift apart: a new dependency between layers changes both, or this fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourcesUnder, withoutComments } from './sources.js';

interface Layer {
	name: string;
	folder: string;
	mayImport: string[];
}

/** The rows of the doc's "Layers" table: `| name | \`folder\` | a, b |`. */
function layerTable(doc: string): Layer[] {
	const section = doc.split(/^## Layers$/m)[1]!.split(/^## /m)[0]!;
	return section
		.split('\n')
		.filter((line) => /^\|\s*\w+\s*\|\s*`/.test(line))
		.map((line) => {
			const [name, folder, deps] = line
				.split('|')
				.slice(1, 4)
				.map((cell) => cell.trim());
			return {
				name: name!,
				folder: folder!.replace(/`/g, ''),
				mayImport: deps === '—' ? [] : deps!.split(',').map((dep) => dep.trim()),
			};
		});
}

const layers = layerTable(readFileSync(join(root, 'docs/architecture.md'), 'utf8'));

/** The layer a repo path belongs to: the longest folder that holds it (or the file itself). */
function layerOf(path: string): Layer | undefined {
	return layers
		.filter((layer) => path === layer.folder || path.startsWith(`${layer.folder}/`))
		.sort((a, b) => b.folder.length - a.folder.length)[0];
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.[^'"]*)\1/g;

/** `file → imported file` for every relative import of the layers' code, comments left out. */
function imports(): Array<[string, string]> {
	const found: Array<[string, string]> = [];
	for (const dir of ['src', 'adapters']) {
		for (const [file, text] of sourcesUnder(dir)) {
			for (const [, , specifier] of withoutComments(text).matchAll(IMPORT)) {
				const target = relative(root, resolve(join(root, dirname(file)), specifier!)).replace(/\.js$/, '.ts');
				found.push([file, target]);
			}
		}
	}
	return found;
}

describe('layers', () => {
	it('the doc names every layer, and every file of src/ and adapters/ is in one', () => {
		expect(layers.map((layer) => layer.name)).toEqual([
			'core',
			'protocol',
			'public',
			'private',
			'api',
			'oauth',
			'webhooks',
			'compat',
			'onsite',
			'entry',
			'adapters',
			'testing',
		]);
		const outside = [...sourcesUnder('src').keys(), ...sourcesUnder('adapters').keys()].filter(
			(f) => !layerOf(f),
		);
		expect(outside).toEqual([]);
	});

	it('every import stays within what its layer may import (docs/architecture.md)', () => {
		const offenders = imports()
			.map(([file, target]) => [file, target, layerOf(file)!, layerOf(target)] as const)
			.filter(([, , from, to]) => to && to !== from && !from.mayImport.includes(to.name))
			.map(([file, target, from, to]) => `${file} (${from.name}) → ${target} (${to!.name})`);
		expect(offenders).toEqual([]);
	});

	it('the check sees an import across a forbidden line when there is one', () => {
		const core = layerOf('src/core/errors.ts')!;
		expect(core.mayImport).not.toContain(layerOf('src/public/track.ts')!.name);
		expect(layerOf('src/index.ts')!.name).toBe('entry');
		expect(layerOf('src/testing/emulator/core.ts')!.mayImport).toEqual([]);
		const table = '## Layers\n\n| a | `x` | — |\n| b | `y` | a, c |\n\n## Next';
		expect(layerTable(table)).toEqual([
			{ name: 'a', folder: 'x', mayImport: [] },
			{ name: 'b', folder: 'y', mayImport: ['a', 'c'] },
		]);
	});
});
