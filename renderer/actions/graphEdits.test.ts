import { beforeEach, describe, expect, it } from 'vitest';
import { doubleSource, helloProject, openHello } from '../test/fixture';
import { editor } from '../state/editorStore';
import type { DocSnapshot } from '../state/types';
import { addBinding, createCallbackFromGraph, newCallbackFor, removalProblem, removeBinding, withBinding, withCallback, withoutBinding } from './graphEdits';
import { commands } from './index';

const doc = (): DocSnapshot => ({ project: helloProject(), callbacks: { double: doubleSource }, components: {} });
const snapshot = () => ({ project: editor().project, callbacks: editor().callbacks });
const double = () => editor().project.callbacks.find((c) => c.id === 'double')!;

beforeEach(openHello);

describe('pure edits', () => {
  it('withBinding adds an input with a free `as` name, leaving the code alone', () => {
    const before = doc();
    const after = withBinding(before, 'double', 'inputs', { id: 'out', prop: 'text' });
    expect(after.project.callbacks[0]!.inputs).toEqual([
      { id: 'n', prop: 'value', as: 'n' },
      { id: 'out', prop: 'text', as: 'out' },
    ]);
    expect(after.callbacks).toBe(before.callbacks);
    // `n` is taken: the next input of n gets another name
    const again = withBinding(withBinding(before, 'double', 'inputs', { id: 'out', prop: 'text' }), 'double', 'state', { id: 'n', prop: 'max' });
    expect(again.project.callbacks[0]!.state).toEqual([{ id: 'n', prop: 'max', as: 'nMax' }]);
  });

  it('withBinding is a no-op for a prop already bound in that role or an unknown callback', () => {
    const before = doc();
    expect(withBinding(before, 'double', 'inputs', { id: 'n', prop: 'value' })).toBe(before);
    expect(withBinding(before, 'nope', 'inputs', { id: 'out', prop: 'text' })).toBe(before);
  });

  it('an input dropped again as state moves, keeping its name', () => {
    const after = withBinding(doc(), 'double', 'state', { id: 'n', prop: 'value' });
    expect(after.project.callbacks[0]!.inputs).toEqual([]);
    expect(after.project.callbacks[0]!.state).toEqual([{ id: 'n', prop: 'value', as: 'n' }]);
  });

  it('withBinding adds an output named by its prop', () => {
    const after = withBinding(doc(), 'double', 'outputs', { id: 'n', prop: 'label' });
    expect(after.project.callbacks[0]!.outputs).toEqual([
      { id: 'out', prop: 'text', as: 'text' },
      { id: 'n', prop: 'label', as: 'label' },
    ]);
  });

  it('withoutBinding removes one binding of one role', () => {
    const after = withoutBinding(doc(), 'double', 'inputs', 'n.value');
    expect(after.project.callbacks[0]!.inputs).toEqual([]);
    expect(after.project.callbacks[0]!.outputs).toHaveLength(1);
    const before = doc();
    expect(withoutBinding(before, 'double', 'state', 'n.value')).toBe(before);
  });

  it('a callback keeps its last output (the schema wants one)', () => {
    const before = doc();
    expect(removalProblem(before, 'double', 'outputs', 'out.text')).toMatch(/needs at least one output/);
    expect(withoutBinding(before, 'double', 'outputs', 'out.text')).toBe(before);
    const two = withBinding(before, 'double', 'outputs', { id: 'n', prop: 'label' });
    expect(removalProblem(two, 'double', 'outputs', 'out.text')).toBeNull();
    expect(withoutBinding(two, 'double', 'outputs', 'out.text').project.callbacks[0]!.outputs).toEqual([{ id: 'n', prop: 'label', as: 'label' }]);
  });

  it('withCallback appends the spec and its source', () => {
    const before = doc();
    const { spec, source } = newCallbackFor(before, { id: 'n', prop: 'value' }, { id: 'n', prop: 'label' });
    expect(spec).toEqual({ id: 'callback1', inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'n', prop: 'label', as: 'label' }], placement: 'server' });
    expect(source).toContain('export default function callback1({ n }');
    const after = withCallback(before, spec, source);
    expect(after.project.callbacks.map((c) => c.id)).toEqual(['double', 'callback1']);
    expect(after.callbacks.callback1).toBe(source);
    expect(withCallback(after, spec, source)).toBe(after);
  });
});

describe('commands: one named undo step each', () => {
  function expectOneStep(edit: () => unknown, name: RegExp): void {
    const before = snapshot();
    edit();
    expect(snapshot()).not.toEqual(before);
    const entry = editor().history.past.at(-1)!;
    expect(entry.name).toMatch(name);
    expect(editor().undo()).toBe(true);
    expect(snapshot()).toEqual(before);
  }

  it('add input', () => {
    expectOneStep(() => addBinding('double', 'inputs', { id: 'out', prop: 'text' }), /^Add input out\.text to double$/);
  });

  it('add output (a prop another callback writes is allowed: validation reports it)', () => {
    commands.addCallback({ id: 'other', inputs: [], state: [], outputs: [{ id: 'n', prop: 'label', as: 'label' }], placement: 'server' }, '');
    expectOneStep(() => addBinding('double', 'outputs', { id: 'n', prop: 'label' }), /^Add output n\.label to double$/);
    addBinding('double', 'outputs', { id: 'n', prop: 'label' });
    expect(double().outputs.map((b) => `${b.id}.${b.prop}`)).toEqual(['out.text', 'n.label']);
  });

  it('remove edge', () => {
    expectOneStep(() => removeBinding('double', 'inputs', 'n.value'), /^Remove input n\.value from double$/);
    expect(removeBinding('double', 'inputs', 'nope.value')).toBe(false);
  });

  it('create callback with an input and an output, made active', () => {
    const label = { id: 'n', prop: 'label' };
    expectOneStep(() => createCallbackFromGraph({ id: 'n', prop: 'value' }, label), /^New callback callback1: n\.value → n\.label$/);
    const id = createCallbackFromGraph({ id: 'n', prop: 'value' }, label);
    expect(id).toBe('callback1');
    expect(editor().session.activeCallbackId).toBe('callback1');
    expect(editor().callbacks.callback1).toContain('callback1');
    expect(editor().project.callbacks.at(-1)).toMatchObject({ inputs: [{ id: 'n', prop: 'value' }], outputs: [label] });
  });

  it('create a callback with only an output', () => {
    expectOneStep(() => createCallbackFromGraph(null, { id: 'n', prop: 'label' }), /^New callback callback1: n\.label$/);
  });

  it('removing the only output is refused, no undo step', () => {
    const steps = editor().history.past.length;
    expect(removeBinding('double', 'outputs', 'out.text')).toBe(false);
    expect(editor().history.past.length).toBe(steps);
  });
});
