import { describe, expect, test } from 'vitest';
import { plainDynamicImports } from './plain-dynamic-imports.mjs';

const plugin = plainDynamicImports() as unknown as {
	load: (id: string) => string | undefined;
	generateBundle: (this: { error: (message: string) => never }, options: unknown, bundle: Record<string, unknown>) => void;
};
const context = {
	error: (message: string): never => {
		throw new Error(message);
	},
};
const chunk = (isDynamicEntry: boolean, css: string[], fileName = 'x.js', imports: string[] = []) => ({
	type: 'chunk',
	fileName,
	isDynamicEntry,
	imports,
	viteMetadata: { importedCss: new Set(css) },
});

describe('plainDynamicImports', () => {
	test("replaces Vite's preload helper with the import alone, and nothing else", async () => {
		const code = plugin.load('\0vite/preload-helper.js') ?? '';
		const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
		await expect(module.__vitePreload(() => Promise.resolve('loaded'), ['a.js'], 'https://x/')).resolves.toBe('loaded');
		expect(plugin.load('/src/lib/qr.ts')).toBeUndefined();
	});

	test("fails the build when a lazily loaded chunk brings CSS, its own or an import's, which it would not load", () => {
		const fine = { 'a.js': chunk(true, [], 'a.js'), 'b.js': chunk(false, ['s.css'], 'b.js') };
		expect(() => plugin.generateBundle.call(context, {}, fine)).not.toThrow();
		expect(() => plugin.generateBundle.call(context, {}, { 'a.js': chunk(true, ['s.css'], 'a.js') })).toThrow(/brings CSS/);
		const throughImport = { 'a.js': chunk(true, [], 'a.js', ['b.js']), 'b.js': chunk(false, ['s.css'], 'b.js') };
		expect(() => plugin.generateBundle.call(context, {}, throughImport)).toThrow(/brings CSS/);
	});
});
