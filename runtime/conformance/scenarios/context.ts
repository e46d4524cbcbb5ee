/** Dash parity: ctx.noUpdate, ctx.preventUpdate(), ctx.triggered, missing keys. */
import { cb, comp, type Scenario } from '../scenario';

export const context: Scenario[] = [
  {
    name: 'ctx.noUpdate on a single output leaves it unchanged and stops the chain',
    description: 'Returning ctx.noUpdate updates nothing, so callbacks reading that output do not run.',
    project: {
      components: [comp('n', 'slider', { value: 2 }), comp('even', 'text', { text: '' }), comp('after', 'text', { text: '' })],
      callbacks: [
        cb('gate', { inputs: { n: 'n.value' }, outputs: { text: 'even.text' } }),
        cb('next', { inputs: { text: 'even.text' }, outputs: { text: 'after.text' } }),
      ],
    },
    callbacks: {
      gate: 'export default ({ n }: { n: number }, ctx: { noUpdate: unknown }) => (n % 2 === 0 ? `even ${n}` : ctx.noUpdate);\n',
      next: 'export default ({ text }: { text: string }) => `after ${text}`;\n',
    },
    initial: { expect: { 'even.text': 'even 2', 'after.text': 'after even 2' }, ran: ['gate', 'next'] },
    steps: [
      { set: { 'n.value': 5 }, expect: { 'even.text': 'even 2', 'after.text': 'after even 2' }, ran: ['gate'], requests: 1 },
      { set: { 'n.value': 6 }, expect: { 'even.text': 'even 6', 'after.text': 'after even 6' }, ran: ['gate', 'next'], requests: 1 },
    ],
  },
  {
    name: 'ctx.noUpdate per output key',
    description: 'In a multi-output result, ctx.noUpdate under one name leaves only that output unchanged; only the changed branch cascades.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: 'a?' }), comp('b', 'text', { text: 'b?' }), comp('fromA', 'text'), comp('fromB', 'text', { text: 'untouched' })],
      callbacks: [
        cb('split', { inputs: { n: 'n.value' }, outputs: { a: 'a.text', b: 'b.text' }, preventInitialCall: true }),
        cb('readA', { inputs: { a: 'a.text' }, outputs: { text: 'fromA.text' }, preventInitialCall: true }),
        cb('readB', { inputs: { b: 'b.text' }, outputs: { text: 'fromB.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      split: 'export default ({ n }: { n: number }, ctx: { noUpdate: unknown }) => ({ a: `a${n}`, b: n > 5 ? `b${n}` : ctx.noUpdate });\n',
      readA: 'export default ({ a }: { a: string }) => `saw ${a}`;\n',
      readB: 'export default ({ b }: { b: string }) => `saw ${b}`;\n',
    },
    initial: { ran: [], requests: 0 },
    steps: [
      { set: { 'n.value': 3 }, expect: { 'a.text': 'a3', 'b.text': 'b?', 'fromA.text': 'saw a3', 'fromB.text': 'untouched' }, ran: ['split', 'readA'], requests: 1 },
      { set: { 'n.value': 8 }, expect: { 'a.text': 'a8', 'b.text': 'b8', 'fromA.text': 'saw a8', 'fromB.text': 'saw b8' }, ran: ['split', 'readA', 'readB'], requests: 1 },
    ],
  },
  {
    name: 'a key missing from a multi-output result leaves that output unchanged',
    description: 'Only the names present in the returned object update.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: 'a?' }), comp('b', 'text', { text: 'b?' })],
      callbacks: [cb('some', { inputs: { n: 'n.value' }, outputs: { a: 'a.text', b: 'b.text' } })],
    },
    callbacks: { some: 'export default ({ n }: { n: number }): { a?: string; b?: string } => (n > 5 ? { b: `b${n}` } : { a: `a${n}` });\n' },
    initial: { expect: { 'a.text': 'a1', 'b.text': 'b?' } },
    steps: [{ set: { 'n.value': 9 }, expect: { 'a.text': 'a1', 'b.text': 'b9' }, ran: ['some'] }],
  },
  {
    name: 'ctx.preventUpdate() updates nothing and is not an error',
    description: 'Every output stays as it was, nothing downstream runs, no error is reported.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: '' }), comp('b', 'slider', { value: 0 }), comp('c', 'text', { text: '' })],
      callbacks: [
        cb('guard', { inputs: { n: 'n.value' }, outputs: { text: 'a.text', value: 'b.value' } }),
        cb('later', { inputs: { text: 'a.text' }, outputs: { text: 'c.text' } }),
      ],
    },
    callbacks: {
      guard: 'export default ({ n }: { n: number }, ctx: { preventUpdate(): never }) => {\n  if (n > 5) ctx.preventUpdate();\n  return { text: `ok ${n}`, value: n };\n};\n',
      later: 'export default ({ text }: { text: string }) => `later ${text}`;\n',
    },
    initial: { expect: { 'a.text': 'ok 1', 'b.value': 1, 'c.text': 'later ok 1' } },
    steps: [
      { set: { 'n.value': 7 }, expect: { 'a.text': 'ok 1', 'b.value': 1, 'c.text': 'later ok 1' }, ran: ['guard'], errors: [] },
      { set: { 'n.value': 2 }, expect: { 'a.text': 'ok 2', 'b.value': 2, 'c.text': 'later ok 2' }, ran: ['guard', 'later'] },
    ],
  },
  {
    name: 'ctx.triggered names the input that fired, and is empty on the initial call',
    description: 'With two inputs, ctx.triggered lists only the changed one; a state change is never listed.',
    project: {
      components: [comp('a', 'slider', { value: 1 }), comp('b', 'input', { value: 'x' }), comp('s', 'input', { value: 's' }), comp('out', 'text')],
      callbacks: [cb('which', { inputs: { a: 'a.value', b: 'b.value' }, state: { s: 's.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { which: 'export default (_args: unknown, ctx: { triggered: string[] }) => JSON.stringify(ctx.triggered);\n' },
    initial: { expect: { 'out.text': '[]' } },
    steps: [
      { set: { 'a.value': 2 }, expect: { 'out.text': '["a.value"]' } },
      { set: { 'b.value': 'y' }, expect: { 'out.text': '["b.value"]' } },
      { set: { 's.value': 't' }, expect: { 'out.text': '["b.value"]' }, ran: [] },
      { set: { 'a.value': 3 }, expect: { 'out.text': '["a.value"]' } },
    ],
  },
  {
    name: 'ctx.triggered of a chained callback names the upstream output',
    description: 'A callback set off by another callback\'s output sees that output as its trigger.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('mid', 'text'), comp('out', 'text')],
      callbacks: [
        cb('first', { inputs: { n: 'n.value' }, outputs: { text: 'mid.text' } }),
        cb('second', { inputs: { text: 'mid.text' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      first: 'export default ({ n }: { n: number }) => `mid ${n}`;\n',
      second: 'export default ({ text }: { text: string }, ctx: { triggered: string[] }) => `${text} via ${JSON.stringify(ctx.triggered)}`;\n',
    },
    steps: [{ set: { 'n.value': 4 }, expect: { 'out.text': 'mid 4 via ["mid.text"]' }, ran: ['first', 'second'], requests: 1 }],
  },
];
