import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHello } from '../test/fixture';
import { editor } from '../state/editorStore';
import { currentPage, setCurrentPage } from '../state/page';
import { addComponent } from './addComponent';
import { addPage } from './addPage';
import { renamePage } from './renamePage';
import { deletePage } from './deletePage';
import { setComponentPage } from './setComponentPage';
import { setPersistence } from './setPersistence';
import { setContainerCols } from './setContainerCols';
import { undo } from './undo';
import { copySelection } from './copy';
import { paste } from './paste';

const project = () => editor().project;
const get = (id: string) => project().components.find((c) => c.id === id);
const lastStep = () => editor().history.past.at(-1)?.name;

describe('page commands', () => {
  beforeEach(() => {
    openHello();
    editor().history.past.length = 0;
  });
  afterEach(() => setCurrentPage(undefined));

  it('add page: a project without pages gets "/" and the new one, its components stay on every page, and the canvas shows the new page', () => {
    expect(currentPage()).toBeUndefined();
    expect(addPage('Second page')).toBe('/second-page');
    expect(project().pages).toEqual([{ path: '/', name: 'Home' }, { path: '/second-page', name: 'Second page' }]);
    expect(lastStep()).toBe('Add page Second page');
    expect(currentPage()).toBe('/second-page');
    expect(get('n')?.page).toBeUndefined();
    expect(addPage()).toBe('/page-3');
    undo();
    expect(project().pages).toHaveLength(2);
    // The canvas's page went with the undo: it shows the first page.
    expect(currentPage()).toBe('/');
  });

  it('a component added or pasted lands on the canvas\'s page, at the top of that page\'s own grid', () => {
    addPage('Second page');
    const id = addComponent('text', { id: 'far' })!;
    expect(get(id)?.page).toBe('/second-page');
    // Hello's n and out are on every page (y 0): the new one goes below them, not below page one's.
    setCurrentPage('/');
    const home = addComponent('button', { id: 'home' })!;
    expect(get(home)?.page).toBe('/');
    expect(get(home)?.grid.y).toBe(get(id)?.grid.y);
    editor().select(['far']);
    copySelection();
    setCurrentPage('/');
    const [copy] = paste();
    expect(get(copy!)?.page).toBe('/');
  });

  it('the inspector\'s page, remember and columns fields are one named undo step each', () => {
    addPage('Second page');
    expect(setComponentPage(['n'], '/second-page')).toBe(true);
    expect(get('n')?.page).toBe('/second-page');
    expect(lastStep()).toBe('Put n on Second page');
    setComponentPage(['n'], undefined);
    expect(get('n')).not.toHaveProperty('page');
    expect(lastStep()).toBe('Put n on every page');
    setPersistence('n', 'local');
    expect(get('n')?.persistence).toBe('local');
    expect(lastStep()).toBe('n: values kept in this browser');
    setPersistence('n', undefined);
    expect(get('n')).not.toHaveProperty('persistence');
    addComponent('card', { id: 'card' });
    addComponent('text', { id: 'inner', parent: { id: 'card', slot: 'body' }, grid: { x: 6, y: 0, w: 6, h: 2 } });
    setContainerCols('card', 4);
    expect(get('card')?.cols).toBe(4);
    expect(lastStep()).toBe('card: 4 columns');
    // The child is laid out again inside the card's 4 columns.
    expect(get('inner')!.grid.x + get('inner')!.grid.w).toBeLessThanOrEqual(4);
    undo();
    expect(get('card')).not.toHaveProperty('cols');
  });

  it('rename page: name and path, components follow the path; a taken or bad path is refused', () => {
    addPage('Second page');
    addComponent('text', { id: 'far' });
    const link = addComponent('link', { id: 'to' })!;
    editor().commit('href', (doc) => ({ ...doc, project: { ...doc.project, components: doc.project.components.map((c) => (c.id === link ? { ...c, props: { ...c.props, href: '/second-page?x=1' } } : c)) } }));
    expect(renamePage('/second-page', { name: 'Sales', path: '/sales' })).toBe(true);
    expect(get('to')?.props.href).toBe('/sales?x=1');
    expect(project().pages?.[1]).toEqual({ path: '/sales', name: 'Sales' });
    expect(get('far')?.page).toBe('/sales');
    expect(currentPage()).toBe('/sales');
    expect(renamePage('/sales', { path: '/' })).toBe(false);
    expect(renamePage('/sales', { path: 'nope' })).toBe(false);
  });

  it('delete page takes its own components (not those on every page) in one step; the last page stays', () => {
    addPage('Second page');
    addComponent('card', { id: 'card' });
    addComponent('text', { id: 'inner', parent: { id: 'card', slot: 'body' } });
    expect(deletePage('/second-page')).toBe(true);
    expect(lastStep()).toBe('Delete page Second page and its 2 components');
    expect(get('card')).toBeUndefined();
    expect(get('inner')).toBeUndefined();
    expect(get('n')).toBeDefined();
    expect(currentPage()).toBe('/');
    expect(deletePage('/')).toBe(false);
    undo();
    expect(get('inner')).toBeDefined();
  });
});
