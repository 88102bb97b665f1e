#!/usr/bin/env node
// `npm test`: builds the package (the Deno, Bun and workerd tests load dist/), runs every vitest
// suite (Node + happy-dom + Chromium, then workerd), then the Node parts again on Node 22, 24 and
// 26 (binaries from npm: scripts/node-versions.mjs), and ends with the one line CI reads:
// `N passed, N failed`, counting every run. Exits non-zero if anything failed or a suite could not report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeVersions } from './node-versions.mjs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const build = spawnSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
	console.log('0 passed, 1 failed');
	process.exit(1);
}

/**
 * What runs again on each other Node version: the private client, the relay, the testing entry and
 * node-klaviyo's README from the packed package (the rest is runtime-neutral or has its own runtime).
 */
const NODE_MATRIX = [
	'test/private',
	'test/adapters/relay',
	'test/testing/index.in-process.test.ts',
	'test/testing/emulator/page-feed.test.ts',
	'test/runtimes/node-klaviyo-readme.test.ts',
];

const suites = [
	{ name: 'node', args: [] },
	{ name: 'workers', args: ['-c', 'vitest.workers.config.ts'] },
];
const nodes = ensureNodeVersions();
if (nodes.error) console.error(`Node 22/24/26 runs: ${nodes.error}`);
// On linux-x64 (every machine and CI here) a failed install is a failure, not a quiet skip.
const installFailed = !!nodes.error && !nodes.unsupported;
for (const node of nodes.versions ?? []) {
	suites.push({ name: node.name, node: node.bin, args: NODE_MATRIX, env: { KLAVIYO_EDGE_PACK_DIST: '1' } });
}

let passed = 0;
let failed = 0;
let broken = installFailed;
for (const suite of suites) {
	const file = join(out, `${suite.name}.json`);
	const vitest = ['run', ...suite.args, '--reporter=default', '--reporter=json', `--outputFile=${file}`];
	if (suite.node) console.log(`\n${suite.name}: ${suite.node}`);
	const run = spawnSync(
		suite.node ?? 'npx',
		suite.node ? ['node_modules/vitest/vitest.mjs', ...vitest] : ['vitest', ...vitest],
		{ stdio: 'inherit', env: { ...process.env, ...suite.env, FORCE_COLOR: process.env.CI ? '0' : '1' } },
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
