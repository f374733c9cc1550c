import { describe, expect, test } from 'vitest';
import { SETUP_PLATFORMS } from '../../test/fixtures/setup-test-data';
import { platformUses } from './commands';

describe('platformUses', () => {
	test('only Colab’s texts use the Drive folder, so only its banner names one', () => {
		expect(SETUP_PLATFORMS.filter((p) => platformUses(p, 'folder')).map((p) => p.id)).toEqual(['colab']);
	});

	test('every platform names the repository', () => {
		for (const p of SETUP_PLATFORMS) expect(platformUses(p, 'repoUrl') || platformUses(p, 'owner'), p.id).toBe(true);
	});
});
