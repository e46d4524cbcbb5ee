// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { componentFrame, dispatch, mount } from '../testkit';
import { formatEventDate, sortedEvents } from './dates';

const frame = componentFrame();
const events = [
  { id: 'c', date: '2024-09-30', label: 'Audit' },
  { id: 'a', date: '2024-01-15', label: 'Kick-off' },
  { id: 'b', date: '2024-05-02', label: 'Pilot' },
];
const labels = (root: HTMLElement): string[] => [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');
const pressed = (root: HTMLElement): string[] => [...root.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.textContent ?? '');

describe('timeline', () => {
  it('one button per event, in date order, its text the label; the date shown beside it', async () => {
    const { root } = await frame('timeline', { events, selected: 'b' });
    expect(labels(root)).toEqual(['Kick-off', 'Pilot', 'Audit']);
    expect(pressed(root)).toEqual(['Pilot']);
    const dates = [...root.querySelectorAll('time')];
    expect(dates.map((t) => t.getAttribute('datetime'))).toEqual(['2024-01-15', '2024-05-02', '2024-09-30']);
    expect(dates[0]!.textContent).toBe(formatEventDate('2024-01-15'));
    expect(formatEventDate('2024-01-15')).toMatch(/2024/);
    // The date describes its button, so a screen reader says both.
    const first = root.querySelector('button')!;
    expect(root.querySelector(`#${first.getAttribute('aria-describedby')}`)).toBe(dates[0]);
  });

  it('a click selects; clicking the selected one sends nothing', async () => {
    const { root, setProp } = await frame('timeline', { events, selected: 'b' });
    await dispatch(root.querySelectorAll('button')[2]!, new MouseEvent('click', { bubbles: true }));
    expect(setProp).toHaveBeenCalledWith('selected', 'c');
    setProp.mockClear();
    await dispatch(root.querySelectorAll('button')[1]!, new MouseEvent('click', { bubbles: true }));
    expect(setProp).not.toHaveBeenCalled();
  });

  it('arrow keys move the selection and the focus; Home and End go to the ends; only the selected one is in the tab order', async () => {
    let current: Record<string, unknown> = { events, selected: 'a' };
    const setProp = vi.fn((prop: string, value: unknown) => {
      current = { ...current, [prop]: value };
    });
    const view = () => <ComponentFrame id="tl" type="timeline" props={builtinRegistry.withDefaults('timeline', current)} setProp={setProp} />;
    const mounted = await mount(view());
    const root = mounted.container.querySelector<HTMLElement>('#tl')!;
    const buttons = () => [...root.querySelectorAll('button')];
    expect(buttons().map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons()[0]!.focus();
    const key = async (k: string): Promise<void> => {
      await dispatch(document.activeElement!, new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await act(async () => mounted.root.render(view()));
    };
    await key('ArrowRight');
    expect(current.selected).toBe('b');
    expect(document.activeElement).toBe(buttons()[1]);
    expect(pressed(root)).toEqual(['Pilot']);
    expect(buttons().map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    await key('End');
    expect(current.selected).toBe('c');
    await key('ArrowRight');
    expect(current.selected).toBe('c');
    await key('ArrowLeft');
    expect(current.selected).toBe('b');
    await key('Home');
    expect(current.selected).toBe('a');
    expect(document.activeElement).toBe(buttons()[0]);
    mounted.unmount();
  });

  it('a selection set from a callback is scrolled into view when the events overflow', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `2024-01-${String(i + 1).padStart(2, '0')}`, label: `Event ${i}` }));
    const view = (selected: string) => <ComponentFrame id="tl" type="timeline" props={builtinRegistry.withDefaults('timeline', { events: many, selected })} />;
    const mounted = await mount(view('e0'));
    const scroller = mounted.container.querySelector<HTMLElement>('.dw-timeline-scroller')!;
    // happy-dom does no layout: give the scroller and the items their sizes.
    Object.defineProperty(scroller, 'clientWidth', { value: 400 });
    mounted.container.querySelectorAll<HTMLElement>('.dw-timeline-item').forEach((item, i) => {
      Object.defineProperty(item, 'offsetLeft', { value: 8 + i * 132 });
      Object.defineProperty(item, 'offsetWidth', { value: 132 });
    });
    await act(async () => mounted.root.render(view('e20')));
    // Event 20 spans 2648..2780: scrolled so its right edge (and a margin) is in the 400 px view.
    expect(scroller.scrollLeft).toBe(2780 - 400 + 16);
    await act(async () => mounted.root.render(view('e1')));
    expect(scroller.scrollLeft).toBe(140 - 16);
    await act(async () => mounted.root.render(view('e2')));
    expect(scroller.scrollLeft).toBe(124); // already in view: left alone
    mounted.unmount();
  });

  it('no events: says how to give some; design mode selects nothing', async () => {
    const empty = await frame('timeline', {});
    expect(empty.root.textContent).toContain('No events');
    const { root, setProp } = await frame('timeline', { events }, undefined, 'design');
    await dispatch(root.querySelector('button')!, new MouseEvent('click', { bubbles: true }));
    expect(setProp).not.toHaveBeenCalled();
  });

  it('sortedEvents: stable by date, unreadable dates last', () => {
    const sorted = sortedEvents([
      { id: 'x', date: 'someday', label: 'X' },
      { id: 'b', date: '2024-02-01', label: 'B' },
      { id: 'a', date: '2024-02-01T00:00:00Z', label: 'A' },
      { id: 'z', date: '2023-12-31', label: 'Z' },
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['z', 'b', 'a', 'x']);
  });
});
