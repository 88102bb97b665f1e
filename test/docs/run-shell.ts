/**
 * Runs a shell sample (`<!-- docs-sample: run -->`) step by step, as a reader would, from the
 * repository's root:
 *
 * - a line whose comment says `terminal N` starts a server: it runs in the background until the
 *   sample ends, and the next line waits until its port answers;
 * - every other line runs in bash and must exit 0; a comment `# → TEXT` says what it prints
 *   (TEXT must appear in its output); a line that only sets `NAME=value` is kept for the next ones.
 *
 * The one liberty taken: the docs' ports (4010 for the emulator, 8787 for `wrangler dev`) become
 * free ones, so runs in parallel never meet, and `wrangler dev` is told where that emulator is.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { stripComment } from './commands.js';
import type { Sample } from './samples.js';

const PORTS = { emulator: 4010, worker: 8787 };

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function waitForPort(port: number, server: { log: string; exited: boolean }, ms = 90_000) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (server.exited) throw new Error(`the server stopped before it listened:\n${server.log}`);
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => resolve(!!socket.end()));
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`nothing listened on ${port} within ${ms} ms:\n${server.log}`);
}

/** Files a sample may write (`> file`): kept aside and put back afterwards. */
function written(code: string): string[] {
	return [...code.matchAll(/>\s*([\w./-]+)/g)].map((m) => m[1]!);
}

export async function runShell(root: string, sample: Sample): Promise<void> {
	const ports = { emulator: await freePort(), worker: await freePort() };
	const state = mkdtempSync(join(tmpdir(), 'docs-sample-'));
	const servers: Array<{ child: ChildProcess; log: string; exited: boolean }> = [];
	const variables: string[] = [];
	const restore = written(sample.code).map((file) => {
		const path = join(root, file);
		const before = existsSync(path) ? readFileSync(path) : undefined;
		return () => (before === undefined ? rmSync(path, { force: true }) : writeFileSync(path, before));
	});
	const env = {
		...process.env,
		WRANGLER_SEND_METRICS: 'false',
		CLOUDFLARE_CF_FETCH_ENABLED: 'false',
		NO_COLOR: '1',
		FORCE_COLOR: '0',
	};
	try {
		for (const raw of sample.code.replace(/\\\n/g, ' ').split('\n')) {
			let command = stripComment(raw).trim();
			if (!command) continue;
			const comment = raw.slice(stripComment(raw).length);
			command = command
				.replaceAll(`:${PORTS.emulator}`, `:${ports.emulator}`)
				.replaceAll(`:${PORTS.worker}`, `:${ports.worker}`);
			// `NAME=value` alone: a shell variable the next lines use (each line runs in its own bash).
			if (/^[A-Z_][A-Z0-9_]*=(\$\(.*\)|\S*)$/.test(command)) {
				variables.push(command);
				continue;
			}
			if (/terminal \d/.test(comment)) {
				let port: number;
				if (/npm run emulator/.test(command)) {
					command += ` -- --port ${ports.emulator}`;
					port = ports.emulator;
				} else if (/wrangler dev/.test(command)) {
					command += ` --ip 127.0.0.1 --port ${ports.worker} --var KLAVIYO_BASE_URL:http://127.0.0.1:${ports.emulator} --persist-to ${state} --show-interactive-dev-session=false`;
					port = ports.worker;
				} else throw new Error(`${sample.file}:${sample.line}: which port does '${command}' open?`);
				const child = spawn('bash', ['-c', command], { cwd: root, env, detached: true, stdio: 'pipe' });
				const server = { child, log: '', exited: false };
				child.stdout!.on('data', (chunk) => {
					server.log += chunk;
				});
				child.stderr!.on('data', (chunk) => {
					server.log += chunk;
				});
				child.once('exit', () => {
					server.exited = true;
				});
				servers.push(server);
				await waitForPort(port, server);
				continue;
			}
			const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
				const script = [...variables, command].join('\n');
				const child = spawn('bash', ['-c', script], { cwd: root, env, stdio: 'pipe' });
				let text = '';
				child.stdout.on('data', (chunk) => {
					text += chunk;
				});
				child.stderr.on('data', (chunk) => {
					text += chunk;
				});
				child.once('exit', (code) => resolve({ code, text }));
			});
			const where = `${sample.file}:${sample.line}: ${command}\n${output.text}\n${servers.map((s) => s.log).join('\n')}`;
			expect(output.code, where).toBe(0);
			const expected = /→\s*(.+?)\s*$/.exec(comment)?.[1];
			if (expected) expect(output.text, where).toContain(expected);
		}
	} finally {
		for (const server of servers.reverse()) await stop(server);
		for (const undo of restore) undo();
		rmSync(state, { recursive: true, force: true });
	}
}

/** Ctrl-C for the server's whole process group (npm, wrangler and its workerd), then a hard stop. */
async function stop(server: { child: ChildProcess; exited: boolean }): Promise<void> {
	const group = -server.child.pid!;
	if (server.exited) return;
	const exited = new Promise((resolve) => server.child.once('exit', resolve));
	try {
		process.kill(group, 'SIGINT');
	} catch {
		return;
	}
	const timer = setTimeout(() => {
		try {
			process.kill(group, 'SIGKILL');
		} catch {}
	}, 5_000);
	await exited;
	clearTimeout(timer);
	// Children that outlived their parent (workerd): the same group.
	try {
		process.kill(group, 'SIGKILL');
	} catch {}
}
