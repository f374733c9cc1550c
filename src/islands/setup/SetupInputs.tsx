/** The four workshop details the commands are built from; commands update as they are typed. */
import { useStore } from '@nanostores/preact';
import {
	DEFAULT_BRANCH,
	DEFAULT_FOLDER,
	DEFAULT_NOTEBOOK,
	DEFAULT_REPO,
	parseBranch,
	parseFolder,
	parseNotebook,
	parseRepoUrl,
} from '~/lib/repo';
import type { Parsed } from '~/lib/query';
import { $workshop, setDetail } from '~/stores/workshop';
import { TextField } from './TextField';
import type { SetupLabels } from './labels';

const repoUrl = (raw: string): Parsed<string> => {
	const parsed = parseRepoUrl(raw);
	return parsed.ok ? { ok: true, value: parsed.value.url } : parsed;
};

const FIELDS = [
	{ key: 'repo', parse: repoUrl, placeholder: DEFAULT_REPO.url },
	{ key: 'branch', parse: parseBranch, placeholder: DEFAULT_BRANCH },
	{ key: 'folder', parse: parseFolder, placeholder: DEFAULT_FOLDER },
	{ key: 'notebook', parse: parseNotebook, placeholder: DEFAULT_NOTEBOOK },
] as const;

/** Repo URL, branch, Drive folder and notebook path fields. */
export function SetupInputs({ labels }: { labels: SetupLabels }) {
	const plan = useStore($workshop);
	return (
		<div class="needs-js">
			<fieldset class="wr-setup-inputs">
				<legend>{labels.inputsTitle}</legend>
				<p class="wr-field-hint">{labels.inputsHint}</p>
				{FIELDS.map(({ key, parse, placeholder }) => (
					<TextField
						key={key}
						name={key}
						label={labels[`${key}Label`]}
						// The default is said in the hint: a grey placeholder looks like a value already filled in.
						hint={`${labels[`${key}Hint`]} ${labels.defaultHint.replace("{value}", placeholder)}`}
						invalid={labels[`${key}Invalid`]}
						tooLong={labels.tooLong}
						placeholder=""
						value={plan[key]}
						parse={parse}
						onValid={(value) => setDetail(key, value)}
					/>
				))}
			</fieldset>
		</div>
	);
}
