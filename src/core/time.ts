/**
 * Dates and times as the follow-up uses them: a calendar day (`IsoDate`, "2026-09-21") and a
 * wall-clock time in Sweden (`LocalDateTime`, "2026-09-21T00:30:00"), never a UTC instant. A
 * deadline is a Swedish day: a unit that hands in at 00:30 on the day after is late, wherever the
 * computer that collects stands and whatever its time zone.
 */

declare const isoDateBrand: unique symbol;
declare const localDateTimeBrand: unique symbol;

/** A calendar day, "YYYY-MM-DD". */
export type IsoDate = string & { readonly [isoDateBrand]: true };
/** A wall-clock time in Sweden (Europe/Stockholm), "YYYY-MM-DDTHH:MM:SS". */
export type LocalDateTime = string & { readonly [localDateTimeBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** The day of `text` ("2026-09-21"), or undefined when it is not a real calendar day. */
export function parseIsoDate(text: string): IsoDate | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? (text.trim() as IsoDate) : undefined;
}

/** A wall-clock time from its text, or undefined when it is not one ("2026-09-21T00:30:00"). */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  return LOCAL_DATE_TIME.test(text) && parseIsoDate(text.slice(0, 10)) !== undefined ? (text as LocalDateTime) : undefined;
}

/** The day of a wall-clock time. */
export function dayOf(time: LocalDateTime): IsoDate {
  return time.slice(0, 10) as IsoDate;
}

/** Noon of a day: the time a collection "on that day" is taken to run (`--date`). */
export function noonOf(day: IsoDate): LocalDateTime {
  return `${day}T12:00:00` as LocalDateTime;
}

const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * The wall-clock time in Sweden at `instant` (Europe/Stockholm, summer time included). Pure: it
 * reads no clock, it converts the instant it is given (a file's change time, the clock's now).
 */
export function swedishTime(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(STOCKHOLM.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}` as LocalDateTime;
}


/** The instant at which Sweden's wall clock shows `time` (the earlier one, in the hour summer time ends). */
export function instantOf(time: LocalDateTime): Date {
  const wall = Date.parse(`${time}Z`);
  let instant = wall;
  // Two steps settle the offset (+1 or +2 hours) even across a change of summer time.
  for (let step = 0; step < 2; step++) instant = wall - (Date.parse(`${swedishTime(new Date(instant))}Z`) - instant);
  return new Date(instant);
}
