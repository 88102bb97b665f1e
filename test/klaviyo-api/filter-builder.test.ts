/** FilterBuilder writes what klaviyo-api's writes, and refuses what it refuses. */
import { FilterBuilder as Theirs } from 'klaviyo-api';
import { expect, it } from 'vitest';
import { FilterBuilder, KlaviyoValidationError } from '../../src/klaviyo-api/index.js';

type Build = (builder: Theirs | FilterBuilder) => unknown;

const date = new Date(Date.UTC(2023, 7, 15, 16, 30, 0));
const cases: Build[] = [
	(b) => b.equals('email', 'sm@klaviyo-demo.com'),
	(b) => b.any('email', ['sarah.mason@klaviyo-demo.com', 'sm@klaviyo-demo.com']).greaterThan('created', date),
	(b) => b.equals('count', 3).equals('flag', false).equals('when', date),
	(b) => b.equals('ids', [1, 2, 3]).equals('tags', ['a "quoted" tag', 'back\\slash']),
	(b) => b.lessThan('n', 1).lessOrEqual('n', 2).greaterOrEqual('d', date),
	(b) => b.contains('name', 'Ada').containsAny('tags', ['x', 'y']).containsAll('tags', 'z'),
	(b) => b.startsWith('email', 'ada').endsWith('email', '@example.com').has('phone_number'),
	(b) => b.any('updated', [date, new Date(0)]),
];

it('builds the same filter strings as klaviyo-api', () => {
	for (const build of cases) {
		const theirs = new Theirs();
		const ours = new FilterBuilder();
		build(theirs);
		build(ours);
		expect(ours.build()).toBe(theirs.build());
		expect(ours.filters).toEqual(theirs.filters);
	}
	expect(new FilterBuilder().build()).toBe('');
});

it('refuses what klaviyo-api refuses, with a typed error naming the value', () => {
	const bad: Build[] = [
		(b) => b.lessThan('n', 'one' as never),
		(b) => b.any('email', 'not a list' as never),
		(b) => b.equals('ids', [] as never),
		(b) => b.equals('mixed', [1, 'two'] as never),
		(b) => b.startsWith('email', 3 as never),
	];
	for (const build of bad) {
		expect(() => build(new Theirs())).toThrow(TypeError);
		expect(() => build(new FilterBuilder())).toThrow(KlaviyoValidationError);
	}
});
