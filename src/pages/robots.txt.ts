/** robots.txt with the sitemap's absolute URL, which depends on SITE and BASE. */
import type { APIRoute } from 'astro';
import { pathFor } from '~/i18n/paths';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(pathFor('en', '/sitemap-index.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
