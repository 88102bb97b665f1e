/**
 * Typechecks doc samples as the code a user would write: each sample is its own module, its
 * `klaviyo-edge/…` imports (and Deno's `npm:klaviyo-edge/…`) resolve to the package's sources
 * (every entry of tsup.config.ts), anything else to node_modules. One program per environment.
 */
import { join } from 'node:path';
import ts from 'typescript';
import tsupConfig from '../../tsup.config.js';
import { PRELUDES } from './preludes.js';
import type { Sample } from './samples.js';

/** Which runtime's globals a sample sees (`env=` of its marker). */
export type Env = 'node' | 'browser' | 'worker' | 'deno' | 'bun';

const ENVS: Record<Env, { lib: string[]; types: string[] }> = {
	node: { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: ['node'] },
	browser: { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [] },
	worker: { lib: ['lib.es2022.d.ts'], types: ['@cloudflare/workers-types'] },
	deno: { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: ['deno'] },
	bun: { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: ['bun'] },
};

/** `klaviyo-edge/public` → `src/public/index.ts`, for every entry the package builds. */
export function entrySources(root: string): Record<string, string> {
	const configs = Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig];
	const entries: Record<string, string> = {};
	for (const config of configs as Array<{ entry?: unknown; format?: unknown }>) {
		if (!config.entry || typeof config.entry !== 'object' || Array.isArray(config.entry)) continue;
		// The CDN file (browser/…) is the public entry again, not a subpath of the package.
		if (!Array.isArray(config.format) || !config.format.includes('cjs')) continue;
		for (const [name, source] of Object.entries(config.entry as Record<string, string>)) {
			const subpath = name === 'index' ? '' : `/${name.replace(/\/index$/, '')}`;
			entries[`klaviyo-edge${subpath}`] = join(root, source);
		}
	}
	return entries;
}

export interface Checked {
	sample: Sample;
	/** The sample's own code as checked (an HTML sample: its module scripts). */
	errors: string[];
}

/** The text checked for a sample: its preludes, the samples it continues, then its own code. */
export function composed(
	sample: Sample,
	previous: (sample: Sample) => Sample | undefined,
	code = sample.code,
) {
	const parts: string[] = [];
	for (const name of (sample.options.prelude ?? '').split(',').filter(Boolean)) {
		const prelude = PRELUDES[name];
		if (prelude === undefined) throw new Error(`${sample.file}:${sample.line}: no prelude '${name}'`);
		parts.push(prelude);
	}
	if (sample.options.continues) {
		const before = previous(sample);
		if (!before) throw new Error(`${sample.file}:${sample.line}: 'continues' but no script sample before it`);
		parts.push(composed(before, previous).text);
	}
	const head = parts.join('\n');
	const offset = head ? head.split('\n').length : 0;
	return { text: `${head}${head ? '\n' : ''}${code}\n\nexport {};\n`, offset };
}

export function typecheck(
	root: string,
	env: Env,
	samples: Array<{ sample: Sample; text: string; offset: number }>,
	javascript = false,
): Checked[] {
	const entries = entrySources(root);
	const paths: Record<string, string[]> = {};
	for (const [specifier, source] of Object.entries(entries)) {
		paths[specifier] = [source];
		paths[`npm:${specifier}`] = [source];
	}
	const options: ts.CompilerOptions = {
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		// A JavaScript reader writes no annotations and no null checks: names and calls are what is checked.
		strict: !javascript,
		noUncheckedIndexedAccess: !javascript,
		esModuleInterop: true,
		skipLibCheck: true,
		resolveJsonModule: true,
		noEmit: true,
		allowJs: true,
		jsx: ts.JsxEmit.ReactJSX,
		lib: ENVS[env].lib,
		types: ENVS[env].types,
		baseUrl: root,
		paths,
	};
	const dir = join(root, '.docs-samples', `${env}-${javascript ? 'js' : 'ts'}`);
	const files = new Map<string, { sample: Sample; text: string; offset: number }>();
	for (const entry of samples) {
		const ext = entry.sample.lang === 'tsx' || entry.sample.lang === 'jsx' ? 'tsx' : 'ts';
		const name = `${entry.sample.file.replace(/[^\w]/g, '_')}_${entry.sample.index}.${ext}`;
		files.set(join(dir, name), entry);
	}
	const host = ts.createCompilerHost(options);
	const { getSourceFile, fileExists, readFile } = host;
	host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
	host.readFile = (file) => files.get(file)?.text ?? readFile.call(host, file);
	host.getSourceFile = (file, language, onError, create) => {
		const own = files.get(file);
		return own
			? ts.createSourceFile(file, own.text, language, true)
			: getSourceFile.call(host, file, language, onError, create);
	};
	const program = ts.createProgram([...files.keys()], options, host);
	return [...files].map(([file, { sample, offset }]) => {
		const source = program.getSourceFile(file)!;
		const diagnostics = [
			...program.getSyntacticDiagnostics(source),
			...program.getSemanticDiagnostics(source),
		];
		const errors = diagnostics.map((diagnostic) => {
			const line =
				diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
			const own = line - offset;
			const where =
				own >= 0 ? `${sample.file}:${sample.line + 1 + own}` : `${sample.file}:${sample.line} (prelude)`;
			return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
		});
		return { sample, errors };
	});
}

/** A sample of a retired API, shown for comparison: it must parse, nothing more. */
export function syntaxErrors(sample: Sample): string[] {
	const source = ts.createSourceFile(
		'sample.ts',
		sample.code,
		ts.ScriptTarget.ES2022,
		true,
		ts.ScriptKind.TS,
	);
	const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
	return diagnostics.map(
		(d) => `${sample.file}:${sample.line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
	);
}
