/**
 * A minimal static server over a build folder, mounted at a base path, that a spec starts and
 * stops itself (to prove a page works with no server at all, without touching the shared one).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
};

/** A header every response carries, as a host's `_headers` rules would add. */
export const HOST_HEADER = ['x-frame-options', 'DENY'] as const;

/** A running server: its origin, edits to apply to served files (by path under the base, e.g. `sw.js`), and `stop()`. */
export interface StaticServer {
	origin: string;
	/** Text edits per file, applied when served: a "new deploy" without a second build. */
	edits: Map<string, (text: string) => string>;
	/** When set, every request gets this status and a short error page (a failing gateway). */
	failWith?: number;
	stop: () => Promise<void>;
}

/** Serves `dir` at `base` on a free port of 127.0.0.1; `stop()` closes it and every open connection. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const edits = new Map<string, (text: string) => string>();
	const served: StaticServer = { origin: '', edits, stop: async () => undefined };
	const server = createServer(async (req, res) => {
		if (served.failWith) return void res.writeHead(served.failWith, { 'content-type': 'text/html' }).end('<h1>Gateway down</h1>');
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) return void res.writeHead(404).end();
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
		try {
			if ((await stat(file)).isDirectory()) {
				if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
				file = join(file, 'index.html');
			}
			const edit = edits.get(path.slice(base.length));
			const body = edit ? edit(await readFile(file, 'utf8')) : await readFile(file);
			res
				.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', [HOST_HEADER[0]]: HOST_HEADER[1] })
				.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	served.origin = `http://127.0.0.1:${port}`;
	served.stop = () =>
		new Promise<void>((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return served;
}
