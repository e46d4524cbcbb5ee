/** Running props and error handlers (DESIGN §4b): Dash's running=[(Output, on, off)] and on_error. */
import type { CallbackSpec, RunningEntry } from '../../schema/project';
import { cb, comp, type Scenario } from '../scenario';

const status = (id: string): RunningEntry => ({ id, prop: 'text', on: 'working', off: 'idle' });

/** A callback used as an onError handler: no wiring of its own. */
const handler = (id: string): CallbackSpec => cb(id, { outputs: {} });

// Line 4 throws.
const boom = 'export default function boom({ n }: { n: number }): string {\n  const limit = 5;\n  if (n > limit) {\n    throw new Error(`n is too big: ${n}`);\n  }\n  return `fine ${n}`;\n}\n';
const boomProject = (extra: Partial<CallbackSpec>, more: CallbackSpec[] = []) => ({
  components: [comp('n', 'slider', { value: 1 }), comp('bad', 'text', { text: '' }), comp('log', 'text', { text: 'nothing logged' })],
  callbacks: [cb('boom', { inputs: { n: 'n.value' }, outputs: { text: 'bad.text' } }, extra), ...more],
});

export const runningAndOnError: Scenario[] = [
  {
    name: 'running: props are "on" while the callback runs and "off" once it settles, also when it fails',
    description: 'Two running entries switch on as the callback starts and off as its result (or its error) arrives.',
    project: {
      components: [comp('go', 'button', { label: 'Go' }), comp('out', 'text', { text: '' }), comp('status', 'text', { text: 'idle' })],
      callbacks: [
        cb('work', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'out.text' }, preventInitialCall: true }, { running: [status('status'), { id: 'go', prop: 'label', on: 'Wait…', off: 'Go' }] }),
      ],
    },
    callbacks: {
      work: 'export default async function work({ clicks }: { clicks: number }): Promise<string> {\n  await new Promise((r) => setTimeout(r, 20));\n  if (clicks === 2) throw new Error("two is not allowed");\n  return `done ${clicks}`;\n}\n',
    },
    initial: { ran: [] },
    steps: [
      { set: { 'go.clicks': 1 }, expect: { 'out.text': 'done 1', 'status.text': 'idle', 'go.label': 'Go' }, seen: { 'status.text': ['working', 'idle'], 'go.label': ['Wait…', 'Go'] } },
      { set: { 'go.clicks': 2 }, expect: { 'out.text': 'done 1', 'status.text': 'idle' }, seen: { 'status.text': ['working', 'idle'] }, errors: [{ callback: 'work', message: 'two is not allowed' }] },
    ],
  },
  {
    name: 'running: a background callback keeps its running props on until its job ends',
    description: 'The page sets "off" when the job is done, not when the request that started it answers.',
    placements: ['server'],
    project: {
      components: [comp('go', 'button'), comp('out', 'text', { text: '' }), comp('status', 'text', { text: 'idle' })],
      callbacks: [cb('slow', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'out.text' }, preventInitialCall: true }, { background: true, running: [status('status')] })],
    },
    callbacks: { slow: 'export default async ({ clicks }: { clicks: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 150));\n  return `job ${clicks}`;\n};\n' },
    steps: [{ set: { 'go.clicks': 1 }, expect: { 'out.text': 'job 1', 'status.text': 'idle' }, seen: { 'status.text': ['working', 'idle'], 'out.text': ['job 1'] } }],
  },
  {
    name: 'running: on mixed placement the client step and the server step after it each set their own',
    description: 'A client callback feeds a server callback; each one\'s running prop is on only around its own run.',
    placements: ['server', 'client', 'mixed'],
    project: {
      components: [comp('go', 'button'), comp('mid', 'text', { text: '' }), comp('out', 'text', { text: '' }), comp('first', 'text', { text: 'idle' }), comp('second', 'text', { text: 'idle' })],
      callbacks: [
        cb('front', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'mid.text' }, placement: 'client', preventInitialCall: true }, { running: [status('first')] }),
        cb('back', { inputs: { text: 'mid.text' }, outputs: { text: 'out.text' }, preventInitialCall: true }, { running: [status('second')] }),
      ],
    },
    callbacks: {
      front: 'export default async ({ clicks }: { clicks: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 10));\n  return `mid ${clicks}`;\n};\n',
      back: 'export default async ({ text }: { text: string }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 10));\n  return `${text}, then out`;\n};\n',
    },
    initial: { ran: [] },
    steps: [
      {
        set: { 'go.clicks': 1 },
        expect: { 'out.text': 'mid 1, then out', 'first.text': 'idle', 'second.text': 'idle' },
        ran: ['front', 'back'],
        seen: { 'first.text': ['working', 'idle'], 'second.text': ['working', 'idle'] },
      },
    ],
  },
  {
    name: 'onError: the handler\'s return value sets the failed callback\'s output, and the error is handled',
    description: 'Dash\'s on_error: the handler gets (error, ctx) with the message and the callback\'s id; no error is reported.',
    project: boomProject({ onError: 'fallback' }, [handler('fallback')]),
    callbacks: { boom, fallback: 'export default (error: { message: string; callback: string }, ctx: { triggered: string[] }) => `handled "${error.message}" of ${error.callback} (${ctx.triggered.join()})`;\n' },
    initial: { expect: { 'bad.text': 'fine 1' }, ran: ['boom'] },
    steps: [
      { set: { 'n.value': 7 }, expect: { 'bad.text': 'handled "n is too big: 7" of boom (n.value)' }, ran: ['boom'], errors: [] },
      { set: { 'n.value': 2 }, expect: { 'bad.text': 'fine 2' } },
    ],
  },
  {
    name: 'onError: a callback\'s own handler wins over the project\'s, which handles the others',
    description: 'Top-level "onError" is the default; a callback\'s "onError" replaces it for that callback.',
    project: {
      onError: 'general',
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: '' }), comp('b', 'text', { text: '' })],
      callbacks: [
        cb('first', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, preventInitialCall: true }, { onError: 'special' }),
        cb('second', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' }, preventInitialCall: true }),
        handler('general'),
        handler('special'),
      ],
    },
    callbacks: {
      first: 'export default ({ n }: { n: number }): string => {\n  throw new Error(`first fails at ${n}`);\n};\n',
      second: 'export default ({ n }: { n: number }): string => {\n  throw new Error(`second fails at ${n}`);\n};\n',
      general: 'export default (error: { message: string }) => `general: ${error.message}`;\n',
      special: 'export default (error: { message: string }) => `special: ${error.message}`;\n',
    },
    initial: { ran: [] },
    steps: [{ set: { 'n.value': 3 }, expect: { 'a.text': 'special: first fails at 3', 'b.text': 'general: second fails at 3' }, ran: ['first', 'second'], errors: [] }],
  },
  {
    name: 'onError: a handler that returns nothing leaves the outputs as they were; its ctx.setProps land',
    description: 'Returning nothing means no update (as in Dash); the handler may set other props with ctx.setProps.',
    project: boomProject({ onError: 'quiet', preventInitialCall: true }, [handler('quiet')]),
    callbacks: { boom, quiet: 'export default (error: { message: string }, ctx: { setProps(id: string, props: Record<string, unknown>): void }): void => {\n  ctx.setProps("log", { text: `logged: ${error.message}` });\n};\n' },
    initial: { ran: [] },
    steps: [{ set: { 'n.value': 8 }, expect: { 'bad.text': '', 'log.text': 'logged: n is too big: 8' }, errors: [] }],
  },
  {
    name: 'onError: a handler that throws leaves the callback\'s error reported, with the handler\'s message',
    description: 'The error stays unhandled: the overlay shows the callback\'s message and why the handler failed.',
    project: boomProject({ onError: 'broken', preventInitialCall: true }, [handler('broken')]),
    callbacks: { boom, broken: 'export default (): string => {\n  throw new Error("the handler broke too");\n};\n' },
    initial: { ran: [] },
    steps: [
      {
        set: { 'n.value': 9 },
        expect: { 'bad.text': '' },
        errors: [{ callback: 'boom', message: 'n is too big: 9 (and its onError handler "broken" failed: the handler broke too)', stackIncludes: 'callbacks/boom.ts:4:' }],
      },
    ],
  },
  {
    name: 'onError: a background callback\'s handler runs in its job; the job\'s result is the handler\'s',
    description: 'The job runs the handler right after the callback fails; the page applies what it returned when the job ends, and reports nothing.',
    placements: ['server'],
    project: {
      components: [comp('go', 'button'), comp('out', 'text', { text: '' }), comp('status', 'text', { text: 'idle' })],
      callbacks: [
        cb('job', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'out.text' }, preventInitialCall: true }, { background: true, onError: 'rescue', running: [status('status')], cache: { ttlSeconds: 60 } }),
        handler('rescue'),
      ],
    },
    callbacks: {
      job: 'export default async ({ clicks }: { clicks: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 20));\n  throw new Error(`job ${clicks} failed`);\n};\n',
      rescue: 'export default (error: { message: string; callback: string }) => `rescued ${error.callback}: ${error.message}`;\n',
    },
    steps: [
      { set: { 'go.clicks': 1 }, expect: { 'out.text': 'rescued job: job 1 failed', 'status.text': 'idle' }, seen: { 'status.text': ['working', 'idle'] }, errors: [] },
      { set: { 'go.clicks': 2 }, expect: { 'out.text': 'rescued job: job 2 failed' }, errors: [] },
    ],
  },
  {
    name: 'onError on mixed placement: one handler serves a server and a client callback, each where it ran',
    description: 'The handler module is built for the server and for the page; each failed callback\'s handler runs on its side.',
    placements: ['server', 'client', 'mixed'],
    project: {
      onError: 'recover',
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: '' }), comp('b', 'text', { text: '' })],
      callbacks: [
        cb('inPage', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' }, placement: 'client', preventInitialCall: true }),
        cb('onServer', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' }, preventInitialCall: true }),
        handler('recover'),
      ],
    },
    callbacks: {
      inPage: 'export default ({ n }: { n: number }): string => {\n  throw new Error(`page ${n}`);\n};\n',
      onServer: 'export default ({ n }: { n: number }): string => {\n  throw new Error(`server ${n}`);\n};\n',
      recover: 'export default (error: { message: string; callback: string }) => `${error.callback} recovered from ${error.message}`;\n',
    },
    initial: { ran: [] },
    steps: [{ set: { 'n.value': 4 }, expect: { 'a.text': 'inPage recovered from page 4', 'b.text': 'onServer recovered from server 4' }, ran: ['inPage', 'onServer'], errors: [] }],
  },
];
