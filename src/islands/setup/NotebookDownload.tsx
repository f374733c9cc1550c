/** "Download setup notebook (.ipynb)": built in the browser on click, from the page's parts. */
import type { SetupParts } from '~/lib/commands';
import { buildSetupCells, type CellMessages, type QuickText } from '~/lib/setup-cell';
import type { NotebookText } from '~/lib/setup-notebook';
import { saveText } from '../shared/download';

/** The words the notebook and its button need (from the `setup` dictionary). */
type NotebookLabels = CellMessages &
	Pick<NotebookText, 'notebookIntro' | 'notebookDate' | 'notebookPrepLink' | 'notebookUpdate' | 'notebookCheck'> & {
		downloadNotebook: string;
	};

interface Props {
	platform: string;
	quick: QuickText;
	parts: SetupParts;
	/** Title, date in words and prep link, read when clicked (the link needs the page's origin). */
	intro: () => Pick<NotebookText, 'title' | 'date' | 'prepLink'>;
	labels: NotebookLabels;
}

/** A button (shown with JavaScript only) that saves the setup notebook. */
export function NotebookDownload({ platform, quick, parts, intro, labels }: Props) {
	// The notebook writer loads on the click that needs it, so the page's first load stays in budget.
	const save = async () => {
		const { buildNotebook } = await import('~/lib/setup-notebook');
		saveText(
			`workshop-setup-${platform}.ipynb`,
			buildNotebook(buildSetupCells(quick, parts, labels), { ...labels, ...intro() }),
			'application/x-ipynb+json',
		);
	};
	return (
		<p class="needs-js">
			<button type="button" class="wr-button" onClick={save}>
				{labels.downloadNotebook}
			</button>
		</p>
	);
}
