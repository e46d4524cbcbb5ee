/** Beyond Dash: one round trip per server cascade; mixed cascades make the fewest the graph allows. */
import { cb, comp, type Scenario } from '../scenario';

const wrap = (tag: string): string => `export default ({ x }: { x: string }) => \`${tag}(\${x})\`;\n`;
const fromN = (tag: string): string => `export default ({ n }: { n: number }) => \`${tag}\${n}\`;\n`;
const fan = Array.from({ length: 20 }, (_, i) => i);
const texts = (...ids: string[]) => ids.map((id) => comp(id, 'text', { text: '' }));

export const roundtrips: Scenario[] = [
  {
    name: 'a 4-deep server chain is one request',
    description: 'n → A → B → C → D all on the server: one round trip, four callbacks in order.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), ...texts('a', 'b', 'c', 'd')],
      callbacks: [
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('B', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('C', { inputs: { x: 'b.text' }, outputs: { text: 'c.text' } }),
        cb('D', { inputs: { x: 'c.text' }, outputs: { text: 'd.text' } }),
      ],
    },
    callbacks: { A: fromN('a'), B: wrap('B'), C: wrap('C'), D: wrap('D') },
    initial: { ran: ['A', 'B', 'C', 'D'], requests: 1 },
    steps: [{ set: { 'n.value': 2 }, expect: { 'd.text': 'D(C(B(a2)))' }, ran: ['A', 'B', 'C', 'D'], requests: 1 }],
  },
  {
    name: 'server → client → server makes two requests',
    description: 'S1 (server) → C1 (browser) → S2 (server): the graph needs two round trips, and takes no more; S3, independent of C1, joins the first.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 1 }), ...texts('a', 'b', 'c', 'd')],
      callbacks: [
        cb('S1', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('C1', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' }, placement: 'client' }),
        cb('S2', { inputs: { x: 'b.text' }, outputs: { text: 'c.text' } }),
        cb('S3', { inputs: { n: 'n.value' }, outputs: { text: 'd.text' } }),
      ],
    },
    callbacks: { S1: fromN('a'), C1: wrap('C1'), S2: wrap('S2'), S3: fromN('d') },
    initial: { expect: { 'c.text': 'S2(C1(a1))', 'd.text': 'd1' }, ran: ['S1', 'S3', 'C1', 'S2'], requests: 2 },
    steps: [{ set: { 'n.value': 5 }, loading: ['a', 'b', 'c', 'd'], expect: { 'c.text': 'S2(C1(a5))', 'd.text': 'd5' }, ran: ['S1', 'S3', 'C1', 'S2'], requests: 2 }],
  },
  {
    name: 'client → server → client → server makes two requests',
    description: 'Client steps run in the browser between server batches; a server callback independent of the client step joins the earliest batch.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 1 }), ...texts('a', 'b', 'c', 'd', 'e')],
      callbacks: [
        cb('C1', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, placement: 'client' }),
        cb('S1', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('C2', { inputs: { x: 'b.text' }, outputs: { text: 'c.text' }, placement: 'client' }),
        cb('S2', { inputs: { x: 'c.text' }, outputs: { text: 'd.text' } }),
        cb('S3', { inputs: { n: 'n.value' }, outputs: { text: 'e.text' } }),
      ],
    },
    callbacks: { C1: fromN('a'), S1: wrap('S1'), C2: wrap('C2'), S2: wrap('S2'), S3: fromN('e') },
    steps: [{ set: { 'n.value': 3 }, expect: { 'd.text': 'S2(C2(S1(a3)))', 'e.text': 'e3' }, ran: ['C1', 'S1', 'S3', 'C2', 'S2'], requests: 2 }],
  },
  {
    name: 'a diamond with a client branch is one request',
    description: 'n → B (browser), n → C (server), B + C → D (server): B runs first, then C and D go together; D runs once.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 1 }), ...texts('b', 'c', 'd')],
      callbacks: [
        cb('C', { inputs: { n: 'n.value' }, outputs: { text: 'c.text' } }),
        cb('B', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' }, placement: 'client' }),
        cb('D', { inputs: { b: 'b.text', c: 'c.text' }, outputs: { text: 'd.text' } }),
      ],
    },
    callbacks: { B: fromN('b'), C: fromN('c'), D: 'export default ({ b, c }: { b: string; c: string }) => `${b}+${c}`;\n' },
    initial: { expect: { 'd.text': 'b1+c1' }, ran: ['B', 'C', 'D'], requests: 1 },
    steps: [{ set: { 'n.value': 2 }, expect: { 'd.text': 'b2+c2' }, ran: ['B', 'C', 'D'], requests: 1, seen: { 'd.text': ['b2+c2'] } }],
  },
  {
    name: 'a cascade of client callbacks makes no request',
    description: 'In a mixed app, a change that reaches only client callbacks stays in the browser.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('m', 'slider', { value: 1 }), ...texts('a', 'b', 's')],
      callbacks: [
        cb('C1', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, placement: 'client' }),
        cb('C2', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' }, placement: 'client' }),
        cb('S1', { inputs: { m: 'm.value' }, outputs: { text: 's.text' } }),
      ],
    },
    callbacks: { C1: fromN('a'), C2: wrap('C2'), S1: 'export default ({ m }: { m: number }) => `s${m}`;\n' },
    initial: { ran: ['C1', 'C2', 'S1'], requests: 1 },
    steps: [
      { set: { 'n.value': 4 }, expect: { 'b.text': 'C2(a4)' }, ran: ['C1', 'C2'], requests: 0 },
      { set: { 'm.value': 4 }, expect: { 's.text': 's4' }, ran: ['S1'], requests: 1 },
    ],
  },
  {
    name: 'a client step that changes nothing saves the round trip',
    description: 'A client callback that returns ctx.noUpdate stops the cascade before its server readers: no request.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 2 }), ...texts('even', 'out')],
      callbacks: [
        cb('gate', { inputs: { n: 'n.value' }, outputs: { text: 'even.text' }, placement: 'client' }),
        cb('heavy', { inputs: { x: 'even.text' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: { gate: 'export default ({ n }: { n: number }, ctx: { noUpdate: unknown }) => (n % 2 === 0 ? `even ${n}` : ctx.noUpdate);\n', heavy: wrap('heavy') },
    initial: { expect: { 'out.text': 'heavy(even 2)' }, requests: 1 },
    steps: [
      { set: { 'n.value': 3 }, expect: { 'out.text': 'heavy(even 2)' }, ran: ['gate'], requests: 0 },
      { set: { 'n.value': 4 }, expect: { 'out.text': 'heavy(even 4)' }, ran: ['gate', 'heavy'], requests: 1 },
    ],
  },
  {
    name: 'a server callback whose client upstream failed is not requested',
    description: 'A throwing client callback stops its branch: the server reader is not asked to run.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 1 }), ...texts('a', 'out')],
      callbacks: [
        cb('parse', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, placement: 'client' }),
        cb('use', { inputs: { x: 'a.text' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: { parse: 'export default ({ n }: { n: number }) => {\n  if (n === 9) throw new Error("cannot parse 9");\n  return `p${n}`;\n};\n', use: wrap('use') },
    steps: [
      { set: { 'n.value': 9 }, expect: { 'out.text': 'use(p1)' }, ran: ['parse'], requests: 0, errors: [{ callback: 'parse', message: 'cannot parse 9' }] },
      { set: { 'n.value': 2 }, expect: { 'out.text': 'use(p2)' }, ran: ['parse', 'use'], requests: 1 },
    ],
  },
  {
    name: 'a wide fan-out is one request, each callback once',
    description: 'Twenty server callbacks on one input, then one reading all of them: one round trip, 21 runs.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), ...texts(...fan.map((i) => `t${i}`), 'all')],
      callbacks: [
        ...fan.map((i) => cb(`f${i}`, { inputs: { n: 'n.value' }, outputs: { text: `t${i}.text` } })),
        cb('gather', { inputs: Object.fromEntries(fan.map((i) => [`x${i}`, `t${i}.text`])), outputs: { text: 'all.text' } }),
      ],
    },
    callbacks: {
      ...Object.fromEntries(fan.map((i) => [`f${i}`, `export default ({ n }: { n: number }) => String(n * ${i});\n`])),
      gather: 'export default (args: Record<string, string>) => Object.values(args).map(Number).reduce((s, x) => s + x, 0).toString();\n',
    },
    initial: { expect: { 'all.text': '190' }, requests: 1 },
    steps: [{ set: { 'n.value': 2 }, expect: { 'all.text': '380', 't19.text': '38' }, ran: [...fan.map((i) => `f${i}`), 'gather'], requests: 1, seen: { 'all.text': ['380'] } }],
  },
];
