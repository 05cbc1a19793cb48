// The checker page's script: reads the two fields (or the address's fragment), runs the pure rule engine
// (src/lib/check/) with the rules the page carries, and shows the outcome. Nothing is sent anywhere.
import { checkExchange } from '../../lib/check/check';
import type { RuleData } from '../../lib/check/rule-data';
import { fromFragment, maskSecrets, toFragment } from '../../lib/check/share';
import { renderErrors, renderReports } from './render';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('check-form');
const responseField = $<HTMLTextAreaElement>('check-response');
const requestField = $<HTMLTextAreaElement>('check-request');
const harBox = $<HTMLDivElement>('check-har');
const harSelect = $<HTMLSelectElement>('check-har-entry');
const harFile = $<HTMLInputElement>('check-har-file');
const output = $<HTMLElement>('check-output');
const summary = $<HTMLParagraphElement>('check-summary');
const results = $<HTMLDivElement>('check-results');
const shareStatus = $<HTMLParagraphElement>('check-share-status');
const data = JSON.parse($<HTMLScriptElement>('check-rules').textContent ?? '{}') as RuleData;

$<HTMLButtonElement>('check-submit').disabled = false;

/** Runs the check on the fields as they stand and shows the outcome; `entry` picks a HAR file's entry. */
function run(entry?: number): void {
	const outcome = checkExchange(responseField.value, requestField.value, data, entry);
	output.hidden = false;
	responseField.removeAttribute('aria-invalid');
	requestField.removeAttribute('aria-invalid');
	if (outcome.kind === 'har') {
		harSelect.replaceChildren(...outcome.entries.map((e, i) => new Option(e.label, String(i))));
		harBox.hidden = false;
		run(0);
		return;
	}
	if (entry === undefined) harBox.hidden = true;
	if (outcome.kind === 'errors') {
		(outcome.field === 'response' ? responseField : requestField).setAttribute('aria-invalid', 'true');
		summary.textContent = renderErrors(results, outcome.field, outcome.errors);
		return;
	}
	summary.textContent = renderReports(results, outcome.reports);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	if (responseField.value.trim() === '') {
		output.hidden = false;
		responseField.setAttribute('aria-invalid', 'true');
		summary.textContent = 'Paste a response first.';
		results.replaceChildren();
		responseField.focus();
		return;
	}
	run();
});
harSelect.addEventListener('change', () => run(Number(harSelect.value)));

/** Puts a dropped or opened file into the response field and checks it. */
async function load(file: File | undefined): Promise<void> {
	if (!file) return;
	responseField.value = await file.text();
	run();
}
harFile.addEventListener('change', () => void load(harFile.files?.[0]));
responseField.addEventListener('dragover', (event) => {
	if (!event.dataTransfer?.types.includes('Files')) return;
	event.preventDefault();
	responseField.classList.add('check-drop');
});
responseField.addEventListener('dragleave', () => responseField.classList.remove('check-drop'));
responseField.addEventListener('drop', (event) => {
	const file = event.dataTransfer?.files[0];
	responseField.classList.remove('check-drop');
	if (!file) return;
	event.preventDefault();
	void load(file);
});

/** Fills the fields from the address's fragment and checks them at once. */
function fromAddress(): void {
	const shared = fromFragment(location.hash);
	if (!shared) return;
	responseField.value = shared.response;
	requestField.value = shared.request;
	run();
	// A shared link is opened for its verdict: show it, below the fields it came in.
	output.scrollIntoView({ block: 'start' });
}
window.addEventListener('hashchange', fromAddress);
fromAddress();

$<HTMLButtonElement>('check-share').addEventListener('click', async () => {
	const mask = $<HTMLInputElement>('check-mask').checked;
	const inputs = { response: responseField.value, request: requestField.value };
	const fragment = toFragment(mask ? { response: maskSecrets(inputs.response), request: maskSecrets(inputs.request) } : inputs);
	const url = `${location.origin}${location.pathname}#${fragment}`;
	shareStatus.textContent = '';
	try {
		await navigator.clipboard.writeText(url);
		shareStatus.textContent = mask ? 'Link copied, with credentials masked.' : 'Link copied.';
	} catch {
		// The clipboard is blocked: the address bar gets the link instead, to copy by hand.
		history.replaceState(history.state, '', url);
		shareStatus.textContent = 'Copy the link from the address bar.';
	}
});
