// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { componentFrame, dispatch, fire } from '../testkit';

const frame = componentFrame();

describe('dropdown', () => {
  it('dropdown: native select, placeholder when null, numeric values preserved', async () => {
    const { root, setProp } = await frame('dropdown', { options: ['a', { label: 'Two', value: 2 }], value: null, placeholder: 'Pick one' });
    const select = root.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Pick one', 'a', 'Two']);
    expect(select.value).toBe('');
    await fire(select, '2', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', 2);
    await fire(select, 'a', 'change');
    expect(setProp).toHaveBeenLastCalledWith('value', 'a');
  });
  it('dropdown: shows the current value without a placeholder', async () => {
    const { root } = await frame('dropdown', { options: [{ label: 'One', value: 1 }, { label: 'Two', value: 2 }], value: 2 });
    const select = root.querySelector('select')!;
    expect(select.options).toHaveLength(2);
    expect(select.value).toBe('2');
  });
});

describe('dropdown types', () => {
  it('types a multi dropdown\'s value as an array and a single one\'s as one value', async () => {
    const { builtinRegistry } = await import('../builtins');
    const info = builtinRegistry.catalog.get('dropdown')!;
    expect(info.propTsType('value', { multi: true })).toBe('Array<string | number>');
    expect(info.propTsType('value', {})).toBe('string | number | null');
    expect(info.propSchema('value', { multi: false })!.safeParse(['a']).success).toBe(false);
  });
});

describe('dropdown multi, search, clear', () => {
  it('multi: a select[multiple] whose chosen options make value an array; clear empties it', async () => {
    const { root, setProp } = await frame('dropdown', { options: ['a', 'b', { label: 'Three', value: 3 }], value: ['a', 3], multi: true });
    const select = root.querySelector<HTMLSelectElement>('select[multiple]')!;
    expect(select.options.item(0)!.selected).toBe(true);
    expect(select.options.item(1)!.selected).toBe(false);
    select.options.item(1)!.selected = true;
    await dispatch(select, new Event('change', { bubbles: true }));
    expect(setProp).toHaveBeenLastCalledWith('value', ['a', 'b', 3]);
    root.querySelector<HTMLButtonElement>('button.dw-clear')!.click();
    expect(setProp).toHaveBeenLastCalledWith('value', []);
  });

  it('searchable: typing narrows the options shown', async () => {
    const { root } = await frame('dropdown', { options: ['Apple', 'Banana', 'Cherry'], searchable: true });
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    const { act } = await import('react');
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(search, 'an');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const select = root.querySelector('select')!;
    const labels: string[] = [];
    for (let i = 0; i < select.options.length; i++) if (!select.options.item(i)!.hidden) labels.push(select.options.item(i)!.textContent!);
    expect(labels).toEqual(['Banana']);
  });
});
