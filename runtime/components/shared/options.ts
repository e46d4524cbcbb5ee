/** An option of a dropdown, checklist or radio, normalised from what the manifest allows. */
export interface OptionItem {
  label: string;
  value: string | number;
}

/** Options as the schemas allow them (strings or {label, value}), normalised; junk is skipped. */
export function normalizeOptions(raw: unknown): OptionItem[] {
  if (!Array.isArray(raw)) return [];
  const out: OptionItem[] = [];
  for (const item of raw) {
    if (typeof item === 'string' || typeof item === 'number') out.push({ label: String(item), value: item });
    else if (item && typeof item === 'object') {
      const { label, value } = item as { label?: unknown; value?: unknown };
      if (typeof value === 'string' || typeof value === 'number') out.push({ label: label === undefined ? String(value) : String(label), value });
    }
  }
  return out;
}

/** The option whose value is `value` (a number and its text count as the same). */
export function findOption(options: readonly OptionItem[], value: unknown): OptionItem | undefined {
  if (value === null || value === undefined) return undefined;
  return options.find((o) => o.value === value) ?? options.find((o) => String(o.value) === String(value));
}
