import { describe, expect, test } from 'vitest';
import { buildSteps, resolveParts, type SetupInput } from './commands';
import { CRAFTED_LINKS } from './crafted-links';
import { cleanClipboardText } from './clipboard';
import { parseLinkParams } from './prep-link';
import { SETUP_PLATFORMS } from '../../test/fixtures/setup-test-data';

/** Every command (as copied) and link the pages would show for `input`. */
function output(input: SetupInput): string[] {
	const parts = resolveParts(input);
	return SETUP_PLATFORMS.flatMap((p) =>
		buildSteps([...p.steps, ...(p.check ? [p.check] : [])], parts).flatMap((s) => [
			...s.commands.map((c) => cleanClipboardText(c.text)),
			...s.commands.map((c) => c.text),
			...(s.link ? [s.link.href] : []),
		]),
	);
}
const DEFAULT_OUTPUT = output({ repo: '', branch: '', folder: '', notebook: '' });

describe('crafted links', () => {
	test('hold at least 50 links with distinct names', () => {
		expect(CRAFTED_LINKS.length).toBeGreaterThanOrEqual(50);
		expect(new Set(CRAFTED_LINKS.map((l) => l.name)).size).toBe(CRAFTED_LINKS.length);
	});

	test.each(CRAFTED_LINKS)('$name: the payload is not in the default commands', ({ payload }) => {
		expect(DEFAULT_OUTPUT.join('\n')).not.toContain(payload);
	});

	test.each(CRAFTED_LINKS)('$name: refuses exactly the expected parameters', ({ query, refused }) => {
		const { notices } = parseLinkParams(new URLSearchParams(query));
		expect(notices.map((n) => n.param).sort()).toEqual([...refused].sort());
	});

	test.each(CRAFTED_LINKS)('$name: no command or link carries the payload', ({ query, payload }) => {
		const { details } = parseLinkParams(new URLSearchParams(query));
		const commands = output({
			repo: details.repo ?? '',
			branch: details.branch ?? '',
			folder: details.folder ?? '',
			notebook: details.notebook ?? '',
		});
		for (const text of commands) expect(text).not.toContain(payload);
	});

	test.each(CRAFTED_LINKS)('$name: a title, if accepted, has no invisible characters', ({ query }) => {
		const { details } = parseLinkParams(new URLSearchParams(query));
		// eslint-disable-next-line no-control-regex -- the test looks for control characters on purpose
		expect(details.title ?? '').not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u0000-\u001F]/u);
	});
});
