/** onError handlers and running props in the graph, validate and the generated types (DESIGN §4b). */
import { describe, expect, it } from 'vitest';
import { typecheckCallbacks } from '../../export/typecheck';
import { createCatalog } from '../components/catalog';
import { projectSchema, type Project } from '../schema/project';
import { buildGraph, validateProject } from '.';
import { errorHandlerIds, errorHandlerOf, errorHandlerWrapper, handlersByPlacement } from './errorHandlers';

const catalog = createCatalog();
const at = (y: number) => ({ x: 0, y, w: 4, h: 2 });

function project(extra: Record<string, unknown> = {}, callbacks: unknown[] = []): Project {
  return projectSchema.parse({
    format: 'dashwright',
    version: 1,
    name: 'Errors',
    components: [
      { id: 'n', type: 'slider', props: {}, grid: at(0) },
      { id: 'out', type: 'text', props: {}, grid: at(2) },
      { id: 'pick', type: 'dropdown', props: {}, grid: at(4) },
    ],
    callbacks: [
      { id: 'work', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'out', prop: 'text', as: 'text' }], onError: 'fallback' },
      { id: 'other', placement: 'client', inputs: [{ id: 'n', prop: 'value', as: 'n' }], outputs: [{ id: 'pick', prop: 'disabled', as: 'off' }] },
      { id: 'fallback' },
      { id: 'general' },
      ...callbacks,
    ],
    ...extra,
  });
}

const problems = (p: Project) => validateProject(p, catalog, { callbackIds: new Set(p.callbacks.map((c) => c.id)) }).map((x) => `${x.severity} ${x.path}: ${x.message}`);

describe('onError handlers', () => {
  it('are the callbacks some onError names; a callback\'s own wins over the project\'s, never itself', () => {
    const p = project({ onError: 'general' });
    expect([...errorHandlerIds(p)].sort()).toEqual(['fallback', 'general']);
    expect(errorHandlerOf(p.callbacks[0]!, p.onError)).toBe('fallback');
    expect(errorHandlerOf(p.callbacks[1]!, p.onError)).toBe('general');
    expect(errorHandlerOf({ id: 'general', onError: undefined }, 'general')).toBeUndefined();
    expect(handlersByPlacement(p)).toEqual({ server: new Set(['fallback']), client: new Set(['general']) });
  });

  it('are left out of the graph: they never run by themselves', () => {
    const g = buildGraph(project({ onError: 'general' }));
    expect([...g.callbacks.keys()]).toEqual(['work', 'other']);
  });

  it('validate: an onError names another callback; a handler with wiring is warned about', () => {
    expect(problems(project())).toEqual([]);
    const bad = project({ onError: 'nobody' }, [{ id: 'self', inputs: [{ id: 'n', prop: 'value' }], outputs: [], onError: 'self' }]);
    expect(problems(bad)).toEqual([
      'error callbacks[4].onError: self: a callback cannot be its own onError handler',
      'warning callbacks[4]: self is an onError handler: it runs only when a callback it handles fails, with that callback\'s outputs; its own inputs, state and outputs are ignored',
      'warning callbacks[4].onError: self is an onError handler: its own onError is ignored (a failing handler\'s error is reported)',
      'error onError: onError "nobody" is not a callback of the project (its module callbacks/nobody.ts is the handler)',
    ]);
    const missing = validateProject(project(), catalog, { callbackIds: new Set(['work', 'other', 'general']) }).map((x) => x.message);
    expect(missing).toEqual(['callback "fallback" has no module callbacks/fallback.ts']);
  });

  it('the wrapper turns a handler\'s undefined (or a promise of it) into ctx.noUpdate', () => {
    expect(errorHandlerWrapper('../../callbacks/h.ts')).toMatch(/value === undefined \? ctx\.noUpdate : value/);
  });

  it('types: the handler gets a typed error and returns what the callbacks it handles return, or nothing', () => {
    const p = project({ onError: 'general' });
    const ok = {
      work: 'export default ({ n }: Inputs): Outputs => `n=${n}`;\n',
      other: 'export default (): Outputs => true;\n',
      fallback: 'export default function fallback(error: CallbackError, ctx: Ctx): Outputs {\n  const where: string = error.callback;\n  const stack: string | undefined = error.stack;\n  if (stack) return ctx.noUpdate;\n  return `${where}: ${error.message}`;\n}\n',
      general: 'export default (error: CallbackError, ctx: Ctx) => {\n  ctx.setProps("out", { text: error.message });\n};\n',
    };
    expect(typecheckCallbacks(p, ok, catalog).map((x) => `${x.path}: ${x.message}`)).toEqual([]);
    const wrong = typecheckCallbacks(p, { ...ok, fallback: 'export default (error: CallbackError) => error.message.length;\n' }, catalog).map((x) => `${x.path}: ${x.message}`);
    expect(wrong.join('\n')).toMatch(/callbacks\/fallback\.ts:1.*number/);
    const noField = typecheckCallbacks(p, { ...ok, general: 'export default (error: CallbackError) => { void error.code; };\n' }, catalog).map((x) => x.message);
    expect(noField.join('\n')).toMatch(/'code' does not exist/);
  });
});

describe('running props', () => {
  it('the schema wants both on and off', () => {
    expect(() => project({}, [{ id: 'busy', outputs: [], running: [{ id: 'out', prop: 'text', on: 'x' }] }])).toThrow(/off/);
  });

  it('validate: a running entry names a component prop, with on and off that fit it', () => {
    const p = project({}, [
      { id: 'busy', inputs: [{ id: 'n', prop: 'value' }], outputs: [{ id: 'out', prop: 'style' }], running: [
        { id: 'pick', prop: 'disabled', on: true, off: false },
        { id: 'ghost', prop: 'text', on: 1, off: 2 },
        { id: 'out', prop: 'colour', on: 'a', off: 'b' },
        { id: 'pick', prop: 'disabled', on: 'yes', off: false },
      ] },
    ]);
    expect(problems(p).filter((x) => x.includes('running'))).toEqual([
      'error callbacks[4].running[1].id: busy: running names no component "ghost"',
      expect.stringMatching(/^error callbacks\[4\]\.running\[2\]\.prop: busy: running: text "out" has no prop "colour"/),
      expect.stringMatching(/^error callbacks\[4\]\.running\[3\]\.on: busy: running pick\.disabled: "on" "yes" does not fit the prop/),
    ]);
  });
});
