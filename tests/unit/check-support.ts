// The checker's data as the page builds it, from the same content: the tests judge responses exactly as the site does.
import { anchorFor } from '../../src/lib/anchor.ts';
import { buildRuleData } from '../../src/lib/check/rule-data.ts';
import { readCodes, readUnregistered } from '../../src/lib/content-files.ts';

/** Every code's rules and every unregistered number, from content/. */
export const ruleData = buildRuleData(
	readCodes().map((c) => c.data),
	readUnregistered().map((u) => u.data),
	(code, phrase) => `${anchorFor(code, phrase)}/`,
);
