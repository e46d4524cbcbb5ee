import { defineComponent } from '../define';
import { includeScriptProps } from './props';
import { IncludeScriptView } from './view';

export default defineComponent({
  type: 'includeScript',
  label: 'Include script',
  icon: 'FileCode',
  group: 'Utilities',
  description: 'Not drawn: loads a script (a URL or a file of data/) as the page opens or on demand, if settings.allowScripts lists it',
  size: { w: 2, h: 1 },
  props: includeScriptProps,
  inputs: ['loaded', 'error'],
  nonVisual: true,
  inspector: {
    src: { label: 'Source', help: 'A URL or a file of data/ ("widget.js"); the project\'s settings.allowScripts must list it' },
    when: { help: 'load: as the page opens; demand: once load is set true' },
    load: { help: 'Set true (from a callback) to load the script on demand' },
    loaded: { help: 'True once the script has run; a callback input' },
    error: { hidden: true },
  },
  View: IncludeScriptView,
});
