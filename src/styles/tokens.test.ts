import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..');

test('no style uses light-dark(): a phone on Safari before 17.5 would drop the whole declaration', () => {
	const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(css|astro|tsx)$/.test(f));
	const using = files.filter((f) => /light-dark\(/.test(readFileSync(join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')));
	expect(using).toEqual([]);
});

test('every colour token has a light and a dark side, switched by the two toggles', () => {
	const css = readFileSync(join(SRC, 'styles/global.css'), 'utf8');
	// The tokens' own block: the first `:root { … }`.
	const root = /^:root \{([\s\S]*?)^\}/m.exec(css)?.[1] ?? '';
	const colours = [...root.matchAll(/^\t(--wr-[\w-]+):\s*([^;]*);/gm)].filter(([, , value]) => /#[0-9a-f]{3,8}\b|rgb\(/i.test(value ?? ''));
	expect(colours.length, 'colour tokens found').toBeGreaterThan(15);
	for (const [, name, value] of colours) expect(value, name).toMatch(/var\(--wr-if-light, [^)]*\)?\) var\(--wr-if-dark, /);
});
