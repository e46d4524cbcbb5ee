import { z } from 'zod';
import { tsNamed } from '../tsType';

/** One chosen file as a callback gets it: its content as a data: URL (FileReader.readAsDataURL). */
export const uploadedFileSchema = tsNamed(
  z.object({
    name: z.string(),
    /** Bytes */
    size: z.number(),
    /** MIME type as the browser reports it ("" when it does not know) */
    type: z.string(),
    /** ms since 1970 */
    lastModified: z.number(),
    dataUrl: z.string(),
  }),
  'UploadedFile',
);
export type UploadedFile = z.output<typeof uploadedFileSchema>;

/**
 * What server callbacks receive travels in one update request (1 MiB at most, see
 * runtime/server/http.ts); base64 makes a file a third larger, so the default keeps one file
 * well inside it.
 */
export const DEFAULT_MAX_SIZE = 700_000;

export const uploadProps = z.object({
  label: z.string().default(''),
  /** The drop zone's text (Dash's children). */
  prompt: z.string().default('Drop a file here or click to browse'),
  /** The file input's accept: extensions and MIME types, e.g. ".csv,text/csv" or "image/*"; "" = any. */
  accept: z.string().default(''),
  multiple: z.boolean().default(false),
  /** Largest file accepted in bytes; -1 = no limit (Dash's max_size). */
  maxSize: z.number().int().min(-1).default(DEFAULT_MAX_SIZE),
  disabled: z.boolean().default(false),
  /** The chosen files (Dash's contents, filename and last_modified together). */
  files: z.array(uploadedFileSchema).default([]),
});
export type UploadProps = z.output<typeof uploadProps>;
