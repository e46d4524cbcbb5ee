import { defineComponent } from '../define';
import { uploadProps } from './props';
import { UploadView } from './view';

export default defineComponent({
  type: 'upload',
  label: 'Upload',
  icon: 'Upload',
  group: 'Files',
  description: 'Drop or pick files; callbacks get each file as a data URL, ctx.parseCsv reads a CSV (Dash dcc.Upload)',
  size: { w: 4, h: 3 },
  props: uploadProps,
  inputs: ['files'],
  inspector: {
    prompt: { label: 'Prompt', help: 'The text inside the drop zone' },
    accept: { help: 'Extensions or MIME types, comma-separated: ".csv,.tsv" or "image/*"; empty accepts any file' },
    maxSize: { label: 'Max size (bytes)', help: 'Larger files are refused with a message; -1 = no limit. Server callbacks get at most 1 MiB per update request' },
    files: { hidden: true },
  },
  View: UploadView,
});
