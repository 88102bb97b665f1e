/**
 * Tests mirror the code (docs/architecture.md, "Tests"): `test/X/y.test.ts` or
 * `test/X/y.<aspect>.test.ts` tests `src/X/y.ts` (a folder `src/X/y/` counts too); `test/adapters`,
 * `test/docs`, `test/examples` and `test/scripts` mirror `adapters/`, `docs/`, `examples/` and
 * `scripts/` (`test/docs/README.*` the README at the root). Suites with their own
 * runner keep their folders. A test whose module moved or vanished fails here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, sourcesUnder } from './sources.js';

const OWN_RUNNERS = ['test/browser/', 'test/workers/', 'test/runtimes/', 'test/architecture/'];

/** The module a test file is for, or `undefined` when the layout names none. */
function moduleOf(test: string, exists: (path: string) => boolean): string | undefined {
	const mirrored = test.replace(/^test\//, '').replace(/\.test\.ts$/, '');
	const [top] = mirrored.split('/');
	const base = ['adapters', 'examples', 'docs', 'scripts'].includes(top!) ? mirrored : `src/${mirrored}`;
	const dot = base.lastIndexOf('.');
	const candidates = [base, ...(dot > base.lastIndexOf('/') ? [base.slice(0, dot)] : [])];
	// test/docs/README.*.test.ts: the README at the root (its samples, figures and CDN pin).
	if (top === 'docs') candidates.push(...candidates.map((candidate) => candidate.replace(/^docs\//, '')));
	for (const candidate of candidates) {
		for (const path of [`${candidate}.ts`, `${candidate}.mjs`, `${candidate}.md`, candidate])
			if (exists(path)) return path;
	}
	return undefined;
}

it('every test file is found by the path of what it tests', () => {
	const tests = [...sourcesUnder('test').keys()].filter(
		(path) => path.endsWith('.test.ts') && !OWN_RUNNERS.some((folder) => path.startsWith(folder)),
	);
	expect(tests.length).toBeGreaterThan(50);
	const orphans = tests.filter((test) => !moduleOf(test, (path) => existsSync(join(root, path))));
	expect(orphans).toEqual([]);
});

it('reads the layout as the doc states it', () => {
	const exists = (path: string) =>
		[
			'src/core/errors.ts',
			'src/public/index.ts',
			'adapters/relay.ts',
			'docs/relay.md',
			'src/testing/emulator',
		].includes(path);
	expect(moduleOf('test/core/errors.test.ts', exists)).toBe('src/core/errors.ts');
	expect(moduleOf('test/core/errors.redaction.test.ts', exists)).toBe('src/core/errors.ts');
	expect(moduleOf('test/public/index.size.test.ts', exists)).toBe('src/public/index.ts');
	expect(moduleOf('test/adapters/relay.test.ts', exists)).toBe('adapters/relay.ts');
	expect(moduleOf('test/docs/relay.test.ts', exists)).toBe('docs/relay.md');
	expect(moduleOf('test/core/http.test.ts', exists)).toBeUndefined();
	expect(moduleOf('test/queues/consumer.test.ts', exists)).toBeUndefined();
});
