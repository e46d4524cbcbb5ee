// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { ContainerHostProvider } from '../slots';
import { componentFrame, mount } from '../testkit';

const frame = componentFrame();

describe('card', () => {
  it('shows its title over an empty body without a host', async () => {
    const { root } = await frame('card', { title: 'Sales' });
    expect(root.querySelector('.dw-card-title')!.textContent).toBe('Sales');
    expect(root.querySelector('[data-slot="body"]')!.textContent).toBe('');
  });

  it('draws slot "body" through the host', async () => {
    const m = await mount(
      <ContainerHostProvider value={{ renderSlot: (id, slot) => <i>{`${id}:${slot}`}</i> }}>
        <ComponentFrame id="k" type="card" props={builtinRegistry.withDefaults('card', {})} />
      </ContainerHostProvider>,
    );
    expect(m.container.querySelector('[data-slot="body"]')!.textContent).toBe('k:body');
    m.unmount();
  });
});
