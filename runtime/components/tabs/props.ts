import { z } from 'zod';

export const tabSchema = z.object({ name: z.string().min(1), label: z.string() });

export const tabsProps = z.object({
  tabs: z.array(tabSchema).default([
    { name: 'tab1', label: 'Tab 1' },
    { name: 'tab2', label: 'Tab 2' },
  ]),
  /** The open tab's name; a callback input, set when the user opens a tab. */
  value: z.string().default('tab1'),
});

export type TabsProps = z.output<typeof tabsProps>;

/** The tab that is open: `value` when it names a tab, else the first. */
export function openTab(props: TabsProps): string | undefined {
  return props.tabs.some((t) => t.name === props.value) ? props.value : props.tabs[0]?.name;
}
