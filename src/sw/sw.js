/*
 * Workshop Ready's service worker, for the venue whose Wi-Fi fails: on the first online visit
 * it saves the prep page, the setup walkthrough, the guide (every locale) and their assets;
 * afterwards a page it saved opens with no network. Written into the build output as
 * `<base>sw.js` by scripts/service-worker.mjs, which fills in VERSION, PRECACHE and NOTICES.
 *
 * - Pages: network first (an online reader always gets the deployed page), the saved copy
 *   when the network fails, stalls or answers with a server error (a venue's gateway saying
 *   503 is no network either); the query is ignored when matching, so a prep link's
 *   values are read from the address by the page's own script. A page served from the copy
 *   gets `data-offline-copy` on <html>, which shows the page's quiet offline note.
 * - A page it did not save (the calculator, say) answers with no network with a short notice
 *   in every locale, the page's own first, that links the saved ones (and, first, the saved
 *   page the reader came from), instead of the browser's error page.
 * - Assets (hashed names, never change): the saved copy first.
 * - Nothing but the precache list is ever stored: link values never reach storage.
 * - One cache per build; activating a new build deletes the older caches.
 */
const VERSION = '__VERSION__';
/** Paths relative to this script, which sits at the site's base. */
const PRECACHE = __PRECACHE__;
const PREFIX = 'wr-offline-';
const CACHE = `${PREFIX}${VERSION}`;
/** How long a page may wait for the network before the saved copy is shown. */
const NETWORK_TIMEOUT_MS = 4000;

const urls = PRECACHE.map((path) => new URL(path, self.location.href));
const saved = new Set(urls.map((url) => url.pathname));

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			// 'reload' skips the HTTP cache, so a new build never saves an old page.
			.then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' }))))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
			// The page's request starts while the worker boots, so an online visit is not slowed down.
			.then(() => self.registration.navigationPreload?.enable())
			.then(() => self.clients.claim()),
	);
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate') {
		const path = savedPath(url);
		// Other pages go to the network as usual, through the preload the browser already started.
		event.respondWith(
			saved.has(path) ? page(event, new URL(path, url.origin).href) : online(event).catch(() => notSaved(url, request.referrer)),
		);
	} else if (saved.has(url.pathname)) {
		event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
	}
});

/** The page `url` opens, as the worker saved it: `/prep`, `/prep/` and `/prep/index.html` are one page. */
function savedPath(url) {
	const dir = url.pathname.replace(/\/index\.html$/, '/');
	return dir.endsWith('/') ? dir : `${dir}/`;
}

/** A navigation's response from the network: the navigation preload's, else a fetch. */
function online(event) {
	return Promise.resolve(event.preloadResponse).then((preloaded) => preloaded ?? fetch(event.request));
}

/** The network's page, or the saved copy (marked) when the network fails, takes too long or errs (5xx). */
async function page(event, key) {
	const network = online(event);
	// If the copy is served, a late failure of the network must not surface as an unhandled rejection.
	network.catch(() => undefined);
	let timer;
	const stalled = new Promise((resolve) => {
		timer = setTimeout(resolve, NETWORK_TIMEOUT_MS);
	});
	try {
		const response = await Promise.race([network, stalled]);
		if (response && response.status < 500) return response;
	} catch {
		// Offline, or the server is gone: fall through to the copy.
	} finally {
		clearTimeout(timer);
	}
	const copy = await caches.match(key, { cacheName: CACHE });
	if (!copy) return network;
	const html = (await copy.text()).replace(/<html\b/i, '<html data-offline-copy');
	return new Response(html, { status: 200, headers: securityHeaders(copy.headers) });
}

/**
 * The offline notice in each locale, the default one first: its folder (`''` or `zh-cn/`), `lang`
 * tag, dictionary text, and the saved pages of that locale a reader starts from, `[path, title]`
 * (its prep page, walkthrough and guide).
 */
const NOTICES = __NOTICES__;

/** `text` safe inside HTML (the titles are the site's own, escaped all the same). */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * With no network, a page this worker did not save (`url`): a notice in every locale, the page's
 * own first, each linking its locale's pages that do open offline. When the reader came from a
 * saved page of this site (`referrer`: a prep link, with its workshop's values), a link back to
 * it comes first, so the bare pages below are not taken for theirs. Static text only, under a
 * policy that allows nothing else.
 */
function notSaved(url, referrer) {
	// Where the site starts: this worker's folder, the base path.
	const site = new URL('./', self.location.href);
	const inSite = url.pathname.slice(site.pathname.length);
	// `/zh-cn` is the Chinese home page too.
	const own = NOTICES.find((n) => n.folder && `${inSite}/`.startsWith(n.folder)) ?? NOTICES[0];
	const from = referrer ? new URL(referrer) : undefined;
	const back =
		from && from.origin === url.origin && saved.has(savedPath(from))
			? `<p><a href="${escapeHtml(from.pathname + from.search)}">${escapeHtml(own.back)}</a></p>`
			: '';
	const sections = [own, ...NOTICES.filter((n) => n !== own)].map((n, i) => {
		const h = i === 0 ? 'h1' : 'h2';
		const links = n.pages.map(([path, title]) => `<li><a href="${escapeHtml(new URL(path, site).pathname)}">${escapeHtml(title)}</a></li>`);
		return `<section lang="${escapeHtml(n.lang)}"><${h}>${escapeHtml(n.heading)}</${h}>${i === 0 ? back : ''}<p>${escapeHtml(n.intro)}</p><ul>${links.join('')}</ul></section>`;
	});
	const html = `<!doctype html><html lang="${escapeHtml(own.lang)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(own.title)}</title><main>${sections.join('')}</main></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" },
	});
}

/** The host's rules for a page (framing, sniffing, referrer…) as saved with it; the body's own headers do not fit the marked copy. */
const KEPT_HEADERS = [
	'content-security-policy',
	'x-frame-options',
	'x-content-type-options',
	'referrer-policy',
	'permissions-policy',
	'cross-origin-opener-policy',
	'cross-origin-embedder-policy',
	'cross-origin-resource-policy',
];

/** The saved page's security headers, with the type of the text the copy is made of. */
function securityHeaders(saved) {
	const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
	for (const name of KEPT_HEADERS) if (saved.has(name)) headers.set(name, saved.get(name));
	return headers;
}
