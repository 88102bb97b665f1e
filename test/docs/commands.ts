/**
 * What a shell sample may say, checked without running it: every `npm run X` names a script of
 * package.json, every `npx tool` an installed binary, every repository path it names exists, and
 * the package it installs is this one (or one the docs name as a peer).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The commands of a shell sample: comments dropped, continuation lines joined, `&&`/`;`/`|` split. */
export function commandsOf(code: string): string[] {
	const joined = code.replace(/\\\n/g, ' ');
	const commands: string[] = [];
	for (const raw of joined.split('\n')) {
		const line = stripComment(raw).trim();
		if (!line) continue;
		for (const part of line.split(/\s*(?:&&|\|\||;|\|)\s*/)) if (part.trim()) commands.push(part.trim());
	}
	return commands;
}

/** Drops a `# comment` that is not inside quotes. */
export function stripComment(line: string): string {
	let quote: string | undefined;
	for (let i = 0; i < line.length; i++) {
		const char = line[i]!;
		if (quote) {
			if (char === quote) quote = undefined;
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
	}
	return line;
}

/** Words of a command, quotes removed (no expansion). */
function words(command: string): string[] {
	return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** Packages a doc may tell a user to install besides this one. */
const INSTALLABLE = new Set(['klaviyo-edge', '@hono/node-server', 'hono']);

export function checkCommand(root: string, command: string): string[] {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	};
	let argv = words(command);
	while (argv[0] && /^[A-Z_][A-Z0-9_]*=/.test(argv[0])) argv = argv.slice(1); // VAR=value prefixes
	const [tool, ...args] = argv;
	const problems: string[] = [];
	if (!tool) return problems;
	const paths = args.filter((arg) => /^(examples|docs|src|adapters|test|scripts|bench|spec)\//.test(arg));
	for (const path of paths) {
		// A file the command itself creates (`> file`) need not exist yet.
		if (command.includes(`> ${path}`)) continue;
		if (!existsSync(join(root, path))) problems.push(`no such file: ${path}`);
	}
	switch (tool) {
		case 'npm': {
			const [verb, ...rest] = args;
			if (verb === 'run') {
				const script = rest.find((arg) => !arg.startsWith('-'));
				if (!script || !pkg.scripts[script]) problems.push(`package.json has no script '${script}'`);
			} else if (verb === 'test' || verb === 'ci') {
				// the project's own commands
			} else if (verb === 'install' || verb === 'i' || verb === 'uninstall') {
				for (const name of rest.filter((arg) => !arg.startsWith('-'))) {
					const bare = name.replace(/(.)@.*$/, '$1');
					if (verb !== 'uninstall' && !INSTALLABLE.has(bare))
						problems.push(`installs an unknown package: ${name}`);
				}
			} else problems.push(`unexpected npm command: npm ${verb}`);
			break;
		}
		case 'npx': {
			const bin = args.find((arg) => !arg.startsWith('-'));
			if (!bin || !existsSync(join(root, 'node_modules/.bin', bin)))
				problems.push(`npx ${bin}: not installed`);
			break;
		}
		case 'node':
		case 'deno':
		case 'bun':
		case 'echo':
		case 'printf':
		case 'base64':
		case 'cd':
			break;
		case 'curl':
			problems.push('curl talks to a server: mark the sample `run` so the test really sends it');
			break;
		default:
			problems.push(`unknown command '${tool}': run it in a 'run' sample or teach test/docs/commands.ts`);
	}
	return problems;
}
