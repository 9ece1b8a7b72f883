/** What every drawing gives its frame: its natural size in CSS pixels and what it shows, in words. */
export interface Drawn {
  width: number;
  height: number;
  /** The same data as plain text, for readers who cannot see the drawing: the SVG's description. */
  description: string;
}

/** What every figure component takes: the drawing, and how the page names it and points to the same data in words. */
export interface FigureProps<D extends Drawn = Drawn> {
  /** Unique on the page: the figure's id, and the prefix of its title and description ids. */
  id: string;
  /** What the figure shows, in one line: the SVG's title and the figure's caption. */
  title: string;
  drawing: D;
  /** Where the same data stands as a list or table (an anchor on the page or another page's address). */
  tableHref: string;
  /** The link's words, e.g. "The same events as a list". */
  tableLabel: string;
}
