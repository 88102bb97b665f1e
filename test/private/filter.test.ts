import { describe, expect, it } from 'vitest';
import { and, any, equals, greaterOrEqual, lessOrEqual, lessThan } from '../../src/private/filter.js';
import { cursorOf } from '../../src/private/pages.js';

describe('filter builders', () => {
	it('JSON-quote strings, so quotes, backslashes and + survive', () => {
		expect(equals('email', 'a+b@example.com')).toBe('equals(email,"a+b@example.com")');
		expect(equals('name', 'say "hi" \\ bye')).toBe('equals(name,"say \\"hi\\" \\\\ bye")');
		expect(any('email', ['a@x.com', 'b@x.com'])).toBe('any(email,["a@x.com","b@x.com"])');
	});

	it('write numbers, booleans and null bare, and dates as unquoted ISO', () => {
		expect(greaterOrEqual('timestamp', 1606262400)).toBe('greater-or-equal(timestamp,1606262400)');
		expect(lessOrEqual('flag', true)).toBe('less-or-equal(flag,true)');
		expect(equals('x', null)).toBe('equals(x,null)');
		expect(lessThan('datetime', new Date(Date.UTC(2024, 0, 2)))).toBe(
			'less-than(datetime,2024-01-02T00:00:00.000Z)',
		);
	});

	it('and() skips empty parts and does not wrap a single condition', () => {
		expect(and()).toBe('');
		expect(and(undefined, equals('a', 1))).toBe('equals(a,1)');
		expect(and(equals('a', 1), false, equals('b', 'c'))).toBe('and(equals(a,1),equals(b,"c"))');
	});
});

describe('cursorOf (node-klaviyo markers)', () => {
	it('takes a cursor as is, or pulls it out of a links.next URL', () => {
		expect(cursorOf(undefined)).toBeUndefined();
		expect(cursorOf('')).toBeUndefined();
		expect(cursorOf('bmV4dA==')).toBe('bmV4dA==');
		expect(cursorOf(12)).toBe('12');
		expect(cursorOf('https://a.klaviyo.com/api/lists/?page%5Bcursor%5D=abc%3D&page%5Bsize%5D=10')).toBe(
			'abc=',
		);
		expect(cursorOf('https://a.klaviyo.com/api/lists/?page[cursor]=xyz')).toBe('xyz');
	});
});
