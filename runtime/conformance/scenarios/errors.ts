/** Errors: reported with message and source location, isolated from the rest of the cascade; time limits. */
import { cb, comp, type Scenario } from '../scenario';

// Line 4 throws.
const boom = 'export default function boom({ n }: { n: number }): string {\n  const limit = 5;\n  if (n > limit) {\n    throw new Error(`n is too big: ${n}`);\n  }\n  return `fine ${n}`;\n}\n';

const boomProject = {
  components: [comp('n', 'slider', { value: 1 }), comp('bad', 'text', { text: '' }), comp('good', 'text', { text: '' })],
  callbacks: [
    cb('boom', { inputs: { n: 'n.value' }, outputs: { text: 'bad.text' } }),
    cb('fine', { inputs: { n: 'n.value' }, outputs: { text: 'good.text' } }),
  ],
};
const boomSources = { boom, fine: 'export default ({ n }: { n: number }) => `good ${n}`;\n' };

export const errors: Scenario[] = [
  {
    name: 'a throwing callback is reported; the other outputs keep working',
    description: 'The error names the callback and carries its message; a sibling on the same input still updates; the failed output keeps its value.',
    project: boomProject,
    callbacks: boomSources,
    initial: { expect: { 'bad.text': 'fine 1', 'good.text': 'good 1' } },
    steps: [
      { set: { 'n.value': 7 }, expect: { 'bad.text': 'fine 1', 'good.text': 'good 7' }, ran: ['boom', 'fine'], requests: 1, errors: [{ callback: 'boom', message: 'n is too big: 7' }] },
      { set: { 'n.value': 2 }, expect: { 'bad.text': 'fine 2', 'good.text': 'good 2' }, ran: ['boom', 'fine'], errors: [] },
    ],
  },
  {
    name: 'an error\'s location is its line in callbacks/<id>.ts',
    description: 'The error overlay shows the TypeScript source line, not the compiled bundle\'s.',
    project: boomProject,
    callbacks: boomSources,
    steps: [{ set: { 'n.value': 9 }, errors: [{ callback: 'boom', message: 'n is too big: 9', stackIncludes: 'callbacks/boom.ts:4:' }] }],
  },
  {
    name: 'downstream of a failed callback does not run; other branches do',
    description: 'A → B fails → C: C does not run; A\'s other reader D runs.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text', { text: 'b?' }), comp('c', 'text', { text: 'c?' }), comp('d', 'text')],
      callbacks: [
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('B', { inputs: { a: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('C', { inputs: { b: 'b.text' }, outputs: { text: 'c.text' } }),
        cb('D', { inputs: { a: 'a.text' }, outputs: { text: 'd.text' } }),
      ],
    },
    callbacks: {
      A: 'export default ({ n }: { n: number }) => `a${n}`;\n',
      B: 'export default ({ a }: { a: string }) => {\n  if (a === "a4") throw new Error("B cannot take a4");\n  return `B(${a})`;\n};\n',
      C: 'export default ({ b }: { b: string }) => `C(${b})`;\n',
      D: 'export default ({ a }: { a: string }) => `D(${a})`;\n',
    },
    initial: { expect: { 'c.text': 'C(B(a1))', 'd.text': 'D(a1)' } },
    steps: [
      { set: { 'n.value': 4 }, expect: { 'a.text': 'a4', 'b.text': 'B(a1)', 'c.text': 'C(B(a1))', 'd.text': 'D(a4)' }, ran: ['A', 'B', 'D'], requests: 1, errors: [{ callback: 'B', message: 'B cannot take a4' }] },
      { set: { 'n.value': 5 }, expect: { 'c.text': 'C(B(a5))', 'd.text': 'D(a5)' }, ran: ['A', 'B', 'C', 'D'] },
    ],
  },
  {
    name: 'a rejected promise is reported like a throw',
    description: 'An async callback that rejects reports its message.',
    project: { components: [comp('n', 'slider', { value: 1 }), comp('out', 'text', { text: '' })], callbacks: [cb('later', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' } })] },
    callbacks: { later: 'export default async ({ n }: { n: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 10));\n  if (n === 3) throw new RangeError("three is not allowed");\n  return `n=${n}`;\n};\n' },
    steps: [
      { set: { 'n.value': 3 }, expect: { 'out.text': 'n=1' }, errors: [{ callback: 'later', message: 'three is not allowed' }] },
      { set: { 'n.value': 4 }, expect: { 'out.text': 'n=4' } },
    ],
  },
  {
    name: 'throwing a value that is not an Error is reported with that value',
    description: 'throw "text" still reaches the user, with the text.',
    project: { components: [comp('n', 'slider', { value: 1 }), comp('out', 'text', { text: 'kept' })], callbacks: [cb('odd', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' }, preventInitialCall: true })] },
    callbacks: { odd: 'export default ({ n }: { n: number }): string => {\n  throw `no value for ${n}`;\n};\n' },
    steps: [{ set: { 'n.value': 2 }, expect: { 'out.text': 'kept' }, errors: [{ callback: 'odd', message: /no value for 2/ }] }],
  },
  {
    name: 'a multi-output callback that returns a non-object is an error',
    description: 'With several outputs the result must be an object keyed by their names; nothing updates.',
    project: { components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: 'a?' }), comp('b', 'text', { text: 'b?' })], callbacks: [cb('two', { inputs: { n: 'n.value' }, outputs: { a: 'a.text', b: 'b.text' }, preventInitialCall: true })] },
    callbacks: { two: 'export default ({ n }: { n: number }) => `just ${n}`;\n' },
    steps: [{ set: { 'n.value': 2 }, expect: { 'a.text': 'a?', 'b.text': 'b?' }, errors: [{ callback: 'two', message: /return an object keyed by/ }] }],
  },
  {
    name: 'two failing callbacks in one cascade are both reported, in order',
    description: 'Each error is its own report; the cascade still finishes.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text'), comp('c', 'text')],
      callbacks: [
        cb('first', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, preventInitialCall: true }),
        cb('ok', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' }, preventInitialCall: true }),
        cb('second', { inputs: { n: 'n.value' }, outputs: { text: 'c.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      first: 'export default (): string => {\n  throw new Error("first failed");\n};\n',
      ok: 'export default ({ n }: { n: number }) => `ok ${n}`;\n',
      second: 'export default (): string => {\n  throw new TypeError("second failed");\n};\n',
    },
    steps: [{ set: { 'n.value': 2 }, expect: { 'b.text': 'ok 2' }, ran: ['first', 'ok', 'second'], errors: [{ callback: 'first', message: 'first failed' }, { callback: 'second', message: 'second failed' }] }],
  },
  {
    name: 'time limit: an endless loop is stopped within limit + 1 s and the next step works',
    description: 'while (true) {} with timeoutMs 300 is reported as a time-limit error; a sibling still updates; the server keeps serving.',
    placements: ['server'],
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('out', 'text', { text: '' }), comp('side', 'text', { text: '' })],
      callbacks: [
        cb('spin', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' }, timeoutMs: 300 }),
        cb('sideline', { inputs: { n: 'n.value' }, outputs: { text: 'side.text' } }),
      ],
    },
    callbacks: {
      spin: 'export default ({ n }: { n: number }): string => {\n  if (n > 5) {\n    while (true) {}\n  }\n  return `n=${n}`;\n};\n',
      sideline: 'export default ({ n }: { n: number }) => `side ${n}`;\n',
    },
    steps: [
      { set: { 'n.value': 8 }, maxMs: 1300, expect: { 'out.text': 'n=1', 'side.text': 'side 8' }, errors: [{ callback: 'spin', message: /300 ms time limit/ }] },
      { set: { 'n.value': 2 }, expect: { 'out.text': 'n=2', 'side.text': 'side 2' }, ran: ['spin', 'sideline'] },
      { set: { 'n.value': 3 }, expect: { 'out.text': 'n=3' } },
    ],
  },
  {
    name: 'time limit: a promise that never settles is stopped',
    description: 'An async callback that never resolves counts against its time limit too.',
    placements: ['server'],
    project: { components: [comp('n', 'slider', { value: 1 }), comp('out', 'text', { text: '' })], callbacks: [cb('hang', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' }, timeoutMs: 300 })] },
    callbacks: { hang: 'export default ({ n }: { n: number }): Promise<string> => (n > 5 ? new Promise<string>(() => {}) : Promise.resolve(`n=${n}`));\n' },
    steps: [
      { set: { 'n.value': 6 }, maxMs: 1300, expect: { 'out.text': 'n=1' }, errors: [{ callback: 'hang', message: /time limit/ }] },
      { set: { 'n.value': 2 }, expect: { 'out.text': 'n=2' } },
    ],
  },
  {
    name: 'ctx.data in a client callback is a clear error',
    description: 'Reading data is server-only; the message says so and how to fix it.',
    placements: ['client'],
    project: { components: [comp('n', 'slider', { value: 1 }), comp('out', 'text', { text: '' })], callbacks: [cb('reads', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' }, preventInitialCall: true })] },
    callbacks: { reads: 'export default async (_a: unknown, ctx: { data: { text(name: string): Promise<string> } }) => ctx.data.text("notes.txt");\n' },
    steps: [{ set: { 'n.value': 2 }, expect: { 'out.text': '' }, errors: [{ callback: 'reads', message: /only available in server callbacks/ }] }],
  },
  {
    name: 'ctx.data refuses a name outside data/',
    description: 'A path that leads out of the data folder is an error, not a file read.',
    placements: ['server'],
    data: { 'notes.txt': 'inside' },
    project: { components: [comp('name', 'input', { value: 'notes.txt' }), comp('out', 'text', { text: '' })], callbacks: [cb('read', { inputs: { name: 'name.value' }, outputs: { text: 'out.text' } })] },
    callbacks: { read: 'export default async ({ name }: { name: string }, ctx: { data: { text(name: string): Promise<string> } }) => ctx.data.text(name);\n' },
    initial: { expect: { 'out.text': 'inside' } },
    steps: [
      { set: { 'name.value': '../../../../etc/passwd' }, expect: { 'out.text': 'inside' }, errors: [{ callback: 'read', message: /outside|not allowed|refused|data/ }] },
      { set: { 'name.value': '/etc/hostname' }, expect: { 'out.text': 'inside' }, errors: [{ callback: 'read', message: /outside|absolute|not allowed|refused|data/ }] },
    ],
  },
];
