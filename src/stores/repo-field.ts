/**
 * The repository field's tie to the branch and notebook (its own module: the repository-address parser it
 * needs stays out of the shared workshop store, which every tool page loads).
 */
import { NAMED_BY_PAGE, namedByRepoPage } from '~/lib/prep-link';
import { $workshop } from './workshop';
/** The branch and notebook the repository field's address last named (`…/tree/<branch>`, `…/blob/main/x.ipynb`), where the field filled them. */
const fromRepoPage = { branch: '', notebook: '' };

/**
 * Sets the repository (already validated) as typed in its field. A page's address also names
 * the branch (and, for a notebook's page, the notebook): each fills its field while the field is
 * empty or still holds what an earlier address named, so it follows the address as it is typed
 * (`…/tree/d`, `…/tree/dev`) and goes when the address stops naming it; a value the reader typed is kept.
 */
export function setRepoFromField(repo: string, typed: string): void {
	const named = namedByRepoPage(typed);
	const plan = $workshop.get();
	$workshop.setKey('repo', repo);
	for (const key of NAMED_BY_PAGE) {
		if (plan[key] === '' || plan[key] === fromRepoPage[key]) {
			$workshop.setKey(key, named[key] ?? '');
			fromRepoPage[key] = named[key] ?? '';
		}
	}
}
