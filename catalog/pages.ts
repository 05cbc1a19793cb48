// Every page the build makes, derived from the content: the tests that gate every page and the bench use this
// list, and a crawl of the built site proves it complete.
import { COMPARE_DESCRIPTION } from '../src/consts.ts';
import { COMPARE_INDEX_PATH } from '../src/lib/compare.ts';
import { comparisons } from './compare.ts';
import { codes } from './content.ts';
import { guideQuestions, questionPath } from './guide.ts';
import { unregistered } from './unregistered.ts';

/** A built page: where it lives and what it is. */
export interface SitePage {
	/** Path relative to the site's base, e.g. `404-not-found/`; '' is the index. */
	path: string;
	/** A short name for test titles. */
	name: string;
	/** The HTTP status the page answers with. */
	status: number;
	/** Its meta description, where it is not the site's own. */
	description?: string;
}

/** The site's own not-found page, reached through an address that does not exist. */
export const NOT_FOUND: SitePage = { path: 'this-page-does-not-exist/', name: 'the not-found page', status: 404 };

/** Every HTML page of the site. */
export const sitePages: SitePage[] = [
	{ path: '', name: 'the index', status: 200 },
	{ path: 'search/', name: 'the search page', status: 200 },
	{ path: 'check/', name: 'the response checker', status: 200 },
	{ path: 'offline/', name: 'the offline page', status: 200 },
	NOT_FOUND,
	...codes.map((c) => ({ path: c.path, name: `the ${c.title} page`, status: 200 })),
	...guideQuestions.map((q) => ({ path: questionPath(q.id), name: `the guide's "${q.question}" page`, status: 200 })),
	...unregistered.map((u) => ({ path: u.path, name: `the unregistered ${u.code} page`, status: 200 })),
	{ path: COMPARE_INDEX_PATH, name: 'the comparisons index', status: 200, description: COMPARE_DESCRIPTION },
	...comparisons.map((c) => ({ path: c.path, name: `the "${c.data.title}" comparison`, status: 200, description: c.data.summary })),
];
