/**
 * Dates in the common non-ISO forms a spreadsheet writes (d3-dsv's autoType already reads ISO
 * 8601): a column whose every non-empty value has one of these forms becomes Date values, so
 * callbacks and their generated types see dates, not strings. Times without a zone are local,
 * as autoType reads them.
 */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };
type Form = { pattern: RegExp; parts(m: RegExpExecArray, dayFirst: boolean): Parts | null; ambiguous?: boolean };

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const time = (m: RegExpExecArray, from: number) => ({ hour: Number(m[from] ?? 0), minute: Number(m[from + 1] ?? 0), second: Number(m[from + 2] ?? 0) });

const FORMS: Form[] = [
  // 2025-03-18 14:30 (a space instead of ISO's T), 2025/03/18
  { pattern: new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`), parts: (m) => ({ year: +m[1]!, month: +m[2]! - 1, day: +m[3]!, ...time(m, 4) }) },
  // 03/18/2025 (US) or 18/03/2025: which one is decided per column
  { pattern: new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`), ambiguous: true, parts: (m, dayFirst) => ({ year: +m[3]!, month: +(dayFirst ? m[2]! : m[1]!) - 1, day: +(dayFirst ? m[1]! : m[2]!), ...time(m, 4) }) },
  // 18.03.2025
  { pattern: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}$`), parts: (m) => ({ year: +m[3]!, month: +m[2]! - 1, day: +m[1]!, ...time(m, 4) }) },
  // 18 Mar 2025, 18-Mar-2025
  { pattern: /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/, parts: (m) => monthNamed(+m[3]!, m[2]!, +m[1]!) },
  // Mar 18, 2025 / March 18 2025
  { pattern: /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/, parts: (m) => monthNamed(+m[3]!, m[1]!, +m[2]!) },
];

/** "Mar", "March" or "Sept" (an abbreviation of at least three letters) → 0…11. */
function monthNamed(year: number, name: string, day: number): Parts | null {
  const lower = name.toLowerCase();
  const month = MONTH_NAMES.findIndex((full) => full.startsWith(lower) && lower.length >= 3);
  return month < 0 ? null : { year, month, day, hour: 0, minute: 0, second: 0 };
}

function toDate(p: Parts): Date | null {
  const d = new Date(p.year, p.month, p.day, p.hour, p.minute, p.second);
  // 31/02/2025 is not a date: Date would roll it over into March.
  return d.getFullYear() === p.year && d.getMonth() === p.month && d.getDate() === p.day && p.hour < 24 ? d : null;
}

/** The dates of `values` (strings, blanks as null) when all are in one of the forms above, else null. */
function columnDates(values: readonly unknown[]): (Date | null)[] | null {
  const present = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (present.length === 0 || present.length !== values.filter((v) => v !== null && v !== undefined && v !== '').length) return null;
  const form = FORMS.find((f) => f.pattern.test(present[0]!.trim()));
  if (!form) return null;
  const matches = present.map((v) => form.pattern.exec(v.trim()));
  if (matches.some((m) => m === null)) return null;
  // 13/03/2025 can only be day first; with no such value, month first (as spreadsheets in the US write).
  const dayFirst = form.ambiguous === true && matches.some((m) => Number(m![1]) > 12);
  const byText = new Map<string, Date | null>();
  for (const [i, v] of present.entries()) {
    const parts = form.parts(matches[i]!, dayFirst);
    const date = parts && toDate(parts);
    if (!date) return null;
    byText.set(v, date);
  }
  return values.map((v) => (typeof v === 'string' && byText.has(v) ? new Date(byText.get(v)!.getTime()) : null));
}

/** Turns each column of `rows` that holds only dates of the forms above into Date values (in place). */
export function typeDateColumns(rows: Record<string, unknown>[], columns: readonly string[]): void {
  for (const column of columns) {
    const values = rows.map((r) => r[column]);
    if (!values.some((v) => typeof v === 'string')) continue;
    const dates = columnDates(values);
    if (!dates) continue;
    rows.forEach((row, i) => {
      if (typeof row[column] === 'string') row[column] = dates[i];
    });
  }
}
