/**
 * Runs the emulator as a standalone process (for browser tests, manual poking, other
 * languages):
 *
 *   npx tsx src/testing/cli.ts --port 4010 [--host 127.0.0.1] [--public-key PUBKEY]
 *                                [--private-key pk_…] [--job-steps 1] [--rate-limits] [--quiet]
 *
 * Prints the URL and keys, logs one line per request (unless --quiet), and stays up
 * until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './node.js';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '0' },
		host: { type: 'string', default: '127.0.0.1' },
		'public-key': { type: 'string' },
		'private-key': { type: 'string' },
		'job-steps': { type: 'string' },
		'rate-limits': { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log(
		'Usage: npx tsx src/testing/cli.ts [--port 4010] [--host 127.0.0.1] [--public-key K] [--private-key pk_…] [--job-steps N] [--rate-limits] [--quiet]',
	);
	process.exit(0);
}

function integer(name: string, raw: string | undefined): number | undefined {
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) {
		console.error(`--${name} must be a non-negative integer, got '${raw}'`);
		process.exit(2);
	}
	return value;
}

const emulator = await startEmulator({
	port: integer('port', values.port),
	host: values.host,
	publicKey: values['public-key'],
	privateKey: values['private-key'],
	jobSteps: integer('job-steps', values['job-steps']),
	rateLimits: values['rate-limits'],
	onRequest: values.quiet
		? undefined
		: (r) => {
				const notes = [
					r.faulted ? `fault: ${r.faulted}` : '',
					r.valid ? '' : `INVALID: ${r.violations.join('; ')}`,
				];
				console.log(`${r.method} ${r.path} → ${r.status} ${notes.filter(Boolean).join(' ')}`.trimEnd());
			},
});

console.log(`Klaviyo emulator listening on ${emulator.url}`);
console.log(`  public key (company_id):  ${emulator.publicKey}`);
console.log(`  private key:              ${emulator.privateKey}`);
console.log(`  live page:                ${emulator.url}/`);
console.log(`  inspection API:           ${emulator.url}/__emulator/requests`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (closing) return;
		closing = true;
		emulator.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	});
}
