import { launchBrowser } from '/work/wt-situations/bench/browser.ts';
import { measureRelevance } from '/work/wt-situations/bench/relevance.ts';
const browser = await launchBrowser();
const r = await measureRelevance(browser, process.argv[2] ?? 'http://127.0.0.1:4399/', '');
await browser.close();
for (const o of r.outcomes)
	if (o.at !== 1)
		console.log(`${o.at === 0 ? 'MISS' : '#' + o.at}\t${o.query}\twant ${o.expected.join(' ')}\tgot ${o.shown.slice(0, 5).join(' ')}`);
console.log(`first ${(r.first * 100).toFixed(1)}%  first three ${(r.firstThree * 100).toFixed(1)}%  empty ${r.empty.length}`);
