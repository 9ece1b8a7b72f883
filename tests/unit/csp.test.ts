import { describe, expect, it } from "vitest";
import { astroCspConfig, contentSecurityPolicy } from "../../src/lib/csp.ts";

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy({ scripts: ["sha256-abc="], styles: ["sha256-def="] });
  const directives = new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

  it("is the policy every page carries", () => {
    expect(policy).toBe(
      "default-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-src 'none'; img-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='",
    );
  });

  it("runs no inline script or style and nothing evaluated from strings", () => {
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'unsafe-hashes'");
  });

  it("lets Pagefind compile WebAssembly and start its worker from the same origin", () => {
    expect(directives.get("script-src")).toContain("'wasm-unsafe-eval'");
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
  });

  it("loads nothing from another origin", () => {
    for (const sources of directives.values()) {
      for (const source of sources!) expect(source).toMatch(/^'(self|none|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/);
    }
  });

  it("holds no directive that a meta tag cannot deliver", () => {
    for (const name of ["frame-ancestors", "report-uri", "report-to", "sandbox"]) expect(directives.has(name)).toBe(false);
  });
});

describe("astroCspConfig", () => {
  it("hands Astro the same policy, script and style sources apart so it can add its hashes", () => {
    const config = astroCspConfig();
    expect(config.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(config.styleDirective.resources).toEqual(["'self'"]);
    expect(config.directives.join("; ")).toBe(contentSecurityPolicy().split("; script-src")[0]);
  });
});
