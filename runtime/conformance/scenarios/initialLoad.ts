/** Dash parity: what the initial load triggers, and with which ctx.triggered. */
import { cb, comp, type Scenario } from '../scenario';

type Side = 'server' | 'client';

const triggeredSources = {
  first: 'export default ({ n }: { n: number }, ctx: { triggered: string[] }) => `mid ${n} ${JSON.stringify(ctx.triggered)}`;\n',
  second: 'export default (_a: unknown, ctx: { triggered: string[] }) => JSON.stringify(ctx.triggered);\n',
  withK: 'export default ({ k }: { k: number }, ctx: { triggered: string[] }) => `${k} ${JSON.stringify(ctx.triggered)}`;\n',
};

/** Upstream on one side, downstream on the other (on mixed placement). */
function triggeredOnInitial(upstream: Side, downstream: Side, placements: Scenario['placements']): Scenario {
  return {
    name: `ctx.triggered on the initial load names the upstream output (${upstream} → ${downstream})`,
    description: 'A callback with nothing upstream sees []; one fed by another callback of the initial load sees that output, also next to an input no callback writes.',
    placements,
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('k', 'slider', { value: 7 }), comp('mid', 'text'), comp('out', 'text'), comp('both', 'text')],
      callbacks: [
        cb('first', { inputs: { n: 'n.value' }, outputs: { text: 'mid.text' }, placement: upstream }),
        cb('second', { inputs: { text: 'mid.text' }, outputs: { text: 'out.text' }, placement: downstream }),
        cb('withK', { inputs: { k: 'k.value', text: 'mid.text' }, outputs: { text: 'both.text' }, placement: downstream }),
      ],
    },
    callbacks: triggeredSources,
    initial: { expect: { 'mid.text': 'mid 1 []', 'out.text': '["mid.text"]', 'both.text': '7 ["mid.text"]' } },
    steps: [
      { set: { 'k.value': 8 }, expect: { 'both.text': '8 ["k.value"]', 'out.text': '["mid.text"]' }, ran: ['withK'] },
      { set: { 'n.value': 2 }, expect: { 'mid.text': 'mid 2 ["n.value"]', 'out.text': '["mid.text"]', 'both.text': '8 ["mid.text"]' } },
    ],
  };
}

const preventedSources = {
  guard: 'export default ({ n }: { n: number }, ctx: { preventUpdate(): never }) => {\n  if (n < 3) ctx.preventUpdate();\n  return `a${n}`;\n};\n',
  quiet: 'export default ({ n }: { n: number }, ctx: { noUpdate: unknown }) => (n < 3 ? ctx.noUpdate : `b${n}`);\n',
  after: 'export default ({ a, b }: { a: string; b: string }, ctx: { triggered: string[] }) => `${a}/${b} ${JSON.stringify(ctx.triggered)}`;\n',
  withK: 'export default ({ k, a }: { k: number; a: string }, ctx: { triggered: string[] }) => `${k} ${a} ${JSON.stringify(ctx.triggered)}`;\n',
};

function leftOutOnInitial(upstream: Side, downstream: Side, placements: Scenario['placements']): Scenario {
  return {
    name: `the initial load leaves out a callback fed only by prevented updates (${upstream} → ${downstream})`,
    description: 'guard prevents its update and quiet returns noUpdate on the initial load: after, whose every input they write, does not run; both, which also reads a prop no callback writes, runs with [].',
    placements,
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('k', 'slider', { value: 5 }), comp('a', 'text', { text: 'a?' }), comp('b', 'text', { text: 'b?' }), comp('out', 'text', { text: 'untouched' }), comp('both', 'text', { text: 'both?' })],
      callbacks: [
        cb('guard', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, placement: upstream }),
        cb('quiet', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' }, placement: upstream }),
        cb('after', { inputs: { a: 'a.text', b: 'b.text' }, outputs: { text: 'out.text' }, placement: downstream }),
        cb('withK', { inputs: { k: 'k.value', a: 'a.text' }, outputs: { text: 'both.text' }, placement: downstream }),
      ],
    },
    callbacks: preventedSources,
    initial: { expect: { 'a.text': 'a?', 'b.text': 'b?', 'out.text': 'untouched', 'both.text': '5 a? []' } },
    steps: [
      { set: { 'n.value': 4 }, expect: { 'a.text': 'a4', 'b.text': 'b4', 'out.text': 'a4/b4 ["a.text","b.text"]', 'both.text': '5 a4 ["a.text"]' } },
      { set: { 'n.value': 1 }, expect: { 'a.text': 'a4', 'out.text': 'a4/b4 ["a.text","b.text"]', 'both.text': '5 a4 ["a.text"]' }, ran: ['guard', 'quiet'] },
    ],
  };
}

export const initialLoad: Scenario[] = [
  triggeredOnInitial('client', 'server', ['server', 'client', 'mixed']),
  triggeredOnInitial('server', 'client', ['mixed']),
  leftOutOnInitial('client', 'server', ['server', 'client', 'mixed']),
  leftOutOnInitial('server', 'client', ['mixed']),
];
