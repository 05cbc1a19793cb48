import { color } from './palette';

/** The light scheme's colours, as the pages show them. */
const BG = color('bg');
const FG = color('fg');
const MUTED = color('muted');
const ON_ACCENT = color('on-accent');

/** Escapes text for an SVG text node. */
function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Breaks a sentence into lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + word.length + 1 > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line ? [...lines, line] : lines;
}

/** An unregistered number's badge: dashed outline, no class colour, and the word itself. */
function unregisteredBadgeSvg(badge: string): string {
	const width = badge.length * 62 + 56;
	return `<rect x="82" y="112" width="${width}" height="126" rx="63" fill="none" stroke="${FG}" stroke-width="5" stroke-dasharray="18 10"/>
<text x="108" y="206" font-family="DejaVu Sans Mono, monospace" font-size="100" font-weight="700" fill="${FG}">${escapeXml(badge)}</text>
<text x="${width + 112}" y="196" font-family="DejaVu Sans, sans-serif" font-size="44" font-weight="700" letter-spacing="3" fill="${FG}">UNREGISTERED</text>`;
}

/** A 1200×630 link-preview card as SVG: the badge, the phrase and the summary. */
export function socialImageSvg(badge: string, heading: string, summary: string, siteName: string, unregistered = false): string {
	const accent = unregistered ? MUTED : /^[1-5]/.test(badge) ? color(`c${badge[0]}`) : color('c3');
	const font = "DejaVu Sans, 'Liberation Sans', Arial, sans-serif";
	const summaryLines = wrap(summary, 46).slice(0, 4);
	// Long phrases ("Request Header Fields Too Large") shrink to fit the 1040 px line.
	const headingSize = Math.min(64, Math.floor(1040 / (heading.length * 0.62)));
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${BG}"/>
<rect width="1200" height="16" fill="${accent}"/>
${
	unregistered
		? unregisteredBadgeSvg(badge)
		: `<rect x="80" y="110" width="${badge.length * 62 + 56}" height="130" rx="18" fill="${accent}"/>
<text x="108" y="206" font-family="DejaVu Sans Mono, monospace" font-size="100" font-weight="700" fill="${ON_ACCENT}">${escapeXml(badge)}</text>`
}
<text x="80" y="330" font-family="${font}" font-size="${headingSize}" font-weight="700" fill="${FG}">${escapeXml(heading)}</text>
${summaryLines.map((line, i) => `<text x="80" y="${410 + i * 48}" font-family="${font}" font-size="36" fill="${MUTED}">${escapeXml(line)}</text>`).join('\n')}
<text x="80" y="590" font-family="${font}" font-size="28" font-weight="700" fill="${FG}">${escapeXml(siteName)}</text>
</svg>`;
}
