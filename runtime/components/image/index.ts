import { defineComponent } from '../define';
import { imageProps } from './props';
import { ImageView } from './view';

export default defineComponent({
  type: 'image',
  label: 'Image',
  icon: 'Image',
  group: 'Content',
  description: 'A picture from a URL or a file of data/ such as "logo.png" (Dash html.Img)',
  size: { w: 3, h: 4 },
  props: imageProps,
  inputs: [],
  inspector: {
    src: { label: 'Source', help: 'A URL, or a file of the project\'s data/ folder as ctx.data names it: "logo.png", "img/chart.svg"' },
    alt: { label: 'Alt text', help: 'What the image shows, for screen readers; empty for a decorative image' },
    fit: { help: 'contain: all of it, letterboxed; cover: fills the box, cropped; fill: stretched; none: natural size' },
  },
  View: ImageView,
});
