// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { describe, expect, it } from 'vitest';
import { include, scripts } from './mountInclude';

describe('includeScript', () => {
  it('on demand: no script until load is set; then one script element, and loaded once it has run', async () => {
    const inc = await include({ src: 'https://cdn.example.com/w.js', when: 'demand' }, ['https://cdn.example.com/']);
    expect(scripts()).toHaveLength(0);
    await inc.set({ load: true });
    expect(scripts().map((s) => s.getAttribute('src'))).toEqual(['https://cdn.example.com/w.js']);
    // happy-dom (handleDisabledFileLoadingAsSuccess) fires the script's load event.
    expect(inc.props()).toMatchObject({ loaded: true, error: null });
    await inc.set({ load: false });
    await inc.set({ load: true });
    expect(scripts()).toHaveLength(1); // added once
  });

  it('a file of data/ is loaded from the data route when allowScripts names it', async () => {
    await include({ src: 'widgets/chart.js' }, ['widgets/chart.js']);
    expect(scripts()[0]!.getAttribute('src')).toBe('_dashwright/data/widgets/chart.js');
  });

  it('a source allowScripts does not list is refused with an error naming it, and no script is added', async () => {
    const inc = await include({ src: 'https://evil.example/x.js' }, ['https://cdn.example.com/']);
    expect(scripts()).toHaveLength(0);
    expect(inc.props().error).toBe('refused: "https://evil.example/x.js" is not listed in the project\'s settings.allowScripts');
    expect(inc.props().loaded).toBe(false);
  });

  it('never loads on the design canvas', async () => {
    const inc = await include({ src: 'https://cdn.example.com/w.js' }, ['https://cdn.example.com/w.js'], 'design');
    expect(scripts()).toHaveLength(0);
    expect(inc.setProp).not.toHaveBeenCalled();
  });
});
