/** Saving text the page built as a file, on the reader's click. */

/** Offers `text` as a download named `name` (a Blob URL, released once the browser has it). */
export function saveText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
