/**
 * First path segments of github.com that are GitHub's own pages, not accounts: the names
 * GitHub reports as reserved when an organisation is created (github.com/organizations/new),
 * plus its newer top-level product pages. `https://github.com/apps/<x>` is an app, not a
 * repository, so such a link is refused rather than cloned.
 */
// One space-separated string rather than an array literal: the same names in fewer bytes on
// the setup and prep pages, whose JavaScript budget is tight.
export const GITHUB_RESERVED_OWNERS: ReadonlySet<string> = new Set(
	(
		'about access account admin anonymous any api apps attributes auth billing blob blog bounty ' +
		'branches business businesses c cache case-studies categories central certification ' +
		'changelog cla cloud codereview codespaces collection collections comments commit commits ' +
		'community companies compare contact contributing cookbook copilot coupons customer ' +
		'customer-stories customers dashboard dashboards design develop developer diff discover ' +
		'discussions docs downloads downtime editor editors edu education enterprise events explore ' +
		'featured features files fixtures forked garage ghost gist gists git-guides github graphs ' +
		'guide guides help help-wanted home hooks hosting hovercards identity images inbox ' +
		'individual info integration interfaces introduction investors issues jobs join journal ' +
		'journals lab labs languages launch layouts learn legal library linux listings lists login ' +
		'logos logout mac maintenance malware man marketplace mention mentioned mentioning mentions ' +
		'migrating milestones mine mirrors mobile navigation network new news none nonprofit ' +
		'nonprofits notices notifications oauth offer open-source organisations organizations orgs ' +
		'pages partners payments personal plans plugins popular popularity posts press pricing ' +
		'professional projects pulls raw readme recommendations redeem releases render reply ' +
		'repositories resources restore revert saved scraping search security services sessions ' +
		'settings shareholders shop showcases signin signup site sitemap solutions spam sponsors ssh ' +
		'staff starred stars static status statuses storage store stories styleguide subscriptions ' +
		'suggest suggestion suggestions support suspended talks teach teacher teachers teaching team ' +
		'teams ten terms timeline topic topics tos tour train training translations tree trending ' +
		'updates username users visualization w watching wiki windows works-with'
	).split(' '),
);

/**
 * First path segments of gitlab.com, codeberg.org and bitbucket.org that are the host's own pages
 * (`gitlab.com/groups/<g>`, `codeberg.org/user/login`, `bitbucket.org/account/signin`), per host:
 * GitLab's reserved group names, Forgejo's reserved user names and Bitbucket's site sections.
 * Space-separated strings, as above, for the budget.
 */
export const FORGE_RESERVED_OWNERS: Readonly<Record<string, ReadonlySet<string>>> = {
	'gitlab.com': words(
		'admin api assets dashboard explore files groups health_check help import jwt login oauth profile projects public s search sitemap snippets unsubscribes uploads users v2',
	),
	'codeberg.org': words(
		'admin api assets attachments avatar avatars captcha commits debug error explore ghost gitea-actions issues login metrics milestones new notifications org pulls raw repo repo-avatars search ssh_info user v2',
	),
	'bitbucket.org': words('account blog dashboard product repo site snippets socialauth support workspace'),
};

/** GitLab's reserved project names: below the top group, a segment named so is a page of GitLab's, not a project or subgroup. */
export const GITLAB_ROUTES: ReadonlySet<string> = words(
	'badges blame blob builds commits create create_dir edit files find_file new preview raw refs tree update wikis',
);

/** A set of the space-separated `list`. */
function words(list: string): ReadonlySet<string> {
	return new Set(list.split(' '));
}
