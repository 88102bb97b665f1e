#!/usr/bin/env node
// `npm test`: builds the package (the Deno, Bun and workerd tests load dist/), runs every vitest
// suite (Node + happy-dom + Chromium, then workerd), and ends with the one line CI reads:
// `N passed, N failed`. Exits non-zero if anything failed or a suite could not report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const build = spawnSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
	console.log('0 passed, 1 failed');
	process.exit(1);
}

const suites = [
	{ name: 'node', args: [] },
	{ name: 'workers', args: ['-c', 'vitest.workers.config.ts'] },
];

let passed = 0;
let failed = 0;
let broken = false;
for (const suite of suites) {
	const file = join(out, `${suite.name}.json`);
	const run = spawnSync(
		'npx',
		['vitest', 'run', ...suite.args, '--reporter=default', '--reporter=json', `--outputFile=${file}`],
		{ stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } },
	);
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		// A file that fails to load has no tests to count: count it as a failure.
		failed += report.testResults.filter(
			(r) => r.status === 'failed' && r.assertionResults.length === 0,
		).length;
		if (run.status !== 0 && report.numFailedTests === 0) broken = true;
	} catch {
		console.error(`suite ${suite.name} produced no report (exit ${run.status})`);
		broken = true;
	}
}
if (broken && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
