import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../../src/site/publishing/csp.ts";

describe("CONTENT_SECURITY_POLICY", () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

  it("is the policy every page carries", () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-src 'none'; img-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
  });

  it("runs no inline script or style and nothing evaluated from strings", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-hashes'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("sha256-");
  });

  it("lets Pagefind compile WebAssembly and start its worker from the same origin", () => {
    expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
  });

  it("loads nothing from another origin", () => {
    for (const sources of directives.values()) {
      for (const source of sources!) expect(source).toMatch(/^'(self|none|wasm-unsafe-eval)'$/);
    }
  });

  it("holds no directive that a meta tag cannot deliver", () => {
    for (const name of ["frame-ancestors", "report-uri", "report-to", "sandbox"]) expect(directives.has(name)).toBe(false);
  });
});
