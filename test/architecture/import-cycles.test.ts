/**
 * No module of `src/` or `adapters/` imports, through any chain, a module that imports it back: a
 * cycle makes load order matter (a value read before its module ran is `undefined`) and two
 * concepts that cannot be read apart. The imports are the ones esbuild keeps when it bundles
 * every file (its metafile): what runs. A type-only import is erased, so it is not one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
	});
}

/** File (relative to the repo) → the local files it imports at run time, as esbuild resolves them. */
async function importGraph(files: string[]): Promise<Map<string, string[]>> {
	const { metafile } = await build({
		entryPoints: files,
		bundle: true,
		write: false,
		metafile: true,
		outdir: 'out',
		platform: 'node',
		format: 'esm',
		packages: 'external',
		logLevel: 'silent',
		absWorkingDir: root,
	});
	return new Map(
		Object.entries(metafile.inputs).map(([file, { imports }]) => [
			file,
			imports.filter(({ external }) => !external).map(({ path }) => path),
		]),
	);
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node)!, low.get(target)!));
			} else if (stack.includes(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return cycles;
}

describe('imports', () => {
	it('the cycle finder finds a cycle, however long, and nothing in a tree', () => {
		const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
		expect(cyclesOf(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
		expect(cyclesOf(graph({ a: ['a'] }))).toEqual([['a']]);
		expect(cyclesOf(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
	});

	it('the graph holds run-time imports and re-exports, not type-only ones', async () => {
		const graph = await importGraph([join(root, 'src/public/index.ts')]);
		const imported = graph.get('src/public/index.ts')!;
		expect(imported).toContain('src/public/client.ts');
		expect(imported).toContain('src/core/errors.ts'); // `export { … } from`
		expect(imported).not.toContain('src/public/client-state.ts'); // `export type { … } from`
	});

	it('src/ and adapters/ have no import cycle', async () => {
		const files = [...sources(join(root, 'src')), ...sources(join(root, 'adapters'))];
		expect(files.length).toBeGreaterThan(50);
		const graph = await importGraph(files);
		expect(graph.size).toBeGreaterThanOrEqual(files.length);
		expect(cyclesOf(graph)).toEqual([]);
	});
});
