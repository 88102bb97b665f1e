/**
 * Every fenced code block of the user docs, with what it claims to be. The convention
 * (CONTRIBUTING.md, "Docs samples"):
 *
 * - A block's language says how it is checked: `ts`/`js` (typechecked against the package's
 *   sources), `sh` (each command checked: scripts exist, files exist, tools are installed),
 *   `html` (its module scripts typechecked), `json`/`jsonc` (parsed), `text` (not code: diagrams,
 *   output). A block without a language fails.
 * - An HTML comment on the line before the fence changes that:
 *   `<!-- docs-sample: HARNESS option option=value … -->`, e.g.
 *   `<!-- docs-sample: typecheck env=worker prelude=env -->`, `<!-- docs-sample: run -->`,
 *   `<!-- docs-sample: syntax -->` (code of a retired API, shown for comparison: parsed only).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type Harness = 'typecheck' | 'run' | 'syntax' | 'check' | 'parse' | 'text';

export interface Sample {
	/** Repository-relative path of the markdown file. */
	file: string;
	/** 1-based line of the opening fence. */
	line: number;
	lang: string;
	code: string;
	harness: Harness;
	/** `key=value` options of the marker (`env`, `prelude`, `with`); a bare word is `key=true`. */
	options: Record<string, string>;
	/** Index among the file's samples. */
	index: number;
}

const TYPESCRIPT = new Set(['ts', 'typescript', 'tsx', 'js', 'javascript', 'jsx', 'mjs', 'cjs']);
const SHELL = new Set(['sh', 'bash', 'shell', 'console']);
const DATA = new Set(['json', 'jsonc']);

export const isScript = (lang: string) => TYPESCRIPT.has(lang);
export const isShell = (lang: string) => SHELL.has(lang);

/** How a language is checked when no marker says otherwise. */
function defaultHarness(lang: string): Harness | undefined {
	if (TYPESCRIPT.has(lang) || lang === 'html') return 'typecheck';
	if (SHELL.has(lang)) return 'check';
	if (DATA.has(lang)) return 'parse';
	if (lang === 'text') return 'text';
	return undefined;
}

const MARKER = /^<!--\s*docs-sample:\s*(.*?)\s*-->$/;
const HARNESSES: Harness[] = ['typecheck', 'run', 'syntax', 'check', 'parse', 'text'];

/** The markdown files a user reads: README.md and the other top-level docs, docs/, examples/. */
export function docFiles(root: string): string[] {
	const files = readdirSync(root)
		.filter((name) => name.endsWith('.md'))
		.map((name) => join(root, name));
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			if (name === 'node_modules' || name.startsWith('.')) continue;
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				// docs/api is TypeDoc's output (generated, not committed).
				if (relative(root, path) !== join('docs', 'api')) walk(path);
			} else if (name.endsWith('.md')) files.push(path);
		}
	};
	for (const dir of ['docs', 'examples']) walk(join(root, dir));
	return files.map((path) => relative(root, path)).sort();
}

/** The fenced blocks of one markdown text. Throws on a block without a language or a bad marker. */
export function samplesOf(file: string, text: string): Sample[] {
	const lines = text.split('\n');
	const samples: Sample[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/.exec(lines[i]!);
		if (!open) continue;
		const [, indent, fence, lang] = open as unknown as [string, string, string, string];
		const body: string[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const line = lines[j]!;
			if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') break;
			body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
		}
		if (j === lines.length) throw new Error(`${file}:${i + 1}: the fence is never closed`);
		const where = `${file}:${i + 1}`;
		let previous = i - 1;
		while (previous >= 0 && lines[previous]!.trim() === '') previous--;
		const marker = previous >= 0 ? MARKER.exec(lines[previous]!.trim()) : null;
		const words = marker ? marker[1]!.split(/\s+/).filter(Boolean) : [];
		const harness = (words[0] ?? defaultHarness(lang)) as Harness | undefined;
		if (!lang)
			throw new Error(`${where}: a fenced block needs a language (\`text\` for one that is not code)`);
		if (!harness || !HARNESSES.includes(harness)) {
			throw new Error(`${where}: no harness for \`${lang}\` blocks: mark it <!-- docs-sample: … -->`);
		}
		const options: Record<string, string> = {};
		for (const word of words.slice(1)) {
			const [key, value = 'true'] = word.split('=') as [string, string?];
			options[key] = value;
		}
		samples.push({
			file,
			line: i + 1,
			lang,
			code: body.join('\n'),
			harness,
			options,
			index: samples.length,
		});
		i = j;
	}
	return samples;
}

/** `<script type="module">` bodies of an HTML sample, and its import map's `imports`. */
export function htmlScripts(html: string): { modules: string[]; imports: Record<string, string> } {
	const modules: string[] = [];
	let imports: Record<string, string> = {};
	for (const match of html.matchAll(/<script\s+type="(module|importmap)"\s*>([\s\S]*?)<\/script>/g)) {
		if (match[1] === 'module') modules.push(match[2]!);
		else imports = (JSON.parse(match[2]!) as { imports?: Record<string, string> }).imports ?? {};
	}
	return { modules, imports };
}
