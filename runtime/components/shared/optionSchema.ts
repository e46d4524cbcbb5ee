import { z } from 'zod';
import { tsNamed } from '../tsType';

/** An option's value: what a dropdown, checklist or radio gives a callback. */
export const optionValue = z.union([z.string(), z.number()]);

/** An option as the manifest may write it: a string, or a label with a value (one schema, so `OptionItem` is declared once). */
export const optionSchema = tsNamed(z.union([z.string(), z.object({ label: z.string(), value: optionValue })]), 'OptionItem');
