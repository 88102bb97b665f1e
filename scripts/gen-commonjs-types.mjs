#!/usr/bin/env node
/**
 * Rewrites the namespace in commonjs/index.d.cts from the package root's built declarations
 * (dist/index.d.ts, so run `npx tsup` first): one line per named export, `export import` for a
 * value and `export type` for a type-only export (TypeScript refuses `export import` of those).
 * Run with `npm run gen:commonjs-types` after adding an export to src/index.ts; the output is
 * committed, and test/runtimes/node-klaviyo-readme.test.ts names any export it lacks.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const declarations = fileURLToPath(new URL('dist/index.d.ts', root));
const target = new URL('commonjs/index.d.cts', root);

const program = ts.createProgram([declarations], { noEmit: true, types: [], skipLibCheck: true });
const checker = program.getTypeChecker();
const module = checker.getSymbolAtLocation(program.getSourceFile(declarations));
const lines = checker
	.getExportsOfModule(module)
	.filter((symbol) => symbol.name !== 'default')
	.sort((a, b) => (a.name < b.name ? -1 : 1))
	.map((symbol) => {
		const original = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
		const isValue = (original.flags & ts.SymbolFlags.Value) !== 0;
		return `\texport ${isValue ? 'import' : 'type'} ${symbol.name} = sdk.${symbol.name};`;
	});

const text = await readFile(target, 'utf8');
const block = /declare namespace Klaviyo \{\n[\s\S]*?\n\}/;
if (!block.test(text)) throw new Error('commonjs/index.d.cts has no `declare namespace Klaviyo { … }` block');
await writeFile(target, text.replace(block, `declare namespace Klaviyo {\n${lines.join('\n')}\n}`));
console.log(`commonjs/index.d.cts: ${lines.length} exports`);
