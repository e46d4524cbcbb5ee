// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountComponent, type Mounted } from '../testkit';
import { formatNumber, toneOf } from './format';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(props: Record<string, unknown>) {
  const result = await mountComponent('stat', props);
  mounted = result.mounted;
  return result.root;
}

describe('stat', () => {
  it("the root's text holds the label and the value formatted with d3-format", async () => {
    const root = await frame({ label: 'Revenue', value: 1234567.8, format: '$.3s' });
    expect(root.textContent).toContain('Revenue');
    expect(root.querySelector('.dw-stat-value')!.textContent).toBe('$1.23M');
    expect(root.textContent).toBe('Revenue$1.23M');
  });

  it('default format: thousands separators, up to two decimals; strings as they are; null as a dash', async () => {
    expect((await frame({ value: 1234.5 })).querySelector('.dw-stat-value')!.textContent).toBe('1,234.5');
    mounted!.unmount();
    expect((await frame({ value: 'n/a' })).querySelector('.dw-stat-value')!.textContent).toBe('n/a');
    mounted!.unmount();
    expect((await frame({ value: null })).querySelector('.dw-stat-value')!.textContent).toBe('—');
  });

  it('prefix and suffix around the value', async () => {
    const root = await frame({ label: 'Temp', value: 21.456, format: '.1f', suffix: '°C' });
    expect(root.querySelector('.dw-stat-value')!.textContent).toBe('21.5°C');
  });

  it('a rising delta: up arrow, green, formatted by deltaFormat; a falling one red', async () => {
    let root = await frame({ value: 10, delta: 0.125, deltaFormat: '+.1%', caption: 'vs last month' });
    let delta = root.querySelector('.dw-stat-delta')!;
    expect(delta.getAttribute('data-tone')).toBe('positive');
    expect(delta.textContent).toBe('▲Up +12.5%');
    expect(root.querySelector('.dw-stat-caption')!.textContent).toBe('vs last month');
    mounted!.unmount();
    root = await frame({ value: 10, delta: -3 });
    delta = root.querySelector('.dw-stat-delta')!;
    expect(delta.getAttribute('data-tone')).toBe('negative');
    expect(delta.textContent).toBe('▼Down −3');
  });

  it('trend forces the colour; no delta, no badge', async () => {
    const root = await frame({ value: 10, delta: 5, trend: 'down' });
    expect(root.querySelector('.dw-stat-delta')!.getAttribute('data-tone')).toBe('negative');
    mounted!.unmount();
    expect((await frame({ value: 10 })).querySelector('.dw-stat-delta')).toBeNull();
  });

  it('formatNumber survives a bad specifier; toneOf by sign', () => {
    expect(formatNumber(1234.5, 'not a format')).toBe('1,234.5');
    expect(formatNumber(0.5, '.0%')).toBe('50%');
    expect(formatNumber(Number.NaN, ',')).toBe('NaN');
    expect([toneOf(1, 'auto'), toneOf(-1, 'auto'), toneOf(0, 'auto'), toneOf(-1, 'up')]).toEqual(['positive', 'negative', 'neutral', 'positive']);
  });
});
