/** The four workshop details the commands are built from; commands update as they are typed. */
import { useStore } from '../shared/useStore';
import { LINK_PARAMS } from '~/lib/prep-link';
import { DEFAULT_BRANCH, DEFAULT_FOLDER, DEFAULT_NOTEBOOK, DEFAULT_REPO, parseBranch, parseFolder, parseNotebook } from '~/lib/repo';
import { fill, joinSpaced } from '~/lib/fill';
import { fieldId, setFieldValid } from '~/stores/invalid-fields';
import { $workshop, setDetail } from '~/stores/workshop';
import { setRepoFromField } from '~/stores/repo-field';
import { COMMAND_KEYS } from '~/stores/setup';
import { HydrateLater } from '../shared/HydrateLater';
import { TextField } from '../shared/TextField';
import type { SetupLabels } from './labels';

// The labels' keys written out, so the unused-key test sees each one (i18n/dictionary-keys.test.ts).
const FIELDS = [
	{ key: 'repo', parse: LINK_PARAMS.repo.parse, fallback: DEFAULT_REPO.url, text: ['repoLabel', 'repoHint', 'repoInvalid'] },
	{ key: 'branch', parse: parseBranch, fallback: DEFAULT_BRANCH, text: ['branchLabel', 'branchHint', 'branchInvalid'] },
	{ key: 'folder', parse: parseFolder, fallback: DEFAULT_FOLDER, text: ['folderLabel', 'folderHint', 'folderInvalid'] },
	{ key: 'notebook', parse: parseNotebook, fallback: DEFAULT_NOTEBOOK, text: ['notebookLabel', 'notebookHint', 'notebookInvalid'] },
] as const;

/** Repo URL, branch, Drive folder and notebook path fields; `defer` while the island hydrates. */
export function SetupInputs({ labels, defer = false }: { labels: SetupLabels; defer?: boolean }) {
	const plan = useStore($workshop, { keys: [...COMMAND_KEYS] });
	return (
		<HydrateLater as="div" class="needs-js" defer={defer}>
			<fieldset class="wr-setup-inputs">
				<legend>{labels.inputsTitle}</legend>
				<p class="wr-field-hint">{labels.inputsHint}</p>
				{FIELDS.map(({ key, parse, fallback, text: [label, hintKey, invalid] }) => {
					const hint = labels[hintKey];
					return (
						<TextField
							key={key}
							name={key}
							label={labels[label]}
							// The default is said in the hint, not as a grey placeholder that looks like a value already filled in.
							hint={joinSpaced(hint, fill(labels.defaultHint, { value: fallback }))}
							invalid={labels[invalid]}
							tooLong={labels.reasons['too-large-plain'] ?? ''}
							value={plan[key]}
							parse={parse}
							id={fieldId(key)}
							onValidity={(valid) => setFieldValid(key, valid)}
							onValid={(value, raw) => (key === 'repo' ? setRepoFromField(value, raw) : setDetail(key, value))}
						/>
					);
				})}
			</fieldset>
		</HydrateLater>
	);
}
