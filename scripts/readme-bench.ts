// Copies the budgets table of the latest `npm run bench` (bench/results.md) into the README.
import { readFileSync, writeFileSync } from 'node:fs';

const results = readFileSync('bench/results.md', 'utf8');
const measured = results.split('\n')[0]!;
const budgets = results.slice(results.indexOf('### Budgets')).replace('### Budgets\n', '').trim();
const keyRows = results.split('\n').filter((line) => /^\| (Cold|Warm) search, |^\| Build \(/.test(line));
// The relevance shares (first result, first three, empty answers); the list of misses stays in results.md.
const relevanceRows = results
	.split('\n')
	.filter((line) => /^\| Relevance: (right code first|right code in the first three|queries answering nothing|queries \()/.test(line));
const block = `${measured}\n\n${budgets}\n\n| Measure | Median | Max | Runs |\n| --- | --- | --- | --- |\n${keyRows.join('\n')}\n\n| Relevance measure | Figure |\n| --- | --- |\n${relevanceRows.join('\n')}\n\nAll figures: [bench/results.md](bench/results.md).`;
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${block}\n<!-- bench:end -->`);
if (updated === readme && !readme.includes(block)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
writeFileSync('README.md', updated);
console.log('README.md: bench table updated');
