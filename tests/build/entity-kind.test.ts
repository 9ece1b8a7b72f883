import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite, createTempSite, type TempSite } from "../support/temp-site.ts";

const ARTICLE = "content/articles/2020/syrian-president-says-tehran-damascus-military-agreement-is-result.mdx";
let site: TempSite | undefined;

afterEach(() => site?.remove());

function edit(relative: string, from: string, to: string) {
  const file = site!.file(relative);
  const text = readFileSync(file, "utf8");
  expect(text, `${relative} should contain ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

function write(relative: string, text: string) {
  mkdirSync(site!.file(relative.replace(/\/[^/]+$/, "")), { recursive: true });
  writeFileSync(site!.file(relative), text);
}

const VESSEL_PAGE = `---
import BaseLayout from "../../layouts/BaseLayout.astro";
import EntityBody from "../../components/EntityBody.astro";
import StructuredData from "../../components/StructuredData.astro";
import { getArchive } from "../../site/load-archive.ts";
import { entityPagePaths, entityPageView } from "../../site/views/entity-page.ts";
import { pageContext } from "../../site/views/page-context.ts";

export const getStaticPaths = async () => entityPagePaths(await getArchive(), "vessels");
const view = entityPageView(await getArchive(), pageContext(Astro.site, import.meta.env.BASE_URL), "vessels", Astro.params.id!);
---

<BaseLayout title={view.entity.name} description={view.entity.description}>
  <EntityBody view={view} />
  <StructuredData data={view.jsonLd} />
</BaseLayout>
`;

describe("an entity kind", () => {
  it("is added by one entry in the kinds table, its schema and its page; the rest of the site follows", () => {
    site = createTempSite();
    edit(
      "src/archive/entity-kinds.ts",
      "} as const;",
      `  vessels: { singular: "vessel", schemaType: "Vehicle", filter: "vessel", label: "Vessel", plural: "Vessels", intro: "Ships the reports name.", detailLabel: "Kind" },
} as const;`,
    );
    edit(
      "src/archive/schemas/entities.ts",
      "  places: placeSchema,\n",
      `  places: placeSchema,
  vessels: (reference: ReferenceFactory) => z.object({ ...entityFields(reference), kind: z.string().default("vessel") }),
`,
    );
    write("src/pages/vessels/[id].astro", VESSEL_PAGE);
    write("content/vessels/adrian-darya-1.yaml", "name: Adrian Darya 1\naliases: [Grace 1]\nkind: tanker\n");
    edit(ARTICLE, "\nplaces:", "\nvessels: [adrian-darya-1]\nplaces:");

    const { status, output } = buildSite(site);
    expect(status, output).toBe(0);
    const page = (path: string) => readFileSync(site!.file(`dist/${path}`), "utf8");
    const home = page("index.html");
    expect(home).toContain('href="/vessels/"');
    expect(home).toMatch(/<strong[^>]*>1<\/strong> vessel</);
    expect(page("vessels/index.html")).toContain("Adrian Darya 1");
    const vessel = page("vessels/adrian-darya-1/index.html");
    expect(vessel).toContain('data-pagefind-filter="type:Vessel"');
    expect(vessel).toContain('"@type":"Vehicle"');
    const report = page("articles/syrian-president-says-tehran-damascus-military-agreement-is-result/index.html");
    expect(report).toContain('id="mentions-vessel"');
    expect(report).toContain('href="/vessels/adrian-darya-1/"');
    expect(JSON.parse(page("data/archive.json")).vessels[0].name).toBe("Adrian Darya 1");
  }, 120_000);
});
