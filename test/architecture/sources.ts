/** The shipped code the architecture tests read: src/ (the emulator and generated types aside), adapters/, examples/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Every `.ts` file under `dir` (relative to the repo), as `path → text`. */
export function sourcesUnder(dir: string): Map<string, string> {
	const found = new Map<string, string>();
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
			const path = join(at, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) {
				found.set(relative(root, path), readFileSync(path, 'utf8'));
			}
		}
	};
	walk(join(root, dir));
	return found;
}

/** The SDK's own code: what a rule written twice would drift in. The emulator is an independent oracle, on purpose. */
export function shippedSources(): Map<string, string> {
	return new Map(
		[...sourcesUnder('src'), ...sourcesUnder('adapters'), ...sourcesUnder('examples')].filter(
			([path]) =>
				!path.startsWith('src/testing/') &&
				!path.startsWith('src/private/generated/') &&
				// The spec's types, as openapi-typescript writes them (keys such as the JSON:API media type).
				path !== 'src/api/generated/openapi.ts',
		),
	);
}

/** The files whose code (comments left out) matches `pattern`. */
export function filesMatching(sources: Map<string, string>, pattern: RegExp): string[] {
	return [...sources]
		.filter(([, text]) => pattern.test(withoutComments(text)))
		.map(([path]) => path)
		.sort();
}

/** Line and block comments removed (strings kept): a rule cited in a comment is not the rule written twice. */
export const withoutComments = (text: string) =>
	text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
