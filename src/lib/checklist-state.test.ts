import { describe, expect, test } from 'vitest';
import { checklistKey, parseChecklist, resetPlatform, toggleStep } from './checklist-state';

describe('parseChecklist', () => {
	test.each([
		{ name: 'nothing stored', stored: null, expected: {} },
		{ name: 'corrupted JSON', stored: '{"colab": [', expected: {} },
		{ name: 'an array', stored: '["clone"]', expected: {} },
		{ name: 'a string', stored: '"x"', expected: {} },
		{ name: 'JSON null', stored: 'null', expected: {} },
		{ name: 'unknown platforms', stored: '{"evil": ["clone"]}', expected: {} },
		{ name: 'non-string ids', stored: '{"colab": [1, null, {"a": 1}, "clone"]}', expected: { colab: ['clone'] } },
		{ name: 'ids with markup', stored: '{"colab": ["<img src=x>", "clone"]}', expected: { colab: ['clone'] } },
		{ name: 'duplicates', stored: '{"colab": ["clone", "clone"]}', expected: { colab: ['clone'] } },
		{
			name: 'valid progress',
			stored: '{"colab": ["mount-drive"], "cocalc": ["get-repo"]}',
			expected: { colab: ['mount-drive'], cocalc: ['get-repo'] },
		},
		{ name: 'a huge value', stored: `{"colab": ["${'a'.repeat(30_000)}"]}`, expected: {} },
	])('reads $name', ({ stored, expected }) => {
		expect(parseChecklist(stored)).toEqual(expected);
	});
});

describe('toggleStep and resetPlatform', () => {
	test('marks and unmarks a step without touching other platforms', () => {
		const done = toggleStep({ cocalc: ['get-repo'] }, 'colab', 'clone', true);
		expect(done).toEqual({ cocalc: ['get-repo'], colab: ['clone'] });
		expect(toggleStep(done, 'colab', 'clone', false)).toEqual({ cocalc: ['get-repo'], colab: [] });
	});

	test('clears one platform only', () => {
		expect(resetPlatform({ colab: ['clone'], cocalc: ['get-repo'] }, 'colab')).toEqual({ cocalc: ['get-repo'] });
	});
});

describe('checklistKey', () => {
	test('is stable and differs per workshop and branch', () => {
		const a = checklistKey('https://github.com/a/b', 'master');
		expect(a).toBe(checklistKey('https://github.com/a/b', 'master'));
		expect(a).not.toBe(checklistKey('https://github.com/a/b', 'main'));
		expect(a).not.toBe(checklistKey('https://github.com/a/c', 'master'));
		expect(a).toMatch(/^wr:checklist:[0-9a-f]{8}$/);
	});
});

describe('checklistKey kinds', () => {
	test('keeps the instructor’s day-before checks apart from the attendees’ steps', () => {
		expect(checklistKey('https://github.com/a/b', 'master', 'day-before')).not.toBe(checklistKey('https://github.com/a/b', 'master'));
		expect(checklistKey('https://github.com/a/b', 'master', 'day-before')).toMatch(/^wr:day-before:[0-9a-f]{8}$/);
	});
});
