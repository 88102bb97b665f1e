/**
 * Every fenced sample of README.md, the other top-level docs, docs/ and examples/ runs or
 * typechecks (the convention: CONTRIBUTING.md, "Docs samples"; the parser: ./samples.ts).
 * Files are found by scanning, so a new doc is covered the day it lands.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand, commandsOf } from './commands.js';
import { runScript } from './run-script.js';
import { runShell } from './run-shell.js';
import { docFiles, htmlScripts, isScript, isShell, type Sample, samplesOf } from './samples.js';
import { type Checked, composed, type Env, syntaxErrors, typecheck } from './typecheck.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// A file whose blocks do not parse is reported by the first test; its samples are left out here.
const samples = docFiles(root).flatMap((file) => {
	try {
		return samplesOf(file, readFileSync(`${root}${file}`, 'utf8'));
	} catch {
		return [];
	}
});
const counts: Record<string, number> = {};
const count = (what: string) => {
	counts[what] = (counts[what] ?? 0) + 1;
};

/** The script sample before this one in the same file (what `continues` builds on). */
const previous = (sample: Sample) =>
	samples.filter((s) => s.file === sample.file && s.index < sample.index && isScript(s.lang)).at(-1);

/** The code a sample contributes to the typecheck: a script, or an HTML sample's module scripts. */
function scriptOf(sample: Sample): string | undefined {
	if (isScript(sample.lang)) return sample.code;
	if (sample.lang === 'html') return htmlScripts(sample.code).modules.join('\n') || undefined;
	return undefined;
}

const typechecked = samples.filter(
	(s) => (s.harness === 'typecheck' || s.harness === 'run') && scriptOf(s) !== undefined,
);
const results = new Map<Sample, Checked>();
const checked = (sample: Sample): Checked => results.get(sample)!;

// One program per runtime, built once (the first costs ~15 s on a loaded 2-core machine).
beforeAll(() => {
	// One program per runtime, and JavaScript apart: a JS reader writes no annotations.
	const groups = new Map<string, Array<{ sample: Sample; text: string; offset: number }>>();
	for (const s of typechecked) {
		const env = s.options.env ?? (s.lang === 'html' ? 'browser' : 'node');
		const key = `${env} ${/^(js|javascript|jsx|mjs|cjs)$/.test(s.lang) ? 'js' : 'ts'}`;
		const list = groups.get(key) ?? [];
		list.push({ sample: s, ...composed(s, previous, scriptOf(s)) });
		groups.set(key, list);
	}
	for (const [key, list] of groups) {
		const [env, language] = key.split(' ') as [Env, string];
		for (const result of typecheck(root, env, list, language === 'js')) results.set(result.sample, result);
	}
}, 180_000);

it('scans every markdown file a user reads, and each of its blocks says how it is checked', () => {
	const files = docFiles(root);
	for (const expected of ['README.md', 'CONTRIBUTING.md', 'docs/relay.md', 'examples/worker/README.md'])
		expect(files).toContain(expected);
	for (const file of files)
		expect(() => samplesOf(file, readFileSync(`${root}${file}`, 'utf8'))).not.toThrow();
});

it('the convention catches a block without a language and an unknown harness', () => {
	expect(() => samplesOf('x.md', '```\ncode\n```')).toThrow(/needs a language/);
	expect(() => samplesOf('x.md', '<!-- docs-sample: maybe -->\n```ts\nx\n```')).toThrow(/no harness/);
	const [sample] = samplesOf(
		'x.md',
		'<!-- docs-sample: typecheck env=worker prelude=env -->\n\n```ts\nx\n```',
	);
	expect(sample).toMatchObject({ harness: 'typecheck', options: { env: 'worker', prelude: 'env' }, line: 3 });
});

describe.each(docFiles(root).filter((file) => samples.some((s) => s.file === file)))('%s', (file) => {
	for (const sample of samples.filter((s) => s.file === file)) {
		const name = `line ${sample.line}: ${sample.lang} (${sample.harness}${sample.options.with ? ` ${sample.options.with}` : ''})`;
		if (typechecked.includes(sample)) {
			it(`${name} typechecks`, () => {
				count(sample.harness === 'run' ? 'run' : 'typechecked');
				expect(checked(sample).errors).toEqual([]);
			});
		}
		if (sample.harness === 'run' && isScript(sample.lang)) {
			it(`${name} runs against the emulator`, async () => {
				await runScript(root, sample, composed(sample, previous).text);
			}, 60_000);
		}
		if (sample.harness === 'run' && isShell(sample.lang)) {
			it(`${name} runs, step by step`, async () => {
				count('run');
				await runShell(root, sample);
			}, 180_000);
		}
		if (sample.harness === 'run' && sample.lang === 'html') {
			it(`${name} loads in Chromium`, async () => {
				const { runHtml } = await import('./run-html.js');
				await runHtml(root, sample);
			}, 90_000);
		}
		if (sample.harness === 'syntax') {
			it(`${name} parses (a retired API, shown for comparison)`, () => {
				count('syntax only');
				expect(syntaxErrors(sample)).toEqual([]);
			});
		}
		if (sample.harness === 'check') {
			it(`${name}: its commands name real scripts, tools and files`, () => {
				count('commands checked');
				const commands = commandsOf(sample.code);
				expect(commands.length).toBeGreaterThan(0);
				expect(commands.flatMap((command) => checkCommand(root, command))).toEqual([]);
			});
		}
		if (sample.harness === 'parse') {
			it(`${name} parses`, () => {
				count('parsed');
				const json = sample.lang === 'jsonc' ? sample.code.replace(/^\s*\/\/.*$/gm, '') : sample.code;
				expect(() => JSON.parse(json)).not.toThrow();
			});
		}
		if (sample.harness === 'text') {
			it(`${name} is prose (a diagram or output), not code`, () => {
				count('text');
				expect(sample.code.trim()).not.toBe('');
			});
		}
	}
});

afterAll(() => {
	const summary = Object.entries(counts)
		.map(([what, n]) => `${n} ${what}`)
		.join(', ');
	console.log(`docs samples: ${samples.length} blocks in ${docFiles(root).length} files: ${summary}`);
});
