// Everything the pages show, computed once per build from the checked collections through the model, so pages
// pass what they need down as props and no component reaches into a collection (after Starlight's route data).
import { checkConstantRows } from './checks';
import { getClasses, getCodes, type Code, type CodeClass } from './codes';
import { comparisonsOf } from './compare';
import { getComparisons, type ComparisonPage } from './comparisons';
import { constantsFor, type CodeConstants } from './in-your-code';
import { expiryNotice, registrationExpiry, type ExpiryNotice } from './registration-expiry';
import { throwFirst } from './content-error';
import { CONSTANTS_FILE, constantsByCode } from './framework-constants';
import { answersFor, getGuide, type Guide } from './guide';
import { resolveNotWhen, resolveRefs, shortLinks, type ShortLink } from './model';
import { once } from './once';
import { getUnregistered, type Unregistered } from './unregistered';

/** What a code's page shows beyond its own entry: its neighbours, class, resolved references and where else it appears. */
export interface CodePageData {
	code: Code;
	codeClass: CodeClass;
	prev: Code | undefined;
	next: Code | undefined;
	related: Code[];
	notWhen: { code: Code; why: string }[];
	/** A vendor's own use of the same number outside the registry (451), if any. */
	vendorTwin: Unregistered | undefined;
	/** The guide's answers that lead to this code, with the step into each. */
	guideAnswers: ReturnType<typeof answersFor>;
	/** The comparison pages this code appears on. */
	comparisons: ComparisonPage[];
	/** Its names in each ecosystem, for "In your code". */
	constants: CodeConstants;
	/** A temporary registration's expiry as of the build date: a page built after it says so, with no edit to the content. */
	expiry: ExpiryNotice | undefined;
}

/** The whole site as the pages use it. */
export interface Site {
	codes: Code[];
	classes: CodeClass[];
	unregistered: Unregistered[];
	guide: Guide;
	codePages: CodePageData[];
	comparisons: ComparisonPage[];
	shortLinks: ShortLink[];
}

/** The site's data, checked and derived once per build. */
export const getSite = once(async (): Promise<Site> => {
	const [codes, classes, unregistered, guide, comparisons] = await Promise.all([
		getCodes(),
		getClasses(),
		getUnregistered(),
		getGuide(),
		getComparisons(),
	]);
	throwFirst(
		checkConstantRows(
			codes.map((c) => c.data.code),
			new Set(constantsByCode().keys()),
			CONSTANTS_FILE,
		),
	);
	const byId = new Map(codes.map((c) => [c.id, c]));
	const buildDate = new Date();
	const codePages = classes.flatMap((codeClass) =>
		codeClass.codes.map((code) => {
			const i = codes.indexOf(code);
			return {
				code,
				codeClass,
				prev: codes[i - 1],
				next: codes[i + 1],
				related: resolveRefs(code.data.related, byId),
				notWhen: resolveNotWhen(code.data.notWhen, byId),
				vendorTwin: unregistered.find((u) => u.data.code === code.data.code),
				guideAnswers: answersFor(guide, code.data.code),
				comparisons: comparisonsOf(code.data.code, comparisons),
				constants: constantsFor(code.data.code),
				expiry: expiryNotice(registrationExpiry(code.data.code), buildDate),
			};
		}),
	);
	return { codes, classes, unregistered, guide, codePages, comparisons, shortLinks: shortLinks(codes, unregistered) };
});
