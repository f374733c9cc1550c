import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { $checklist, $checklistKey, $checklistUnsaved, resetChecklist, setStepDone } from './checklist';
import { readStorage, writeStorage } from './safe-storage';
import { $linkDetails, $os, $setupParts, choosePlatform, resetLinkDetails, restoreOs, restorePlatform } from './setup';
import { setupCodec } from './setup-url';
import { $workshop, DEFAULT_PLAN } from './workshop';
import { SETUP_KEYS, PREP_KEYS } from '~/lib/prep-link';

/** An in-memory Storage whose methods a test can make throw. */
function fakeStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: vi.fn((k: string) => data.get(k) ?? null),
		setItem: vi.fn((k: string, v: string) => void data.set(k, v)),
		removeItem: vi.fn((k: string) => void data.delete(k)),
	};
}

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
	storage = fakeStorage();
	vi.stubGlobal('localStorage', storage);
	$workshop.set({ ...DEFAULT_PLAN });
	$linkDetails.set({});
	$checklistUnsaved.set(false);
});
afterEach(() => {
	cleanStores($checklist, $checklistKey, $setupParts);
	vi.unstubAllGlobals();
});

describe('safe storage', () => {
	test('reads null and reports a failed write when storage throws', () => {
		storage.getItem.mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		storage.setItem.mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(readStorage('k')).toBeNull();
		expect(writeStorage('k', 'v')).toBe(false);
	});

	test('works without any localStorage (server render)', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(readStorage('k')).toBeNull();
		expect(writeStorage('k', 'v')).toBe(false);
	});
});

describe('checklist store', () => {
	test('reads corrupted progress as none and saves what the reader ticks', () => {
		storage.data.set($checklistKey.get(), '{"colab": [');
		const off = $checklist.listen(() => {});
		expect($checklist.get()).toEqual({});
		setStepDone('colab', 'clone', true);
		expect(JSON.parse(storage.data.get($checklistKey.get()) ?? '')).toEqual({ colab: ['clone'] });
		resetChecklist('colab');
		expect(JSON.parse(storage.data.get($checklistKey.get()) ?? '')).toEqual({});
		off();
	});

	test('keeps progress in memory and says so when storage is full', () => {
		storage.setItem.mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const off = $checklist.listen(() => {});
		setStepDone('cocalc', 'get-repo', true);
		expect($checklist.get()).toEqual({ cocalc: ['get-repo'] });
		expect($checklistUnsaved.get()).toBe(true);
		off();
	});

	test('loads the progress of the workshop the store names', () => {
		const off = $checklist.listen(() => {});
		setStepDone('colab', 'clone', true);
		$workshop.setKey('branch', 'dev');
		expect($checklist.get()).toEqual({});
		$workshop.setKey('branch', '');
		expect($checklist.get()).toEqual({ colab: ['clone'] });
		off();
	});
});

describe('setup URL codec', () => {
	test('reads valid values into the plan, notices for the rest, and stores nothing', () => {
		const params = new URLSearchParams({ platform: 'cocalc', repo: 'https://github.com/a/b.git', branch: 'a;b', title: 'T' });
		const notices = setupCodec(PREP_KEYS).read(params);
		expect($workshop.get()).toMatchObject({ platform: 'cocalc', repo: 'https://github.com/a/b', branch: '', title: 'T' });
		expect($linkDetails.get()).toEqual({ platform: 'cocalc', repo: 'https://github.com/a/b', title: 'T' });
		expect(notices.map((n) => n.param)).toEqual(['branch']);
		expect(storage.setItem).not.toHaveBeenCalled();
	});

	test('writes only its own keys, leaving defaults out', () => {
		$workshop.set({ ...DEFAULT_PLAN, platform: 'kaggle', folder: 'f', title: 'not on setup', attendees: 99 });
		const params = new URLSearchParams();
		setupCodec(SETUP_KEYS).write(params);
		expect(params.toString()).toBe('platform=kaggle&folder=f');
	});

	test('the plan page’s own address leaves out a start time with no date, and keeps it once there is one', () => {
		$workshop.set({ ...DEFAULT_PLAN, title: 'T', time: '09:30', tz: 'Europe/Berlin' });
		const params = new URLSearchParams();
		setupCodec(PREP_KEYS).write(params);
		expect(params.toString()).toBe('title=T');
		$workshop.setKey('date', '2026-12-03');
		setupCodec(PREP_KEYS).write(params);
		expect(params.get('time')).toBe('09:30');
		expect(params.get('tz')).toBe('Europe/Berlin');
	});

	test('Reset puts the link’s command values back to the defaults', () => {
		setupCodec(SETUP_KEYS).read(new URLSearchParams({ repo: 'https://gitlab.com/a/b', folder: 'x' }));
		resetLinkDetails();
		expect($setupParts.get().repo.url).toBe('https://github.com/ryanmark1867/dl_structured_data_hands_on');
		expect($workshop.get().folder).toBe('');
		expect($linkDetails.get()).toEqual({});
	});
});

describe('tabs and OS', () => {
	test('remembers a chosen platform and restores only a known, shown one', () => {
		choosePlatform('binder');
		expect(storage.data.get('wr:platform-tab')).toBe('binder');
		$workshop.setKey('platform', 'colab');
		restorePlatform(['colab', 'cocalc']);
		expect($workshop.get().platform).toBe('colab');
		storage.data.set('wr:platform-tab', 'cocalc');
		restorePlatform(['colab', 'cocalc']);
		expect($workshop.get().platform).toBe('cocalc');
		storage.data.set('wr:platform-tab', '<img src=x>');
		restorePlatform(['colab', 'cocalc']);
		expect($workshop.get().platform).toBe('cocalc');
	});

	test.each([
		{ stored: undefined, ua: 'Mozilla/5.0 (X11; Linux x86_64)', os: 'linux' },
		{ stored: 'macos', ua: 'Mozilla/5.0 (X11; Linux x86_64)', os: 'macos' },
		{ stored: 'evil', ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile', os: 'windows' },
	])('preselects $os (stored $stored)', ({ stored, ua, os }) => {
		if (stored) storage.data.set('wr:os', stored);
		restoreOs(ua);
		expect($os.get()).toBe(os);
	});
});

describe('what a change reaches', () => {
	test('the commands change only with a command detail: typing attendees or a title re-renders none of them', () => {
		let notified = 0;
		const unlisten = $setupParts.listen(() => notified++);
		$workshop.setKey('attendees', 99);
		$workshop.setKey('title', 'Keras night');
		expect(notified).toBe(0);
		$workshop.setKey('folder', 'course');
		expect(notified).toBe(1);
		expect($setupParts.get().folder).toBe('course');
		unlisten();
	});
});
