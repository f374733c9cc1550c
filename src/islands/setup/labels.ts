/** The strings the setup islands receive as one `labels` prop (dictionaries stay on the server). */
import type { Dictionary } from '~/i18n';
import type { OsId } from '~/lib/os';

/** Setup strings plus the shared validation ones they use. */
export type SetupLabels = Dictionary['setup'] &
	Pick<Dictionary['validation'], 'copied' | 'copyFailed' | 'noticesTitle' | 'paramNotice'> & {
		/** Messages per refusal reason, for the link notices. */
		reasons: Record<string, string>;
		sourceLabel: string;
		asOfLabel: string;
	};

/** Builds the labels on the server from a dictionary. */
export function setupLabels(dict: Dictionary): SetupLabels {
	return {
		...dict.setup,
		copied: dict.validation.copied,
		copyFailed: dict.validation.copyFailed,
		noticesTitle: dict.validation.noticesTitle,
		paramNotice: dict.validation.paramNotice,
		reasons: {
			...dict.validation,
			'too-large': dict.setup.tooLong,
			rejected: dict.setup.rejected,
		},
		sourceLabel: dict.common.sourceLabel,
		asOfLabel: dict.common.asOfLabel,
	};
}

/** The OS tab names. */
export function osNames(labels: SetupLabels): Record<OsId, string> {
	return {
		windows: labels.osWindows,
		macos: labels.osMacos,
		linux: labels.osLinux,
	};
}
