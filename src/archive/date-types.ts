export type Weekday = "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";

/** How a date reference was read; the site and the build checks show it next to the date. */
export type DateRule =
  | "weekday-past" // "on Tuesday" in past tense: the most recent such day, the publication day included
  | "weekday-future" // "will fly back on Saturday": the coming such day, the publication day included
  | "weekday-last" // "last Tuesday": strictly before publication
  | "weekday-next" // "next Tuesday": strictly after publication
  | "weekday-today" // "today, Thursday": the day the writer calls today
  | "yesterday"
  | "today"
  | "tomorrow"
  | "calendar" // "July 1, 2020", "08th July, 2020"
  | "calendar-no-year"; // "on July 8": the year comes from publication and tense

export interface ResolvedDate {
  /** The phrase as written, with a leading "on"/"last"/"next" where the text has one. */
  text: string;
  /** YYYY-MM-DD. */
  date: string;
  /** 1-based paragraph number. */
  paragraph: number;
  rule: DateRule;
  /** Character offset of `text` inside its paragraph. */
  index: number;
}

export type Tense = "past" | "future";
