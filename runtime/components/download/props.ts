import { z } from 'zod';
import { tsNamed } from '../tsType';

/** What a callback sets to start a download (Dash's dcc.Download data; `type` is `mimeType` here). */
export const downloadDataSchema = tsNamed(
  z.object({
    filename: z.string().min(1),
    /** The file's text, or its bytes in base64 when `base64` is true. */
    content: z.string(),
    mimeType: z.string().default('text/plain'),
    base64: z.boolean().default(false),
  }),
  'DownloadData',
);
export type DownloadData = z.output<typeof downloadDataSchema>;

export const downloadProps = z.object({
  /** Setting it (to a value other than the one the page loaded with) starts a browser download. */
  data: downloadDataSchema.nullable().default(null),
});
export type DownloadProps = z.output<typeof downloadProps>;
