import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface PackedProject {
	/** A project folder whose `node_modules/klaviyo-edge` is the unpacked tarball. */
	dir: string;
	tarball: string;
	remove(): Promise<void>;
}

/**
 * The package as a user installs it: built into a scratch folder (the repo's dist/ stays as it
 * is, other test files load it), packed by `npm pack` with the package.json `files` rule, and
 * unpacked into a throwaway project. Its dependencies are links to the repo's installed copies
 * (valibot and the optional peer @hono/node-server have none of their own): `npm install --offline` of the tarball gives the same tree but
 * took 2.9 s on the shared machine, and needs the npm cache to hold every dependency. The build
 * is most of the time (21 s of 22 s unloaded).
 */
export async function installPacked(): Promise<PackedProject> {
	const work = await mkdtemp(join(tmpdir(), 'klaviyo-edge-packed-'));
	const stage = join(work, 'stage');
	// npm test's runs on other Node versions come after its build and beside no other suite: they
	// pack the repo's dist/ as it is instead of building it again (~20 s each).
	if (process.env.KLAVIYO_EDGE_PACK_DIST === '1')
		await cp(join(repoRoot, 'dist'), join(stage, 'dist'), { recursive: true });
	else
		await run('npx', ['tsup', '--silent', '--out-dir', join(stage, 'dist')], {
			cwd: repoRoot,
			timeout: 180_000,
		});
	for (const entry of ['package.json', 'README.md', 'LICENSE', 'commonjs']) {
		await cp(join(repoRoot, entry), join(stage, entry), { recursive: true });
	}
	const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: stage });
	const tarball = join(work, stdout.trim().split('\n').at(-1)!);
	const dir = join(work, 'project');
	const installed = join(dir, 'node_modules', 'klaviyo-edge');
	await mkdir(installed, { recursive: true });
	await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
	// Peers too (@hono/node-server for klaviyo-edge/node), as a user of that subpath installs them.
	const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
	for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
		await mkdir(dirname(join(dir, 'node_modules', name)), { recursive: true });
		await symlink(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
	}
	await writeFile(join(dir, 'package.json'), '{ "private": true }\n');
	return { dir, tarball, remove: () => rm(work, { recursive: true, force: true }) };
}
