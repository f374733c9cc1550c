import { describe, expect, test } from 'vitest';
import { detectOs } from './os';

describe('detectOs', () => {
	test.each([
		{
			name: 'Chrome on Windows',
			ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
			os: 'windows',
		},
		{
			name: 'Safari on macOS',
			ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
			os: 'macos',
		},
		{ name: 'Firefox on Linux', ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0', os: 'linux' },
		{ name: 'Firefox on Ubuntu', ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0', os: 'linux' },
		{
			name: 'Chrome on Android',
			ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
			os: undefined,
		},
		{
			name: 'Safari on iPhone',
			ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
			os: undefined,
		},
		{
			name: 'ChromeOS',
			ua: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
			os: undefined,
		},
		{ name: 'empty agent', ua: '', os: undefined },
		{ name: 'bot', ua: 'curl/8.5.0', os: undefined },
	])('reads $name as $os', ({ ua, os }) => {
		expect(detectOs(ua)).toBe(os);
	});
});
