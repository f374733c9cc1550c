import { describe, expect, test } from 'vitest';
import { PLATFORM_RECORDS } from '../../test/fixtures/setup-test-data';
import { repoStoppers } from './setup-steps';

describe('repoStoppers', () => {
	test('Codespaces alone cannot take a repository off GitHub, and says so in the reader’s language', () => {
		expect(repoStoppers(PLATFORM_RECORDS, 'en')).toEqual({
			codespaces: [{ hosts: ['gitlab.com', 'codeberg.org', 'bitbucket.org'], title: 'Codespaces needs a GitHub repository' }],
		});
		expect(repoStoppers(PLATFORM_RECORDS, 'zh-cn').codespaces?.[0]?.title).toBe('Codespaces 需要 GitHub 仓库');
	});
});
