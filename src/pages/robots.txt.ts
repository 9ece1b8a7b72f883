import type { APIRoute } from "astro";

/** `/robots.txt`: everything may be crawled; the sitemap is named by its absolute address, as the format requires. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
};
