import { z } from 'zod';

/**
 * A calendar day as Dash's date pickers give it: "YYYY-MM-DD" (what input[type=date] holds).
 * A regex, so a callback returning a Date, a timestamp or "1 May" is refused by the page.
 */
export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as "YYYY-MM-DD"');

/** A day or none (an empty field). */
export const optionalDate = isoDate.nullable().default(null);

/** Whether `day` lies within [min, max] (ISO days compare as strings); null bounds are open. */
export function withinDates(day: string, min: string | null, max: string | null): boolean {
  return (min === null || day >= min) && (max === null || day <= max);
}

/** The field's text as a prop value: "" is null; anything a date field cannot hold is undefined (ignored). */
export function parseDay(text: string): string | null | undefined {
  if (text === '') return null;
  return isoDate.safeParse(text).success ? text : undefined;
}
