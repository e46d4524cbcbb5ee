/** Dash parity: pattern-matching callbacks (ALL, MATCH, ALLSMALLER), ctx.triggeredId (DESIGN §4b). */
import { cb, comp, pcomp, type Scenario } from '../scenario';

const cards = ['a', 'b', 'c'];
const cardComponents = () => [
  ...cards.map((i) => pcomp(`btn-${i}`, 'button', { type: 'btn', index: i })),
  ...cards.map((i) => pcomp(`label-${i}`, 'text', { type: 'label', index: i }, { text: '?' })),
  comp('total', 'text'),
  comp('reset', 'button'),
];

const matchSources = {
  per: 'export default ({ clicks }: { clicks: number }, ctx: { match?: string | number; triggeredId: unknown }) => `${String(ctx.match)}:${clicks} ${JSON.stringify(ctx.triggeredId)}`;\n',
  sum: 'export default ({ all }: { all: number[] }) => `${all.join(",")} = ${all.reduce((a, b) => a + b, 0)}`;\n',
  clear: 'export default ({ n }: { n: number }) => ["x", "y", "z"].map((s) => `${s}${n}`);\n',
};

const other = (side: 'server' | 'client'): 'server' | 'client' => (side === 'server' ? 'client' : 'server');

/** The MATCH callback on `side`, the ALL ones on the other (on mixed placement). */
function matchAndAll(placements: Scenario['placements'], side: 'server' | 'client'): Scenario {
  return {
    name: `MATCH runs the instance of the component that fired; ALL reads every one (MATCH on the ${side})`,
    description: 'Three buttons btn[a..c] and labels label[a..c]: a MATCH callback writes its own label, an ALL callback sums every click, an ALL output writes all labels at once.',
    placements,
    project: {
      components: cardComponents(),
      callbacks: [
        cb('per', { inputs: { clicks: 'btn[MATCH].clicks' }, outputs: { text: 'label[MATCH].text' }, placement: side }),
        cb('sum', { inputs: { all: 'btn[ALL].clicks' }, outputs: { text: 'total.text' }, placement: other(side) }),
        cb('clear', { inputs: { n: 'reset.clicks' }, outputs: { labels: 'label[ALL].text' }, placement: other(side), preventInitialCall: true }),
      ],
    },
    callbacks: matchSources,
    initial: { expect: { 'label-a.text': 'a:0 null', 'label-b.text': 'b:0 null', 'label-c.text': 'c:0 null', 'total.text': '0,0,0 = 0' } },
    steps: [
      {
        set: { 'btn-b.clicks': 2 },
        expect: { 'label-a.text': 'a:0 null', 'label-b.text': 'b:2 {"type":"btn","index":"b"}', 'label-c.text': 'c:0 null', 'total.text': '0,2,0 = 2' },
        ran: ['per[b]', 'sum'],
        // On mixed placement the page runs its client callback before it asks the server.
        ...(side === 'server' ? { byPlacement: { mixed: { ran: ['sum', 'per[b]'] } } } : {}),
      },
      {
        set: { 'btn-c.clicks': 1 },
        expect: { 'label-c.text': 'c:1 {"type":"btn","index":"c"}', 'total.text': '0,2,1 = 3' },
        ran: ['per[c]', 'sum'],
        ...(side === 'server' ? { byPlacement: { mixed: { ran: ['sum', 'per[c]'] } } } : {}),
      },
      { set: { 'reset.clicks': 1 }, expect: { 'label-a.text': 'x1', 'label-b.text': 'y1', 'label-c.text': 'z1' }, ran: ['clear'] },
    ],
  };
}

const smallerSources = {
  running: 'export default ({ mine, before }: { mine: number; before: number[] }) => String(mine + before.reduce((a, b) => a + b, 0));\n',
};

function allSmaller(placements: Scenario['placements'], side: 'server' | 'client'): Scenario {
  return {
    name: `ALLSMALLER reads the components before the MATCH one (${side})`,
    description: 'Sliders step[0..2] and totals run[0..2]: each running total adds its own slider to the ones before it (numeric indices).',
    placements,
    project: {
      components: [
        ...[0, 1, 2].map((i) => pcomp(`step-${i}`, 'slider', { type: 'step', index: i }, { value: i + 1 })),
        ...[0, 1, 2].map((i) => pcomp(`run-${i}`, 'text', { type: 'run', index: i })),
      ],
      callbacks: [cb('running', { inputs: { mine: 'step[MATCH].value' }, state: { before: 'step[ALLSMALLER].value' }, outputs: { text: 'run[MATCH].text' }, placement: side })],
    },
    callbacks: smallerSources,
    initial: { expect: { 'run-0.text': '1', 'run-1.text': '3', 'run-2.text': '6' } },
    steps: [{ set: { 'step-2.value': 10 }, expect: { 'run-2.text': '13', 'run-1.text': '3' }, ran: ['running[2]'] }],
  };
}

export const patterns: Scenario[] = [matchAndAll(['server', 'client', 'mixed'], 'server'), matchAndAll(['mixed'], 'client'), allSmaller(['server', 'client'], 'server')];

const inTemplate = <C extends object>(c: C): C & { parent: { id: string; slot: string } } => ({ ...c, parent: { id: 'list', slot: 'template' } });

const repeatSources = {
  make: 'export default ({ n }: { n: number }) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, label: `Item ${i}` }));\n',
  per: 'export default ({ clicks }: { clicks: number }, ctx: { match?: string | number }) => `${String(ctx.match)}:${clicks}`;\n',
  count: 'export default ({ all }: { all: number[] }) => `${all.length} items, ${all.reduce((a, b) => a + b, 0)} clicks`;\n',
};

function repeated(placements: Scenario['placements'], side: 'server' | 'client'): Scenario {
  return {
    name: `a repeat container draws its template once per item; pattern callbacks address the copies (${side})`,
    description: 'items come from a callback; each item key is its copies\' pattern index; a MATCH callback updates only its own copy, an ALL one sees every copy; a new item gets its copies and their initial call.',
    placements,
    project: {
      components: [
        comp('n', 'slider', { value: 2, min: 0, max: 5 }),
        comp('list', 'repeat'),
        inTemplate(pcomp('btn', 'button', { type: 'btn' })),
        inTemplate(pcomp('lbl', 'text', { type: 'lbl' }, { text: '?' })),
        comp('total', 'text'),
      ],
      callbacks: [
        cb('make', { inputs: { n: 'n.value' }, outputs: { items: 'list.items' }, placement: side }),
        cb('per', { inputs: { clicks: 'btn[MATCH].clicks' }, outputs: { text: 'lbl[MATCH].text' }, placement: side }),
        cb('count', { inputs: { all: 'btn[ALL].clicks' }, outputs: { text: 'total.text' }, placement: other(side) }),
      ],
    },
    callbacks: repeatSources,
    initial: { expect: { 'lbl-k0.text': 'k0:0', 'lbl-k1.text': 'k1:0', 'total.text': '2 items, 0 clicks' } },
    steps: [
      { set: { 'btn-k1.clicks': 3 }, expect: { 'lbl-k0.text': 'k0:0', 'lbl-k1.text': 'k1:3', 'total.text': '2 items, 3 clicks' } },
      { set: { 'n.value': 3 }, expect: { 'lbl-k2.text': 'k2:0', 'lbl-k1.text': 'k1:3', 'total.text': '3 items, 3 clicks' } },
      { set: { 'n.value': 1 }, expect: { 'lbl-k0.text': 'k0:0', 'total.text': '1 items, 0 clicks' } },
    ],
  };
}

patterns.push(repeated(['server', 'client', 'mixed'], 'server'));

function setPropsByPattern(placements: Scenario['placements'], side: 'server' | 'client'): Scenario {
  return {
    name: `ctx.setProps takes a pattern id: the component carrying it is set (${side})`,
    description: 'A MATCH callback with no outputs sets note[<its index>].text with ctx.setProps({ type, index }, …), as Dash\'s set_props takes dict ids.',
    placements,
    project: {
      components: [
        ...['a', 'b'].map((i) => pcomp(`btn-${i}`, 'button', { type: 'btn', index: i })),
        ...['a', 'b'].map((i) => pcomp(`note-${i}`, 'text', { type: 'note', index: i }, { text: '-' })),
      ],
      callbacks: [cb('mark', { inputs: { clicks: 'btn[MATCH].clicks' }, outputs: {}, placement: side, preventInitialCall: true })],
    },
    callbacks: {
      mark: 'export default ({ clicks }: { clicks: number }, ctx: { match?: string | number; setProps(id: { type: string; index: string | number }, props: Record<string, unknown>): void }) => {\n  ctx.setProps({ type: "note", index: ctx.match! }, { text: `clicked ${clicks}` });\n};\n',
    },
    initial: { expect: { 'note-a.text': '-', 'note-b.text': '-' } },
    steps: [
      { set: { 'btn-b.clicks': 1 }, expect: { 'note-a.text': '-', 'note-b.text': 'clicked 1' } },
      { set: { 'btn-a.clicks': 2 }, expect: { 'note-a.text': 'clicked 2', 'note-b.text': 'clicked 1' } },
    ],
  };
}

patterns.push(setPropsByPattern(['server', 'client'], 'server'));

const backgroundSources = {
  slow: 'export default async ({ clicks }: { clicks: number }, ctx: { match?: string | number }) => {\n  await new Promise((r) => setTimeout(r, 20));\n  return `${String(ctx.match)} done ${clicks}`;\n};\n',
  all: 'export default async ({ n }: { n: number }) => {\n  await new Promise((r) => setTimeout(r, 20));\n  return [`x${n}`, `y${n}`];\n};\n',
};

/** Background pattern callbacks: a MATCH instance runs as a job of its own, an ALL output comes back from a job. */
const backgroundPatterns: Scenario = {
  name: 'background pattern callbacks: a MATCH instance as its own job, an ALL output from a job',
  description: 'slow (MATCH, background) writes its own label when its job ends; all (background) writes every label at once.',
  placements: ['server'],
  project: {
    components: [
      ...['a', 'b'].map((i) => pcomp(`btn-${i}`, 'button', { type: 'btn', index: i })),
      ...['a', 'b'].map((i) => pcomp(`label-${i}`, 'text', { type: 'label', index: i }, { text: '?' })),
      comp('reset', 'button'),
    ],
    callbacks: [
      cb('slow', { inputs: { clicks: 'btn[MATCH].clicks' }, outputs: { text: 'label[MATCH].text' }, preventInitialCall: true }, { background: true }),
      cb('all', { inputs: { n: 'reset.clicks' }, outputs: { labels: 'label[ALL].text' }, preventInitialCall: true }, { background: true }),
    ],
  },
  callbacks: backgroundSources,
  initial: { expect: { 'label-a.text': '?', 'label-b.text': '?' } },
  steps: [
    { set: { 'btn-b.clicks': 1 }, expect: { 'label-a.text': '?', 'label-b.text': 'b done 1' } },
    { set: { 'reset.clicks': 2 }, expect: { 'label-a.text': 'x2', 'label-b.text': 'y2' } },
  ],
};

patterns.push(backgroundPatterns);
