/**
 * One concept, one place: each refusal is made by the one factory, and each domain rule is written
 * once. These read the source: a second copy of a rule (a literal, a table, a constructor call)
 * fails here before it can drift from the first.
 */
import { describe, expect, it } from 'vitest';
import { filesMatching, shippedSources } from './sources.js';

const sources = shippedSources();

describe('refusals', () => {
	it('every KlaviyoValidationError is made by the factory in src/core/errors.ts', () => {
		expect(filesMatching(sources, /\bnew\s+KlaviyoValidationError\b/)).toEqual(['src/core/errors.ts']);
	});

	it('the check sees a construction elsewhere when there is one', () => {
		const planted = new Map([...sources, ['src/x.ts', "throw new KlaviyoValidationError('no', 'f', 'r');"]]);
		expect(filesMatching(planted, /\bnew\s+KlaviyoValidationError\b/)).toContain('src/x.ts');
		// …but not in a comment.
		const cited = new Map([['src/y.ts', '// never `new KlaviyoValidationError(…)` here']]);
		expect(filesMatching(cited, /\bnew\s+KlaviyoValidationError\b/)).toEqual([]);
	});
});
