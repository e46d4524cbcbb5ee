// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../../components/builtins';
import { defineComponent } from '../../components/define';
import { z } from 'zod';
import { createProjectComponentLoader } from '../projectComponents';
import { ComponentFrame, ComponentRegistryProvider } from '../../components/frame';
import { mount } from '../../components/testkit';

const gauge = defineComponent({
  type: 'gauge',
  label: 'Gauge',
  size: { w: 3, h: 3 },
  props: z.object({ value: z.number().default(7) }),
  inputs: ['value'],
  View: ({ props }) => <meter value={props.value} />,
});

describe('project components in the page', () => {
  it('loads each module once, adds it to the built-ins, and keeps the registry while the list is unchanged', async () => {
    const imported: string[] = [];
    const load = createProjectComponentLoader(builtinRegistry, async (url) => {
      imported.push(url);
      return { default: gauge };
    }, (url) => `http://app/${url}`);
    const refs = [{ type: 'gauge', url: '_dashwright/components/gauge.js?h=1' }];
    const registry = await load(refs);
    expect(registry.get('gauge')?.group).toBe('Project');
    expect(registry.get('slider')).toBeDefined();
    expect(registry.withDefaults('gauge', {})).toEqual({ value: 7 });
    expect(await load([...refs])).toBe(registry);
    expect(imported).toEqual(['http://app/_dashwright/components/gauge.js?h=1']);
    expect(await load(undefined)).toBe(builtinRegistry);
  });

  it('shows an error card for a module that fails to load, defines itself wrongly or did not compile', async () => {
    const load = createProjectComponentLoader(builtinRegistry, async (url) => {
      if (url.includes('broken')) throw new Error('Unexpected token');
      return { default: { ...gauge, type: 'other' } };
    }, (url) => url);
    const registry = await load([
      { type: 'broken', url: 'broken.js' },
      { type: 'named', url: 'named.js' },
      { type: 'syntax', error: 'components/syntax/index.tsx:3: Expected "}"' },
    ]);
    const texts: string[] = [];
    for (const type of ['broken', 'named', 'syntax']) {
      const mounted = await mount(
        <ComponentRegistryProvider value={registry}>
          <ComponentFrame id="x" type={type} props={{}} />
        </ComponentRegistryProvider>,
      );
      texts.push(mounted.container.querySelector('#x [role="alert"]')?.textContent ?? '');
      mounted.unmount();
    }
    expect(texts[0]).toMatch(/broken \(x\) cannot be shown.*could not be loaded: Unexpected token/);
    expect(texts[1]).toMatch(/must be the folder's name, "named"/);
    expect(texts[2]).toMatch(/index\.tsx:3: Expected "}"/);
  });
});

it('a view that throws shows an error card in its own cell', async () => {
  const throwing = defineComponent({ type: 'boom', label: 'Boom', size: { w: 2, h: 2 }, props: z.object({}), inputs: [], View: () => { throw new Error('kaboom'); } });
  const load = createProjectComponentLoader(builtinRegistry, async () => ({ default: throwing }), (url) => url);
  const registry = await load([{ type: 'boom', url: 'boom.js' }]);
  const quiet = console.error;
  console.error = () => {};
  try {
    const mounted = await mount(
      <ComponentRegistryProvider value={registry}>
        <ComponentFrame id="b" type="boom" props={{}} />
        <ComponentFrame id="s" type="text" props={registry.withDefaults('text', { text: 'still here' })} />
      </ComponentRegistryProvider>,
    );
    expect(mounted.container.querySelector('#b [role="alert"]')?.textContent).toMatch(/boom \(b\) failed to render.*kaboom/);
    expect(mounted.container.querySelector('#s')?.textContent).toBe('still here');
    mounted.unmount();
  } finally {
    console.error = quiet;
  }
});
