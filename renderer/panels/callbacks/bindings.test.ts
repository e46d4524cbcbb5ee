import { describe, expect, it } from 'vitest';
import type { CallbackSpec, Project } from '../../../runtime/schema';
import { asError, bindingOptions, callbackIdError, defaultAs, emptyCallback, newBinding, nextCallbackId } from './bindings';

const project: Project = {
  format: 'dashwright',
  version: 1,
  name: 'T',
  layout: { cols: 12, rowHeight: 40 },
  components: [
    { id: 'n', type: 'slider', props: {}, grid: { x: 0, y: 0, w: 4, h: 2 } },
    { id: 'out', type: 'text', props: {}, grid: { x: 4, y: 0, w: 4, h: 2 } },
    { id: 'go', type: 'button', props: {}, grid: { x: 8, y: 0, w: 2, h: 2 } },
  ],
  values: [{ id: 'rows' }],
  callbacks: [
    { id: 'callback1', inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'out', prop: 'text', as: 'text' }], placement: 'server' },
  ],
};

const keys = (spec: CallbackSpec, role: 'inputs' | 'state' | 'outputs') => bindingOptions(project, spec, role).map((o) => o.key);

describe('bindingOptions', () => {
  it('offers only input props and named values as inputs', () => {
    expect(keys(emptyCallback('x'), 'inputs')).toEqual(['n.value', 'n.dragValue', 'go.clicks', 'rows.value']);
  });

  it('offers every prop as an output and marks props another callback writes', () => {
    const options = bindingOptions(project, emptyCallback('x'), 'outputs');
    expect(options.map((o) => o.key)).toContain('n.max');
    expect(options.map((o) => o.key)).toContain('go.label');
    expect(options.find((o) => o.key === 'out.text')?.disabledReason).toBe('set by callback1');
    expect(bindingOptions(project, project.callbacks[0], 'outputs').some((o) => o.key === 'out.text')).toBe(false);
  });

  it('leaves out what the callback already binds in that role', () => {
    expect(keys(project.callbacks[0], 'inputs')).toEqual(['n.dragValue', 'go.clicks', 'rows.value']);
  });
});

describe('names', () => {
  it('names inputs after the component and outputs after the prop, avoiding clashes', () => {
    expect(defaultAs('inputs', 'year', 'value', new Set())).toBe('year');
    expect(defaultAs('inputs', 'my-slider', 'value', new Set())).toBe('mySlider');
    expect(defaultAs('outputs', 'chart', 'figure', new Set())).toBe('figure');
    expect(defaultAs('outputs', 'summary', 'text', new Set(['text']))).toBe('summary');
    expect(newBinding(project.callbacks[0], 'state', { id: 'n', prop: 'value' })).toEqual({ id: 'n', prop: 'value', as: 'nValue' });
  });

  it('checks `as` names', () => {
    const spec = { ...project.callbacks[0], state: [{ id: 'go', prop: 'clicks', as: 'clicks' }] };
    expect(asError(spec, 'state', 0, 'n')).toMatch(/already used/);
    expect(asError(spec, 'state', 0, '1x')).toMatch(/identifier/);
    expect(asError(spec, 'state', 0, 'clicks2')).toBeNull();
    expect(asError(spec, 'outputs', 0, 'n')).toBeNull();
  });

  it('numbers new callbacks and checks ids', () => {
    expect(nextCallbackId(project)).toBe('callback2');
    expect(callbackIdError(project, 'out')).toMatch(/already used/);
    expect(callbackIdError(project, 'callback1', 'callback1')).toBeNull();
    expect(callbackIdError(project, '9x')).toMatch(/letter/);
  });
});

describe('pattern bindings in the picker', () => {
  const withPatterns: Project = {
    ...project,
    components: [
      ...project.components,
      { id: 'btn-a', type: 'button', props: {}, pattern: { type: 'btn', index: 'a' }, grid: { x: 0, y: 2, w: 2, h: 1 } },
      { id: 'btn-b', type: 'button', props: {}, pattern: { type: 'btn', index: 'b' }, grid: { x: 2, y: 2, w: 2, h: 1 } },
    ],
  };

  it('offers MATCH and ALL of a pattern type once (not per component), ALLSMALLER only to read as state', () => {
    const inputs = bindingOptions(withPatterns, emptyCallback('x'), 'inputs').map((o) => o.key);
    expect(inputs.filter((k) => k.startsWith('btn['))).toEqual(['btn[MATCH].clicks', 'btn[ALL].clicks']);
    expect(bindingOptions(withPatterns, emptyCallback('x'), 'state').map((o) => o.key)).toContain('btn[ALLSMALLER].clicks');
    expect(bindingOptions(withPatterns, emptyCallback('x'), 'outputs').map((o) => o.key)).not.toContain('btn[ALLSMALLER].clicks');
  });

  it('makes a pattern binding with a plural name for ALL', () => {
    const option = bindingOptions(withPatterns, emptyCallback('x'), 'inputs').find((o) => o.key === 'btn[ALL].clicks')!;
    expect(newBinding(emptyCallback('x'), 'inputs', option)).toEqual({ id: 'btn[ALL]', pattern: { type: 'btn', index: 'ALL' }, prop: 'clicks', as: 'btns' });
  });
});
