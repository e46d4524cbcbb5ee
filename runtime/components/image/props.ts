import { z } from 'zod';

export const imageProps = z.object({
  /** A URL ("https://…", "/static/x.png", "data:…"), or a file of the project's data/ folder named as ctx.data names it ("logo.png"). */
  src: z.string().default(''),
  alt: z.string().default(''),
  /** CSS object-fit: how the image fills its box. */
  fit: z.enum(['contain', 'cover', 'fill', 'none']).default('contain'),
});
export type ImageProps = z.output<typeof imageProps>;
