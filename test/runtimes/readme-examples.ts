import { readFileSync } from 'node:fs';

/**
 * node-klaviyo's README cut into what a user copies: the `require` line with the constructor after it, then each
 * example, a comment and one call. Prose between them is left out; the code is kept byte for byte.
 */
export interface ReadmeCode {
	/** `const Klaviyo = require('node-klaviyo');` through the constructor call. */
	prelude: string;
	examples: Example[];
}

export interface Example {
	/** `lists.addSubscribersToList`. */
	method: string;
	code: string;
}

const REQUIRE_LINE = "const Klaviyo = require('node-klaviyo');";

/** node-klaviyo 1.1.3's README as npm showed it, copied unchanged (the repo reads no outside files). */
export function readReadme(): string {
	return readFileSync(new URL('./node-klaviyo-README.txt', import.meta.url), 'utf8');
}

export function readmeCode(text: string): ReadmeCode {
	const lines = text.split('\n');
	const start = lines.indexOf(REQUIRE_LINE);
	if (start < 0) throw new Error(`README has no line ${REQUIRE_LINE}`);
	const preludeEnd = statementEnd(lines, start + 1);
	const examples: Example[] = [];
	for (let i = preludeEnd + 1; i < lines.length; i++) {
		if (!lines[i]!.startsWith('// ')) continue;
		const end = statementEnd(lines, i + 1);
		const code = lines.slice(i, end + 1).join('\n');
		const method = /KlaviyoClient\.(\w+\.\w+)\(/.exec(code)?.[1];
		if (!method) throw new Error(`README example without a call:\n${code}`);
		examples.push({ method, code });
		i = end;
	}
	return { prelude: lines.slice(start, preludeEnd + 1).join('\n'), examples };
}

/** The line where the statement starting at `from` ends: brackets balanced and a `;` at the end. */
function statementEnd(lines: string[], from: number): number {
	let depth = 0;
	for (let i = from; i < lines.length; i++) {
		const code = lines[i]!.replace(/'[^']*'/g, "''").replace(/\/\/.*$/, '');
		for (const char of code) {
			if ('([{'.includes(char)) depth++;
			else if (')]}'.includes(char)) depth--;
		}
		if (depth === 0 && code.trimEnd().endsWith(';')) return i;
	}
	throw new Error(`README statement from line ${from + 1} never ends`);
}
