/**
 * Registers the offline service worker (`<base>sw.js`, written by the build; see
 * scripts/service-worker.mjs) once the page has loaded, so saving the offline copy never
 * competes with the page's own loading. Called by the islands of the pages attendees open
 * (prep and setup), so prose pages stay free of JavaScript. A no-op in dev, where there is
 * no sw.js, and in browsers without service workers.
 */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	// A failed registration (private mode, storage full) leaves the page working online as before.
	const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}
