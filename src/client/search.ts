/**
 * Runs a Pagefind search for the page's `?q=` and renders results as plain text nodes
 * (never HTML: the query comes from a URL). Kept DOM-only and tiny; Pagefind itself is
 * fetched on demand from the built site.
 */
import { fill } from '~/lib/fill';

interface PagefindResult {
	data(): Promise<{ url: string; meta: { title?: string }; excerpt: string; content: string }>;
}
interface Pagefind {
	search(q: string): Promise<{ results: PagefindResult[] }>;
}

/**
 * Pagefind's excerpt is HTML: the page's text with `&`, `<` and `>` escaped and the matches in
 * `<mark>`. Parsed inertly (a `DOMParser` document runs nothing and loads nothing), it comes back
 * as text nodes, with each `<mark>` rebuilt as an element holding only its text.
 */
function excerptNodes(doc: Document, html: string): Node[] {
	const parsed = new DOMParser().parseFromString(html, 'text/html').body;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return doc.createTextNode(node.textContent ?? '');
		const mark = doc.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

/** Reads `q`, searches, and fills `#search-results`; a no-op without a query. */
export async function runSearch(doc: Document): Promise<void> {
	const box = doc.getElementById('search-results');
	const input = doc.getElementById('search-q');
	const q = (new URLSearchParams(doc.location.search).get('q') ?? '').trim().slice(0, 200);
	if (!box || !q) return;
	if (input instanceof HTMLInputElement) input.value = q;
	// The query is the reader's text: filled in by value, never read as a placeholder or a pattern.
	const fillIn = (template: string, n?: number) => fill(template, { q, n: n ?? 0 });
	box.textContent = box.dataset['loading'] ?? '';
	const url = box.dataset['pagefind'] ?? '/pagefind/pagefind.js';
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	const { results } = await pagefind.search(q);
	// Pagefind matches Chinese a character at a time ("显卡" finds "卡在"): a result must hold each
	// run of Han characters of the query as it was typed.
	const han = q.match(/\p{Script=Han}+/gu) ?? [];
	// With Han text, more candidates are read: those the filter drops must not hide matches below them.
	const candidates = await Promise.all(results.slice(0, han.length ? 60 : 20).map((r) => r.data()));
	const data = candidates.filter((d) => han.every((run) => d.content.includes(run))).slice(0, 20);
	const heading = doc.createElement('p');
	// One result reads in the singular ("1 result"), as the page's locale writes it.
	const found = data.length === 1 ? box.dataset['resultsOne'] : box.dataset['results'];
	heading.textContent = fillIn(data.length ? (found ?? '') : (box.dataset['none'] ?? ''), data.length);
	const list = doc.createElement('ol');
	for (const item of data) {
		const li = doc.createElement('li');
		const a = doc.createElement('a');
		a.href = item.url;
		a.textContent = item.meta.title ?? item.url;
		const excerpt = doc.createElement('p');
		excerpt.append(...excerptNodes(doc, item.excerpt));
		li.append(a, excerpt);
		list.append(li);
	}
	box.replaceChildren(heading, list);
}
