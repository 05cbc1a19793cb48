/**
 * The Content-Security-Policy of every page: nothing from another origin and no inline script.
 * Pagefind's WebAssembly needs 'wasm-unsafe-eval'. Sent as a meta tag and, by hosts that read `_headers`, as a header.
 */
export const CSP = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');
