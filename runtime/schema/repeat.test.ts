import { describe, expect, it } from 'vitest';
import type { ComponentInstance } from './project';
import { copyId, itemIndex, repeatCopies } from './repeat';

const at = (id: string, type: string, extra: Partial<ComponentInstance> = {}): ComponentInstance => ({ id, type, props: {}, grid: { x: 0, y: 0, w: 4, h: 2 }, ...extra });

describe('repeat copies', () => {
  const components = [
    at('list', 'repeat'),
    at('box', 'card', { parent: { id: 'list', slot: 'template' } }),
    at('name', 'text', { parent: { id: 'box', slot: 'body' }, pattern: { type: 'name' } }),
    at('go', 'button', { parent: { id: 'list', slot: 'template' }, pattern: { type: 'go' } }),
    at('outside', 'text'),
  ];

  it('copies each template child and what it holds per item, keyed by the item key or position', () => {
    const copies = repeatCopies(components, () => [{ key: 'a' }, { other: 1 }, { key: 'a' }, { key: 'x y' }]);
    expect(copies.map((c) => [c.id, c.parent, c.pattern])).toEqual([
      ['box-a', { id: 'list', slot: 'item:a' }, undefined],
      ['name-a', { id: 'box-a', slot: 'body' }, { type: 'name', index: 'a' }],
      ['go-a', { id: 'list', slot: 'item:a' }, { type: 'go', index: 'a' }],
      ['box-1', { id: 'list', slot: 'item:1' }, undefined],
      ['name-1', { id: 'box-1', slot: 'body' }, { type: 'name', index: 1 }],
      ['go-1', { id: 'list', slot: 'item:1' }, { type: 'go', index: 1 }],
      ['box-x_y', { id: 'list', slot: 'item:x y' }, undefined],
      ['name-x_y', { id: 'box-x_y', slot: 'body' }, { type: 'name', index: 'x y' }],
      ['go-x_y', { id: 'list', slot: 'item:x y' }, { type: 'go', index: 'x y' }],
    ]);
  });

  it('makes nothing of items that are not an array, and ids that stay valid', () => {
    expect(repeatCopies(components, () => 'nope')).toEqual([]);
    expect(itemIndex({ key: '' }, 3)).toBe(3);
    expect(copyId('card', 'a/b.c')).toBe('card-a_b_c');
  });
});
