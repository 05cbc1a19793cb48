// Every link in a code page's description goes to a primary source (BRIEF's list of hosts), so a blog post or
// a copy of a spec cannot slip in as the source of a claim; GitHub sources are read at a tag or commit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes } from '../../catalog/content.ts';
import { linkHost, markdownLinks } from '../support/markdown-links.ts';

/** The hosts a description may link, one per line. */
const PRIMARY_SOURCE_HOSTS = new Set([
	// Specifications and registries: the RFCs, drafts, the HTTP working group's copies and IANA's registries.
	'www.rfc-editor.org',
	'datatracker.ietf.org',
	'httpwg.org',
	'www.iana.org',
	// The IETF HTTP working group's mailing-list archive: the record of drafts proposed and dropped (306).
	'lists.w3.org',
	// The WHATWG standards that say what browsers do.
	'fetch.spec.whatwg.org',
	'html.spec.whatwg.org',
	// MDN, only for MDN's own data (its browser-compatibility tables), never as the source of a behaviour.
	'developer.mozilla.org',
	// Source at a tag or commit: web-platform-tests, client libraries, frameworks, browser mirrors.
	'github.com',
	// Browser engines' own code, bugs and commits.
	'source.chromium.org',
	'chromium.googlesource.com',
	'issues.chromium.org',
	'bugzilla.mozilla.org',
	'searchfox.org',
	'bugs.webkit.org',
	// Vendors' and projects' own documentation, for what their software does.
	'curl.se',
	'nginx.org',
	'developers.cloudflare.com',
	'docs.aws.amazon.com',
	'learn.microsoft.com',
	'docs.python.org',
	'nodejs.org',
]);

/** Branch names that move: a source linked at one of them can change under the claim it backs. */
const MOVING_REFS = new Set(['main', 'master', 'HEAD', 'trunk', 'develop', 'dev', 'gh-pages']);

/** The links of a body whose host is not a primary source. */
function offListLinks(body: string): string[] {
	return markdownLinks(body).filter((link) => {
		const host = linkHost(link);
		return host !== undefined && !PRIMARY_SOURCE_HOSTS.has(host);
	});
}

/** The GitHub file or folder links of a body that name a moving branch instead of a tag or commit. */
function unpinnedGitHubLinks(body: string): string[] {
	return markdownLinks(body).filter((link) => {
		const m = /^https:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree|raw)\/([^/#?]+)/.exec(link);
		return m !== null && MOVING_REFS.has(m[1]!);
	});
}

for (const code of codes) {
	const file = `content/codes/${code.code}.mdx`;

	test(`the ${code.title} description links only to primary-source hosts`, () => {
		assert.deepEqual(
			offListLinks(code.body).map((link) => `${file}: ${link}`),
			[],
			`${file} links hosts that are not on the primary-source list`,
		);
	});

	test(`the ${code.title} description links GitHub sources at a tag or commit`, () => {
		assert.deepEqual(
			unpinnedGitHubLinks(code.body).map((link) => `${file}: ${link}`),
			[],
			`${file} links GitHub at a moving branch`,
		);
	});
}

test('links are found in every Markdown form, and URLs in code are not links', () => {
	const body = [
		'See [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110#section-15 "title"), <https://httpwg.org/specs/>,',
		'<a href="https://curl.se/docs/">curl</a> and https://nginx.org/en/docs/.',
		'Not `https://example.com/in-code` nor a [page](/404-not-found/) outside: no host.',
		'```http\nLocation: https://example.com/in-a-block\n```',
	].join('\n');
	assert.deepEqual(markdownLinks(body), [
		'https://www.rfc-editor.org/rfc/rfc9110#section-15',
		'https://httpwg.org/specs/',
		'https://curl.se/docs/',
		'https://nginx.org/en/docs/',
		'/404-not-found/',
	]);
	assert.equal(linkHost('/404-not-found/'), undefined);
});

test('a link to a blog or a copy of a spec breaks the host rule, and a branch link the pinning rule', () => {
	const body =
		'As [a blog explains](https://blog.example.com/redirects) and [a mirror shows](https://datatracker.ietf.org.example.net/x), ' +
		'see [sessions.py](https://github.com/psf/requests/blob/main/src/requests/sessions.py) and ' +
		'[sessions.py at a tag](https://github.com/psf/requests/blob/v2.34.2/src/requests/sessions.py).';
	assert.deepEqual(offListLinks(body), ['https://blog.example.com/redirects', 'https://datatracker.ietf.org.example.net/x']);
	assert.deepEqual(unpinnedGitHubLinks(body), ['https://github.com/psf/requests/blob/main/src/requests/sessions.py']);
});
