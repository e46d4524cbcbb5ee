import { defineComponent } from '../define';
import { downloadProps } from './props';
import { DownloadView } from './view';

export default defineComponent({
  type: 'download',
  label: 'Download',
  icon: 'Download',
  group: 'Files',
  description: 'Not drawn: a callback sets data ({ filename, content, mimeType, base64 }) and the browser downloads the file (Dash dcc.Download)',
  size: { w: 2, h: 1 },
  props: downloadProps,
  inputs: [],
  nonVisual: true,
  inspector: {
    data: { editor: 'json', help: 'Set by a callback: { "filename": "report.csv", "content": "a,b\\n1,2", "mimeType": "text/csv" }; base64: true for binary content' },
  },
  View: DownloadView,
});
