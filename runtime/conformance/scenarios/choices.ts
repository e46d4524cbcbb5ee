/** Input props of checklist, radio, rangeSlider, datePicker, dateRange and textarea: the value a callback receives is the value the user set. */
import { cb, comp, type Scenario } from '../scenario';

const echo = (arg: string, type: string): string => `export default ({ ${arg} }: { ${arg}: ${type} }) => JSON.stringify(${arg});\n`;

export const choices: Scenario[] = [
  {
    name: 'checklist.value: the checked values reach a callback in the order they were checked',
    description: 'Strings and numbers as the options give them; unchecking all sends [].',
    project: {
      components: [comp('cl', 'checklist', { options: ['a', { label: 'Two', value: 2 }, 'c'], value: ['a'] }), comp('out', 'text', { text: '' })],
      callbacks: [cb('echo', { inputs: { value: 'cl.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { echo: echo('value', 'Array<string | number>') },
    initial: { expect: { 'out.text': '["a"]' } },
    steps: [
      { set: { 'cl.value': ['a', 2] }, expect: { 'out.text': '["a",2]' }, ran: ['echo'] },
      { set: { 'cl.value': [2, 'c'] }, expect: { 'out.text': '[2,"c"]' }, ran: ['echo'] },
      { set: { 'cl.value': [] }, expect: { 'out.text': '[]' }, ran: ['echo'] },
    ],
  },
  {
    name: 'radio.value: the chosen option\'s value reaches a callback, a number as a number',
    description: 'From none (null) to a numeric option to a string one.',
    project: {
      components: [comp('rd', 'radio', { options: ['small', { label: 'Ten', value: 10 }] }), comp('out', 'text', { text: '' })],
      callbacks: [cb('echo', { inputs: { value: 'rd.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { echo: echo('value', 'string | number | null') },
    initial: { expect: { 'out.text': 'null' } },
    steps: [
      { set: { 'rd.value': 10 }, expect: { 'out.text': '10' }, ran: ['echo'] },
      { set: { 'rd.value': 'small' }, expect: { 'out.text': '"small"' }, ran: ['echo'] },
    ],
  },
  {
    name: 'rangeSlider.value and dragValue: [low, high] reach their callbacks as set',
    description: 'value and Dash\'s drag_value are both inputs; each sets off only its own consumer.',
    project: {
      components: [comp('rs', 'rangeSlider', { min: 0, max: 100, step: 0.5, value: [10, 90], updatemode: 'mouseup' }), comp('v', 'text', { text: '' }), comp('d', 'text', { text: '' })],
      callbacks: [
        cb('onValue', { inputs: { value: 'rs.value' }, outputs: { text: 'v.text' } }),
        cb('onDrag', { inputs: { drag: 'rs.dragValue' }, outputs: { text: 'd.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: { onValue: echo('value', '[number, number]'), onDrag: echo('drag', '[number, number] | null') },
    initial: { expect: { 'v.text': '[10,90]' }, ran: ['onValue'] },
    steps: [
      { set: { 'rs.dragValue': [12.5, 90] }, expect: { 'd.text': '[12.5,90]', 'v.text': '[10,90]' }, ran: ['onDrag'] },
      { set: { 'rs.value': [12.5, 90] }, expect: { 'v.text': '[12.5,90]' }, ran: ['onValue'] },
      { set: { 'rs.value': [40, 40] }, expect: { 'v.text': '[40,40]' }, ran: ['onValue'] },
    ],
  },
  {
    name: 'datePicker.date: a "YYYY-MM-DD" day reaches a callback, an emptied field as null',
    description: 'The string arrives as the field holds it (no Date object, no time zone shift).',
    project: {
      components: [comp('dp', 'datePicker', { minDate: '2020-01-01' }), comp('out', 'text', { text: '' })],
      callbacks: [cb('echo', { inputs: { date: 'dp.date' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { echo: echo('date', 'string | null') },
    initial: { expect: { 'out.text': 'null' } },
    steps: [
      { set: { 'dp.date': '2024-02-29' }, expect: { 'out.text': '"2024-02-29"' }, ran: ['echo'] },
      { set: { 'dp.date': null }, expect: { 'out.text': 'null' }, ran: ['echo'] },
    ],
  },
  {
    name: 'dateRange.startDate and endDate: each day reaches a callback that reads both',
    description: 'Setting the end, then the start, then emptying the start: one run per change, with the other day as it was.',
    project: {
      components: [comp('dr', 'dateRange', { startDate: '2024-03-01' }), comp('out', 'text', { text: '' })],
      callbacks: [cb('echo', { inputs: { start: 'dr.startDate', end: 'dr.endDate' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { echo: 'export default ({ start, end }: { start: string | null; end: string | null }) => JSON.stringify([start, end]);\n' },
    initial: { expect: { 'out.text': '["2024-03-01",null]' } },
    steps: [
      { set: { 'dr.endDate': '2024-03-31' }, expect: { 'out.text': '["2024-03-01","2024-03-31"]' }, ran: ['echo'] },
      { set: { 'dr.startDate': '2024-03-15' }, expect: { 'out.text': '["2024-03-15","2024-03-31"]' }, ran: ['echo'] },
      { set: { 'dr.startDate': null }, expect: { 'out.text': '[null,"2024-03-31"]' }, ran: ['echo'] },
    ],
  },
  {
    name: 'textarea.value: several lines of text reach a callback intact',
    description: 'Newlines, tabs, quotes and non-ASCII text arrive as typed.',
    project: {
      components: [comp('ta', 'textarea', { value: 'draft' }), comp('out', 'text', { text: '' })],
      callbacks: [cb('echo', { inputs: { value: 'ta.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { echo: echo('value', 'string') },
    initial: { expect: { 'out.text': '"draft"' } },
    steps: [
      { set: { 'ta.value': 'line one\nline "two"\n\tZürich ✓' }, expect: { 'out.text': JSON.stringify('line one\nline "two"\n\tZürich ✓') }, ran: ['echo'] },
      { set: { 'ta.value': '' }, expect: { 'out.text': '""' }, ran: ['echo'] },
    ],
  },
  {
    name: 'a date picker refuses a callback\'s date not written "YYYY-MM-DD" and keeps its day',
    description: 'The page checks outputs against the prop\'s schema: "1 May 2024" is an error naming the callback and dp.date.',
    project: {
      components: [comp('go', 'button'), comp('dp', 'datePicker'), comp('out', 'text', { text: '' })],
      callbacks: [cb('pick', { inputs: { clicks: 'go.clicks' }, outputs: { date: 'dp.date', text: 'out.text' }, preventInitialCall: true })],
    },
    callbacks: { pick: 'export default ({ clicks }: { clicks: number }) => ({ date: clicks === 1 ? "2024-05-01" : "1 May 2024", text: `click ${clicks}` });\n' },
    initial: { ran: [] },
    steps: [
      { set: { 'go.clicks': 1 }, expect: { 'dp.date': '2024-05-01', 'out.text': 'click 1' }, ran: ['pick'] },
      { set: { 'go.clicks': 2 }, expect: { 'dp.date': '2024-05-01', 'out.text': 'click 2' }, ran: ['pick'], errors: [{ callback: 'pick', message: /dp\.date/ }] },
    ],
  },
  {
    name: 'location.pathname, search and hash: the page\'s address reaches callbacks as the browser sets it',
    description: 'A navigation (a link, back or forward) sets them as the user would; a callback reads each, and only the changed part sets it off.',
    project: {
      components: [comp('loc', 'location', {}), comp('page', 'text', { text: '' }), comp('query', 'text', { text: '' })],
      callbacks: [
        cb('onPath', { inputs: { pathname: 'loc.pathname' }, state: { hash: 'loc.hash' }, outputs: { text: 'page.text' } }),
        cb('onQuery', { inputs: { search: 'loc.search' }, outputs: { text: 'query.text' } }),
      ],
    },
    callbacks: {
      onPath: 'export default ({ pathname, hash }: { pathname: string; hash: string }) => `${pathname}${hash}`;\n',
      onQuery: 'export default ({ search }: { search: string }) => new URLSearchParams(search).get("region") ?? "all";\n',
    },
    initial: { expect: { 'page.text': '/', 'query.text': 'all' } },
    steps: [
      { set: { 'loc.pathname': '/second-page' }, expect: { 'page.text': '/second-page', 'query.text': 'all' }, ran: ['onPath'] },
      { set: { 'loc.search': '?region=north' }, expect: { 'query.text': 'north' }, ran: ['onQuery'] },
      { set: { 'loc.hash': '#top', 'loc.pathname': '/' }, expect: { 'page.text': '/#top' }, ran: ['onPath'] },
    ],
  },
];
