import { getPriority } from "node:os";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { INDEXING_NICE, InOrder, pageFile, pathInSite, yieldToRendering } from "../../../src/site/search/pagefind-feed.ts";

const page = { type: "page", route: "/articles/[slug]" };

describe("pageFile: the file Astro writes a page to, as Pagefind is told it", () => {
  it("puts a page in its own folder in the directory format", () => {
    expect(pageFile("/articles/assad-says/", page, "directory")).toBe("articles/assad-says/index.html");
    expect(pageFile("/articles/assad-says", page, "directory")).toBe("articles/assad-says/index.html");
    expect(pageFile("/", { type: "page", route: "/" }, "directory")).toBe("index.html");
    expect(pageFile("", { type: "page", route: "/" }, "directory")).toBe("index.html");
  });

  it("writes the status pages as files, as Astro does", () => {
    expect(pageFile("/404", { type: "page", route: "/404" }, "directory")).toBe("404.html");
    expect(pageFile("/500/", { type: "page", route: "/500" }, "directory")).toBe("500.html");
  });

  it("follows the file and preserve formats", () => {
    expect(pageFile("/people/bagheri/", page, "file")).toBe("people/bagheri.html");
    expect(pageFile("/people/bagheri", { ...page, isIndex: false }, "preserve")).toBe("people/bagheri.html");
    expect(pageFile("/people", { type: "page", route: "/people", isIndex: true }, "preserve")).toBe("people/index.html");
  });

  it("keeps a name in any script as written", () => {
    expect(pageFile("/articles/اسد-میگوید/", page, "directory")).toBe("articles/اسد-میگوید/index.html");
  });

  it("gives no file for an endpoint: JSON, SVG and XML are not indexed", () => {
    expect(pageFile("/search/names.json", { type: "endpoint", route: "/search/names.json" }, "directory")).toBeUndefined();
  });
});

describe("pathInSite: a request's path without the site's base", () => {
  it("takes the base off", () => {
    expect(pathInSite("https://archive.example.org/archive/articles/x/", "/archive/")).toBe("/articles/x/");
    expect(pathInSite("https://archive.example.org/archive/", "/archive")).toBe("/");
    expect(pathInSite("https://archive.example.org/archive", "/archive/")).toBe("/");
  });

  it("leaves a path alone under the root base, and one that only starts like the base", () => {
    expect(pathInSite("http://localhost:4321/articles/x/", "/")).toBe("/articles/x/");
    expect(pathInSite("https://example.org/archived/x/", "/archive/")).toBe("/archived/x/");
  });

  it("decodes an address written in another script", () => {
    expect(pathInSite(`http://localhost/${encodeURI("مقالات/اسد")}/`, "/")).toBe("/مقالات/اسد/");
  });
});

describe("InOrder: items back in the order of their numbers", () => {
  it("lets an item go once every number before it has come", () => {
    const order = new InOrder<{ n: number }>();
    expect(order.put(2, { n: 2 })).toEqual([]);
    expect(order.put(1, { n: 1 })).toEqual([]);
    expect(order.put(0, { n: 0 })).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(order.put(3, { n: 3 })).toEqual([{ n: 3 }]);
  });

  it("counts a number with nothing to give without holding the others back", () => {
    const order = new InOrder<{ n: number }>();
    expect(order.put(1, { n: 1 })).toEqual([]);
    expect(order.put(0, null)).toEqual([{ n: 1 }]);
  });

  it("gives every waiting item, in order, when a number never comes", () => {
    const order = new InOrder<{ n: number }>();
    order.put(0, { n: 0 });
    order.put(5, { n: 5 });
    order.put(3, { n: 3 });
    expect(order.rest()).toEqual([{ n: 3 }, { n: 5 }]);
    expect(order.rest()).toEqual([]);
  });

  it("gives the same order whatever order the items arrive in", () => {
    const orders = [
      [3, 0, 4, 1, 2],
      [4, 3, 2, 1, 0],
      [0, 1, 2, 3, 4],
    ];
    const results = orders.map((arrival) => {
      const order = new InOrder<{ n: number }>();
      return [...arrival.flatMap((n) => order.put(n, { n })), ...order.rest()].map(({ n }) => n);
    });
    for (const result of results) expect(result).toEqual([0, 1, 2, 3, 4]);
  });

  it("refuses a number given twice", () => {
    const order = new InOrder<{ n: number }>();
    order.put(0, { n: 0 });
    expect(() => order.put(0, { n: 0 })).toThrow(/item 0 was given twice/);
    order.put(2, { n: 2 });
    expect(() => order.put(2, { n: 2 })).toThrow(/item 2 was given twice/);
  });
});

describe("yieldToRendering: the indexing runs below the rendering", () => {
  const report = () =>
    new Promise<{ lowered: boolean; own: number; child: number }>((resolve, reject) => {
      const worker = new Worker(new URL("../../support/yielding-worker.ts", import.meta.url));
      worker.once("message", resolve);
      worker.once("error", reject);
    });

  it.runIf(process.platform === "linux")("lowers the calling thread alone, and a process it starts inherits it", async () => {
    const before = getPriority();
    const { lowered, own, child } = await report();
    // The build's own thread keeps its priority.
    expect(getPriority()).toBe(before);
    if (before <= INDEXING_NICE) {
      expect(lowered).toBe(true);
      expect(own).toBe(INDEXING_NICE);
      expect(child).toBe(INDEXING_NICE);
    } else {
      // Already lower than the indexing's value: it is not raised.
      expect(lowered).toBe(false);
      expect(own).toBe(before);
    }
  });

  it("changes nothing where a nice value belongs to the whole process", () => {
    const before = getPriority();
    expect(yieldToRendering("darwin")).toBe(false);
    expect(yieldToRendering("win32")).toBe(false);
    expect(getPriority()).toBe(before);
  });
});
