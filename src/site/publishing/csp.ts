/**
 * The Content-Security-Policy of every page, written into the `<meta http-equiv="content-security-policy">` of the
 * page layout (src/layouts/BaseLayout.astro).
 *
 * Everything comes from the site's own origin, and no inline script or style runs: no `'unsafe-inline'`, no
 * `'unsafe-eval'`, and no hashes, because scripts and stylesheets are files (a build gate,
 * tests/gates/inline-code.test.ts, keeps it so). Pagefind needs two things: `'wasm-unsafe-eval'` to compile its
 * WebAssembly search engine, and `worker-src 'self'` for the worker it searches in. Directives that browsers ignore
 * in a meta tag (frame-ancestors, report-uri, sandbox) are left out: they belong in the host's HTTP headers.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  // The site's own files, and WebAssembly compilation for Pagefind.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
] as const;

/** The policy as a page carries it: the same on every page, so it is written once, not worked out per page. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");
