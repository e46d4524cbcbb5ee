import { describe, expect, it } from 'vitest';
import { builtinComponents, builtinRegistry } from '../../runtime/components/builtins';
import { formatFieldValue, inspectorFields, parseFieldText, type InspectorField } from './fields';

const fieldsOf = (type: string) => {
  const model = builtinRegistry.get(type);
  if (!model) throw new Error(type);
  return inspectorFields(model);
};
const field = (type: string, prop: string): InspectorField => {
  const f = fieldsOf(type).find((x) => x.prop === prop);
  if (!f) throw new Error(`${type}.${prop}`);
  return f;
};

describe('inspector fields from schemas', () => {
  it('derives editors from the zod types', () => {
    expect(fieldsOf('slider').map((f) => [f.prop, f.kind])).toEqual([
      ['label', 'text'],
      ['min', 'number'],
      ['max', 'number'],
      ['step', 'number'],
      ['value', 'number'],
      ['updatemode', 'select'],
    ]);
    expect(field('input', 'inputType')).toMatchObject({ kind: 'select', options: ['text', 'number'] });
    expect(field('input', 'value')).toMatchObject({ kind: 'scalar', nullable: true, input: true });
    expect(field('dropdown', 'value')).toMatchObject({ kind: 'json', nullable: true, defaultValue: null });
    expect(field('button', 'clicks')).toMatchObject({ kind: 'number', input: true, help: expect.any(String) });
  });

  it('applies model hints: editor, label, hidden', () => {
    expect(field('markdown', 'source').kind).toBe('multiline');
    expect(field('dropdown', 'options').kind).toBe('json');
    expect(field('graph', 'figure').kind).toBe('json');
    expect(fieldsOf('graph').map((f) => f.prop)).toEqual(['figure']);
    expect(field('input', 'debounceMs').label).toBe('Debounce Ms');
  });

  it('gives every prop of every type a field unless hidden', () => {
    for (const model of builtinComponents) {
      const hidden = Object.entries(model.inspector ?? {}).filter(([, h]) => h?.hidden).map(([p]) => p);
      const props = Object.keys(model.props.shape).filter((p) => !hidden.includes(p));
      expect(inspectorFields(model).map((f) => f.prop)).toEqual(props);
    }
  });

  it('parses and validates what the user typed', () => {
    expect(parseFieldText(field('slider', 'max'), '12')).toEqual({ ok: true, value: 12 });
    expect(parseFieldText(field('slider', 'max'), 'abc')).toMatchObject({ ok: false });
    expect(parseFieldText(field('slider', 'step'), '-1')).toMatchObject({ ok: false });
    expect(parseFieldText(field('button', 'clicks'), '1.5')).toMatchObject({ ok: false });
    expect(parseFieldText(field('dropdown', 'value'), 'null')).toEqual({ ok: true, value: null });
    expect(parseFieldText(field('dropdown', 'value'), '3')).toEqual({ ok: true, value: 3 });
    expect(parseFieldText(field('dropdown', 'value'), '["a", 2]')).toEqual({ ok: true, value: ['a', 2] });
    expect(parseFieldText(field('input', 'value'), '')).toEqual({ ok: true, value: '' });
    expect(parseFieldText(field('input', 'inputType'), 'number')).toEqual({ ok: true, value: 'number' });
  });

  it('validates JSON fields with a message that says where', () => {
    const options = field('dropdown', 'options');
    expect(parseFieldText(options, '["a", {"label": "B", "value": 2}]')).toEqual({ ok: true, value: ['a', { label: 'B', value: 2 }] });
    const bad = parseFieldText(options, '[1');
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    const wrong = parseFieldText(options, '[{"label": "B"}]');
    expect(wrong).toMatchObject({ ok: false, error: expect.stringContaining('[0]') });
  });

  it('formats values for display', () => {
    expect(formatFieldValue(field('input', 'value'), null)).toBe('');
    expect(formatFieldValue(field('dropdown', 'value'), null)).toBe('null');
    expect(formatFieldValue(field('slider', 'value'), 4)).toBe('4');
    expect(formatFieldValue(field('dropdown', 'options'), ['a'])).toBe('[\n  "a"\n]');
  });
});
