import * as Lucide from 'lucide-react';
import type { LucideIcon } from 'lucide-react';

const registry = Lucide as unknown as Record<string, LucideIcon | undefined>;

/** The lucide icon a component model names (e.g. "SlidersHorizontal"); a box when unknown. */
export function iconFor(name: string): LucideIcon {
  const icon = registry[name] ?? registry[`${name}Icon`];
  return icon ?? Lucide.Box;
}
