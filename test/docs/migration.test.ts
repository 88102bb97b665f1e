import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Klaviyo from '../../src/index.js';

/** node-klaviyo 1.1.3's methods, by accessor (lib/public.js, profiles.js, metrics.js, lists.js, data-privacy.js). */
const NODE_KLAVIYO = {
	public: ['identify', 'track', 'trackOnce'],
	profiles: [
		'getProfile',
		'getProfileIdByEmail',
		'updateProfile',
		'getProfileMetricsTimeline',
		'getProfileMetricsTimelineById',
		'unsetProfileProperties',
	],
	metrics: ['getMetrics', 'getMetricsTimeline', 'getMetricTimelineById', 'getMetricExport'],
	lists: [
		'getLists',
		'createList',
		'getListById',
		'updateListNameById',
		'deleteList',
		'addSubscribersToList',
		'getSubscribersFromList',
		'deleteSubscribersFromList',
		'addMembersToList',
		'getMembersFromList',
		'removeMembersFromList',
		'getListExclusions',
		'getAllMembers',
	],
	dataPrivacy: ['requestProfileDeletion'],
} as const;

const doc = readFileSync(new URL('../../docs/migration.md', import.meta.url), 'utf8');

/** Rows of the "Every method" table: first cell → the rest. */
function tableRows(): Map<string, string[]> {
	const section = doc.split(/^## Every method$/m)[1]?.split(/^## /m)[0] ?? '';
	const rows = new Map<string, string[]>();
	for (const line of section.split('\n')) {
		if (!line.startsWith('| `')) continue;
		const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '').trim());
		rows.set(cells[0]!.replaceAll('`', ''), cells.slice(1));
	}
	return rows;
}

describe('docs/migration.md', () => {
	const rows = tableRows();
	const all = Object.entries(NODE_KLAVIYO).flatMap(([accessor, methods]) =>
		methods.map((m) => `${accessor}.${m}`),
	);

	it('has a row for every node-klaviyo method (27), and none for methods that never existed', () => {
		expect(all).toHaveLength(27);
		expect([...rows.keys()].sort()).toEqual([...all].sort());
	});

	it('fills every column: endpoint, fidelity, inputs, result', () => {
		for (const [method, cells] of rows) {
			expect(cells, method).toHaveLength(4);
			expect(cells[0], method).toMatch(/(GET|POST|PATCH|DELETE) \/(api|client)\//);
			expect(['exact', 'close', 'partial'], method).toContain(cells[1]);
			expect(cells[3]!.length, method).toBeGreaterThan(0);
		}
	});

	it('lists only methods the SDK really has', () => {
		const klaviyo = new Klaviyo({ publicToken: 'PUBKEY', privateToken: 'pk_test' });
		for (const [accessor, methods] of Object.entries(NODE_KLAVIYO)) {
			const resource = klaviyo[accessor as keyof typeof NODE_KLAVIYO] as unknown as Record<string, unknown>;
			for (const method of methods) expect(typeof resource[method], `${accessor}.${method}`).toBe('function');
		}
	});
});
