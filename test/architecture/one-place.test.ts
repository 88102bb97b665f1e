/**
 * One concept, one place: each refusal is made by the one factory, and each domain rule is written
 * once. These read the source: a second copy of a rule (a literal, a table, a constructor call)
 * fails here before it can drift from the first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesMatching, root, shippedSources, sourcesUnder } from './sources.js';

const sources = shippedSources();

describe('refusals', () => {
	it('every KlaviyoValidationError is made by the factory in src/core/errors.ts', () => {
		expect(filesMatching(sources, /\bnew\s+KlaviyoValidationError\b/)).toEqual(['src/core/errors.ts']);
	});

	it('the check sees a construction elsewhere when there is one', () => {
		const planted = new Map([...sources, ['src/x.ts', "throw new KlaviyoValidationError('no', 'f', 'r');"]]);
		expect(filesMatching(planted, /\bnew\s+KlaviyoValidationError\b/)).toContain('src/x.ts');
		// …but not in a comment.
		const cited = new Map([['src/y.ts', '// never `new KlaviyoValidationError(…)` here']]);
		expect(filesMatching(cited, /\bnew\s+KlaviyoValidationError\b/)).toEqual([]);
	});
});

/**
 * Each domain rule, the files allowed to write it, a pattern that finds it written (in code: comments
 * may cite a rule), and an example of it written again. A second file writing the rule fails here.
 */
const RULES: Array<[rule: string, home: string[], pattern: RegExp, copy: string]> = [
	['the retry statuses', ['src/core/retry.ts'], /\[\s*429\s*,\s*500\b/, '[429, 500, 503]'],
	['exponential backoff', ['src/core/retry.ts'], /\b2\s*\*\*\s*\(/, 'base * 2 ** (attempt - 1)'],
	[
		'reading Retry-After',
		['src/core/request.ts'],
		/get\(\s*['"]retry-after['"]\s*\)/i,
		"headers.get('Retry-After')",
	],
	["the 429's words", ['src/core/retry.ts'], /available in/, '/available in (\\d+)/'],
	// Defaults are named constants of core/options.ts: a number after `maxRetries ??` is a second one.
	[
		'a default number of retries or time per attempt',
		[],
		/\b(maxRetries|timeout)\s*(\?\?|=)\s*[\d_]+\b/,
		'options.timeout ?? 10_000',
	],
	[
		'UTF-8 encoding and decoding',
		['src/core/utf8.ts'],
		/new\s+Text(En|De)coder\b/,
		'new TextEncoder().encode(s)',
	],
	[
		'the JSON:API media type',
		['src/core/options.ts'],
		/application\/vnd\.api\+json/,
		"'application/vnd.api+json'",
	],
	['__track_once__', ['src/protocol/legacy.ts'], /__track_once__/, 'properties.__track_once__'],
	[
		'the identifier fields',
		['src/protocol/identifiers.ts'],
		/['"]email['"]\s*,\s*['"]phone_number['"]\s*,\s*['"]external_id['"]/,
		"['email', 'phone_number', 'external_id']",
	],
	[
		'isObject and isPlainObject',
		['src/protocol/values.ts'],
		/(const|function)\s+is(Plain)?Object\b/,
		'function isObject(value) {}',
	],
	[
		'the route → /client/* table',
		['src/protocol/wire.ts'],
		/\btrack['"]?\s*:\s*['"]\/client\/events['"]/,
		"{ track: '/client/events' }",
	],
	[
		'the same-event key',
		['src/protocol/identifiers.ts'],
		/function\s+sameEvent/,
		'function sameEventKey(event) {}',
	],
	[
		'the keepalive budget of a page',
		['src/public/outbox/queued-send.ts'],
		/\bKEEPALIVE\w*\s*=\s*[\d_]+/,
		'const KEEPALIVE_BUDGET = 60_000',
	],
	// The page inlines the key test: importing it costs its bundle ~10 B brotli (see the next test).
	[
		'the private-key pattern',
		['src/core/options.ts', 'src/public/client.ts'],
		/\/\^\\s\*pk_\/i/,
		'/^\\s*pk_/i.test(key)',
	],
];

describe('domain rules are written once', () => {
	it.each(RULES)('%s: only in %j', (_rule, home, pattern) => {
		expect(filesMatching(sources, pattern)).toEqual([...home].sort());
	});

	it('the page’s copy of the private-key pattern is the same as core’s', () => {
		const pattern = (path: string) => /\/\^\\s\*pk_\/i/.exec(sources.get(path)!)?.[0];
		expect(pattern('src/public/client.ts')).toBe(pattern('src/core/options.ts'));
	});

	it('each pattern finds its rule when it is written again elsewhere', () => {
		for (const [rule, , pattern, copy] of RULES) {
			const planted = new Map([...sources, ['src/elsewhere.ts', `export const x = ${copy};`]]);
			expect(filesMatching(planted, pattern), rule).toContain('src/elsewhere.ts');
		}
	});

	it('no comment or doc cites MAPPING §…, a document that is not in the repo', () => {
		const everything = [...sourcesUnder('src'), ...sourcesUnder('adapters'), ...sourcesUnder('test')];
		const docs = [
			'README.md',
			...readdirSync(join(root, 'docs'))
				.filter((name) => name.endsWith('.md'))
				.map((name) => `docs/${name}`),
		];
		const citing = [
			...everything.filter(
				([path, text]) => path !== 'test/architecture/one-place.test.ts' && /MAPPING\s*§/.test(text),
			),
			...docs
				.filter((path) => /MAPPING\s*§/.test(readFileSync(join(root, path), 'utf8')))
				.map((path) => [path]),
		].map(([path]) => path);
		expect(citing).toEqual([]);
	});
});
