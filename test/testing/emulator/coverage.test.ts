/**
 * `operationCoverage()` (klaviyo-edge/testing) says, for each of the 345 stable operations,
 * whether the emulator models it or synthesizes its answer; the table is generated from the
 * emulator's own dispatch and must match it (regenerate with `npm run gen:emulator-coverage`).
 */
import { operationCoverage } from 'klaviyo-edge/testing';
import { beforeAll, expect, it } from 'vitest';
import { coverageOf } from '../../../src/testing/emulator/handlers/index.js';
import { loadSpec, type Operation } from '../../../src/testing/emulator/spec.js';

let operations: Operation[];

beforeAll(async () => {
	operations = (await loadSpec()).operations;
});

it('names every stable operation, as the emulator answers it', () => {
	const coverage = operationCoverage();
	expect(Object.keys(coverage).sort()).toEqual(operations.map((o) => o.id).sort());
	const drift = operations.filter((o) => coverage[o.id] !== coverageOf(o)).map((o) => o.id);
	expect(drift, 'run npm run gen:emulator-coverage').toEqual([]);
});

it('models what the issue names and synthesizes what has no state to keep', () => {
	const coverage = operationCoverage();
	for (const id of [
		'get_catalog_items',
		'bulk_create_catalog_items',
		'get_bulk_create_catalog_items_job',
		'create_coupon',
		'bulk_create_coupon_codes',
		'get_coupon_codes',
		'create_campaign',
		'send_campaign',
		'get_campaign_send_job',
		'create_webhook',
		'get_webhooks',
		'delete_webhook',
		'tag_lists',
		'get_tags_for_list',
		'create_template',
		'get_profiles',
	]) {
		expect([id, coverage[id]]).toEqual([id, 'modelled']);
	}
	for (const id of ['query_campaign_values', 'render_template', 'get_flow_action', 'get_tracking_settings']) {
		expect([id, coverage[id]]).toEqual([id, 'synthesized']);
	}
	const counts = Object.values(coverage).reduce<Record<string, number>>((all, how) => {
		all[how] = (all[how] ?? 0) + 1;
		return all;
	}, {});
	// The four /client/ reviews and back-in-stock operations are modelled (handlers/reviews.ts, back-in-stock.ts),
	// and the two account reads (handlers/accounts.ts).
	expect(counts).toEqual({ modelled: 271, synthesized: 74 });
});

it('returns a copy: changing it changes nothing', () => {
	const coverage = operationCoverage();
	coverage.get_catalog_items = 'synthesized';
	expect(operationCoverage().get_catalog_items).toBe('modelled');
});

it('the docs quote the counts operationCoverage() gives', async () => {
	const { readFileSync } = await import('node:fs');
	const counts = { modelled: 0, synthesized: 0 };
	for (const how of Object.values(operationCoverage())) counts[how]++;
	const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
	expect(read('src/testing/emulator/README.md')).toContain(
		`today ${counts.modelled} are **modelled** and ${counts.synthesized} **synthesized**`,
	);
	expect(read('docs/testing.md')).toContain(`**Modelled** (${counts.modelled} operations)`);
	expect(read('docs/testing.md')).toContain(`**Synthesized** (${counts.synthesized} operations)`);
});
