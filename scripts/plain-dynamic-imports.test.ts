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
const chunk = (isDynamicEntry: boolean, css: string[]) => ({
	type: 'chunk',
	fileName: 'x.js',
	isDynamicEntry,
	viteMetadata: { importedCss: new Set(css) },
});

describe('plainDynamicImports', () => {
	test("replaces Vite's preload helper with the import alone, and nothing else", async () => {
		const code = plugin.load('\0vite/preload-helper.js') ?? '';
		const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
		await expect(module.__vitePreload(() => Promise.resolve('loaded'), ['a.js'], 'https://x/')).resolves.toBe('loaded');
		expect(plugin.load('/src/lib/qr.ts')).toBeUndefined();
	});

	test('fails the build when a lazily loaded chunk imports CSS, which it would not load', () => {
		expect(() => plugin.generateBundle.call(context, {}, { a: chunk(true, []), b: chunk(false, ['s.css']) })).not.toThrow();
		expect(() => plugin.generateBundle.call(context, {}, { a: chunk(true, ['s.css']) })).toThrow(/imports CSS/);
	});
});
