import { beforeEach, describe, expect, test } from 'vitest';
import { $workshop, DEFAULT_PLAN, setDetail } from './workshop';
import { setRepoFromField } from './repo-field';

/** Types `address` into the repository field one character at a time, as the field reports valid values. */
function typeRepo(address: string) {
	for (let i = 1; i <= address.length; i++) {
		const typed = address.slice(0, i);
		const page = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)/.exec(typed);
		if (page) setRepoFromField(page[1]!, typed);
	}
}

beforeEach(() => {
	$workshop.set({ ...DEFAULT_PLAN });
	setRepoFromField('', '');
});

describe('setRepoFromField', () => {
	test('the branch follows a branch page typed key by key, to its last character', () => {
		typeRepo('https://github.com/river-ai/vision_lab/tree/dev');
		expect($workshop.get().branch).toBe('dev');
		typeRepo('https://gitlab.com/uni/course/-/tree/wk/2');
		expect($workshop.get().branch).toBe('wk/2');
	});

	test('an edited branch page replaces the branch it named; an address naming none clears it', () => {
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b/tree/feature/aug-v3');
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b/tree/feature/blur-v4');
		expect($workshop.get().branch).toBe('feature/blur-v4');
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b');
		expect($workshop.get().branch).toBe('');
	});

	test('a branch the reader typed is kept', () => {
		setDetail('branch', 'main');
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b/tree/dev');
		expect($workshop.get()).toMatchObject({ repo: 'https://github.com/a/b', branch: 'main' });
	});

	test('a notebook page fills the branch and the notebook; a notebook the reader typed is kept', () => {
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b/blob/main/nb/day1.ipynb');
		expect($workshop.get()).toMatchObject({ branch: 'main', notebook: 'nb/day1.ipynb' });
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b');
		expect($workshop.get()).toMatchObject({ branch: '', notebook: '' });
		setDetail('notebook', 'mine.ipynb');
		setRepoFromField('https://github.com/a/b', 'https://github.com/a/b/blob/master/nb/day2.ipynb');
		expect($workshop.get()).toMatchObject({ branch: 'master', notebook: 'mine.ipynb' });
	});
});
