/**
 * The repository field's tie to the branch (its own module: the repository-address parser it
 * needs stays out of the shared workshop store, which every tool page loads).
 */
import { branchOfRepoPage } from '~/lib/prep-link';
import { $workshop } from './workshop';
/** The branch the repository field's address last named (`…/tree/<branch>`), if the branch came from it. */
let branchFromRepoPage = '';

/**
 * Sets the repository (already validated) as typed in its field. A branch page's address also
 * names the branch: it fills the branch while the branch is empty or still the one an earlier
 * address named, so the branch follows the address as it is typed (`…/tree/d`, `…/tree/dev`)
 * and goes when the address stops naming one; a branch the reader typed is kept.
 */
export function setRepoFromField(repo: string, typed: string): void {
	const named = branchOfRepoPage(typed) ?? '';
	const { branch } = $workshop.get();
	$workshop.setKey('repo', repo);
	if (branch === '' || branch === branchFromRepoPage) {
		$workshop.setKey('branch', named);
		branchFromRepoPage = named;
	}
}
