import { z } from 'zod';

export const markdownProps = z.object({
  source: z.string().default('## Heading\n\nSome *markdown* text.'),
});
export type MarkdownProps = z.output<typeof markdownProps>;
