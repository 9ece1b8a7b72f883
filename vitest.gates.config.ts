import { defineConfig } from "vitest/config";

/** Gates over a finished build (`dist/`, and `dist-archive/` when present): run after `astro build`. */
export default defineConfig({
  test: {
    include: ["tests/gates/**/*.test.ts"],
  },
});
