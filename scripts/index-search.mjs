/** Builds the Pagefind index into the build output (OUT_DIR or dist), one index per language. */
import * as pagefind from 'pagefind';

const site = process.env.OUT_DIR ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind failed: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${site}/pagefind` });
await pagefind.close();
console.log(`Pagefind indexed ${added.page_count} pages in ${site}/pagefind`);
