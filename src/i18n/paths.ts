/**
 * Locale- and base-aware URLs. Every internal link goes through `pathFor`, so a build with
 * `BASE=/workshop-ready/` or a `/zh-cn/` page links correctly without per-page fixes.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** Joins the base, the locale prefix and a root-relative path (`/guide/cost/`). */
export function pathFor(locale: Locale, path: string, base: string = import.meta.env.BASE_URL): string {
	const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	return `${cleanBase}${prefix}${path.replace(/^\/+/, '')}`;
}

/** Splits a pathname (already without base) into its locale and the locale-free rest. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } {
	const [first = '', ...tail] = pathname.replace(/^\/+/, '').split('/');
	const match = LOCALES.find((l) => l !== DEFAULT_LOCALE && l === first);
	return match ? { locale: match, rest: `/${tail.join('/')}` } : { locale: DEFAULT_LOCALE, rest: `/${pathname.replace(/^\/+/, '')}` };
}

/** `getStaticPaths` entries for a page that exists in every locale (`src/pages/[...lang]/`). */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
	return LOCALES.map((locale) => ({
		params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
		props: { locale },
	}));
}

/** The pathname without the site's base (`/workshop-ready/guide/` → `/guide/`). */
export function stripBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	return pathname.startsWith(cleanBase) ? `/${pathname.slice(cleanBase.length)}` : pathname;
}
