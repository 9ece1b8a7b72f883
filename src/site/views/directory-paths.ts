import { getArchive, type EntityCollection } from "../archive.ts";
import { entityDirectory } from "./graph-views.ts";
import { DIRECTORY_PAGE_SIZE } from "./views.ts";
import { pageSegment, paginate } from "../paging.ts";

/** The static paths of a collection's index pages (`/people/`, `/people/page/2/`, …), one page of entries each. */
export async function directoryPaths(collection: EntityCollection) {
  const pages = paginate(entityDirectory(await getArchive(), import.meta.env.BASE_URL, collection), DIRECTORY_PAGE_SIZE);
  return pages.map((page) => ({ params: { page: pageSegment(page.number) }, props: { page, pageCount: pages.length } }));
}
