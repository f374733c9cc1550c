/**
 * The downloadable setup notebook: nbformat 4.5 JSON (cell ids, python3 kernelspec, sources
 * as lists of lines) holding an introduction, the quick-setup cell, the update cell and the
 * check cell. Built in the browser from the same parts as the page's cell.
 */
import type { SetupCells } from './setup-cell';

/** What the notebook's introduction says, in the reader's language. */
export interface NotebookText {
	/** The workshop title (text from a link: escaped, never markdown). */
	title: string;
	/** The date in words, or ''. */
	date: string;
	/** The absolute prep link, or '' when not known. */
	prepLink: string;
	notebookIntro: string;
	notebookDate: string;
	notebookPrepLink: string;
	notebookUpdate: string;
	notebookCheck: string;
}

/** Backslash-escapes markdown's punctuation so a title shows as the text it is; `$` too, which Jupyter reads as maths. */
function markdownText(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&$]/g, '\\$&');
}

/** nbformat's multiline string: lines keeping their `\n`, the last without. */
function lines(text: string): string[] {
	return text.split(/(?<=\n)/);
}

const markdown = (id: string, text: string) => ({ cell_type: 'markdown', id, metadata: {}, source: lines(text) });
const code = (id: string, text: string) => ({
	cell_type: 'code',
	id,
	metadata: {},
	execution_count: null,
	outputs: [],
	source: lines(text),
});

/** The notebook as nbformat 4.5 JSON text. */
export function buildNotebook(cells: SetupCells, text: NotebookText): string {
	// A prep link from buildPrepLink is percent-encoded; anything else is left out rather than escaped.
	const link = /^https?:\/\/[^\s<>]+$/.test(text.prepLink) ? `\n\n${text.notebookPrepLink} <${text.prepLink}>` : '';
	const intro = `# ${markdownText(text.title)}${text.date ? `\n\n${text.notebookDate} ${markdownText(text.date)}` : ''}\n\n${text.notebookIntro}${link}`;
	const notebook = {
		nbformat: 4,
		nbformat_minor: 5,
		metadata: {
			kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
			language_info: { name: 'python' },
		},
		cells: [
			markdown('intro', intro),
			code('setup', cells.setup),
			markdown('update-note', text.notebookUpdate),
			code('update', cells.update),
			markdown('check-note', text.notebookCheck),
			code('check', cells.check),
		],
	};
	return `${JSON.stringify(notebook, null, 1)}\n`;
}
