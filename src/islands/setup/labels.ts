/** The strings the setup islands receive as one `labels` prop (dictionaries stay on the server). */
import { islandLabels, type Dictionary } from '~/i18n';
import type { OsId } from '~/lib/os';
import type { SourceLinkLabels } from '../shared/SourceLink';

/** Setup strings plus the shared validation ones and the `common` words and punctuation they use. */
export type SetupLabels = Dictionary['setup'] &
	Pick<Dictionary['validation'], 'copied' | 'copyFailed' | 'noticesTitle'> &
	SourceLinkLabels &
	Pick<Dictionary['common'], 'labelSeparator' | 'listSeparator' | 'parenthetical'> & {
		/** Messages per refusal reason and the notices' sentences (ParamNotices). */
		reasons: Record<string, string>;
	};

/** Builds the labels on the server from a dictionary. */
export function setupLabels(dict: Dictionary): SetupLabels {
	return {
		...islandLabels(dict, 'setup'),
		copied: dict.validation.copied,
		copyFailed: dict.validation.copyFailed,
		noticesTitle: dict.validation.noticesTitle,
		reasons: { ...dict.validation, ...fieldRefusals(dict.setup) },
	};
}

/**
 * A link's refused repository, branch, folder or notebook is explained as its field explains it
 * (what the value may hold), on every page that reads them (`reasonText`'s `rejected:<param>`).
 */
function fieldRefusals(setup: Dictionary['setup']): Record<string, string> {
	return {
		'rejected:repo': setup.repoInvalid,
		'rejected:branch': setup.branchInvalid,
		'rejected:folder': setup.folderInvalid,
		'rejected:notebook': setup.notebookInvalid,
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
