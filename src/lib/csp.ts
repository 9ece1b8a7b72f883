/**
 * The Content-Security-Policy of every page. Astro writes it into each page's
 * `<meta http-equiv="content-security-policy">` (`security.csp` in astro.config.mjs) and adds the SHA-256 hash of
 * every script and stylesheet it bundles to script-src and style-src.
 *
 * Everything comes from the site's own origin. No inline script or style runs unless Astro hashed it; no
 * `'unsafe-inline'`, no `'unsafe-eval'`. Pagefind needs two things: `'wasm-unsafe-eval'` to compile its WebAssembly
 * search engine, and `worker-src 'self'` for the worker it searches in. Directives that browsers ignore in a meta
 * tag (frame-ancestors, report-uri, sandbox) are left out: they belong in the host's HTTP headers.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
] as const;

/** Sources of scripts: the site's own files, and WebAssembly compilation for Pagefind. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources of stylesheets: the site's own files only. */
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/** The policy as Astro's `security.csp` option takes it. */
export function astroCspConfig() {
  return {
    algorithm: "SHA-256" as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
    styleDirective: { resources: [...CSP_STYLE_SOURCES] },
  };
}

/** The policy as a page carries it, given the hashes Astro computed for its scripts and stylesheets. */
export function contentSecurityPolicy(hashes: { scripts?: readonly string[]; styles?: readonly string[] } = {}): string {
  const quoted = (list: readonly string[] = []) => list.map((hash) => `'${hash}'`);
  return [
    ...CSP_DIRECTIVES,
    [`script-src`, ...CSP_SCRIPT_SOURCES, ...quoted(hashes.scripts)].join(" "),
    [`style-src`, ...CSP_STYLE_SOURCES, ...quoted(hashes.styles)].join(" "),
  ].join("; ");
}
