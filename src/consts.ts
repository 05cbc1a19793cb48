/** The site's name, shown in the header and page titles. */
export const SITE_TITLE = 'HTTP Status Codes';
/** One line on what the site is, for the index and meta descriptions. */
export const SITE_DESCRIPTION =
	'Every registered HTTP status code: what it means, when to send it, what must come with it, and how plone.restapi uses it.';
/** The titles of a code page's sections; their slugs are the sections' anchors. */
export const SECTIONS = {
	example: 'Example',
	code: 'In your code',
	plone: 'In plone.restapi',
	related: 'Related codes',
	situations: 'Send it when',
	notWhen: 'Not when',
} as const;
/** The index section of the numbers vendors use outside the registry; its slug is the section's anchor. */
export const UNREGISTERED_SECTION = 'Not in the registry';
/** plone.restapi's "HTTP Status Codes" page, whose glossary sentences the site quotes. */
export const PLONE_GLOSSARY_URL = 'https://6.docs.plone.org/plone.restapi/docs/source/http-status-codes.html';
/** The guide's name: its first page's heading, and the header's link to it. */
export const GUIDE_TITLE = 'Which status code should I send?';
/** The comparisons' name: the heading of /compare/ and the header's link to it. */
export const COMPARE_TITLE = 'Compare codes';
/** What /compare/ offers, for its meta description. */
export const COMPARE_DESCRIPTION =
	'The status codes developers argue about, side by side: the difference, the spec, and what large APIs choose.';
