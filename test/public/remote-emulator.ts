/**
 * The emulator in its own process, driven through its HTTP control API. happy-dom tests need it:
 * under happy-dom, `new URL('../spec/', import.meta.url)` resolves against the page, so the
 * emulator module cannot load its spec in-process. Control calls use node:http, not the page's
 * (CORS-enforcing) fetch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KlaviyoEvent, Profile } from 'klaviyo-edge/testing';
import type { FaultRule, RecordedRequest } from 'klaviyo-edge/testing/node';

export interface Snapshot {
	profiles: Profile[];
	events: KlaviyoEvent[];
	metrics: Array<{ id: string; name: string }>;
}

export interface RemoteEmulator {
	url: string;
	publicKey: string;
	requests(): Promise<RecordedRequest[]>;
	store(): Promise<Snapshot>;
	fault(rule: FaultRule): Promise<void>;
	clearFaults(): Promise<void>;
	reset(): Promise<void>;
	close(): Promise<void>;
}

export async function startRemoteEmulator(): Promise<RemoteEmulator> {
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/testing/cli.ts', '--quiet'], {
		cwd: resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			out += chunk;
			const found = /listening on (http:\/\/\S+)/.exec(out);
			if (found) resolve(found[1]!);
		});
		child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
	});
	const call = (method: string, path: string, body?: unknown) => control(url, method, path, body);
	return {
		url,
		publicKey: 'PUBKEY',
		requests: async () => (await call('GET', '/__emulator/requests')) as RecordedRequest[],
		store: async () => (await call('GET', '/__emulator/store')) as Snapshot,
		fault: async (rule) => {
			await call('POST', '/__emulator/faults', {
				...rule,
				times: rule.times === Number.POSITIVE_INFINITY ? 'Infinity' : rule.times,
			});
		},
		clearFaults: async () => void (await call('DELETE', '/__emulator/faults')),
		reset: async () => void (await call('POST', '/__emulator/reset')),
		close: async () => {
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		},
	};
}

function control(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const request = httpRequest(
			`${base}${path}`,
			{ method, headers: { 'content-type': 'application/json' } },
			(response) => {
				let text = '';
				response.on('data', (chunk: Buffer) => {
					text += chunk;
				});
				response.on('end', () => resolve(text ? JSON.parse(text) : undefined));
			},
		);
		request.on('error', reject);
		request.end(body === undefined ? undefined : JSON.stringify(body));
	});
}

/** Events of a metric in a store snapshot. */
export function eventsNamed(snapshot: Snapshot, metric: string): KlaviyoEvent[] {
	const id = snapshot.metrics.find((candidate) => candidate.name === metric)?.id;
	return snapshot.events.filter((event) => event.metric_id === id);
}

/** The profile an event of this metric was recorded on. */
export function profileOf(snapshot: Snapshot, metric: string): Profile {
	const [event] = eventsNamed(snapshot, metric);
	if (!event) throw new Error(`no event named ${metric}`);
	return snapshot.profiles.find((profile) => profile.id === event.profile_id)!;
}
