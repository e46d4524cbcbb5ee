// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, flush, mountComponent, type Mounted } from '../testkit';
import { accepts, formatBytes } from './view';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent('upload', props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp, input: result.root.querySelector<HTMLInputElement>('input[type=file]')! };
}

const csv = 'a,b\n1,2\n';
const csvFile = (name = 'rows.csv', text = csv, type = 'text/csv'): File => new File([text], name, { type, lastModified: 1_700_000_000_000 });

/** Picks files the way a browser test's setInputFiles does: sets input.files, fires change. */
async function pick(input: HTMLInputElement, files: File[]): Promise<void> {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await dispatch(input, new Event('change', { bubbles: true }));
  await waitFor(() => input.getAttribute('aria-busy') === null);
}

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) await flush();
}

/** `files` set by the first setProp('files', …) call, once the reading is done. */
async function filesSet(setProp: ReturnType<typeof vi.fn>): Promise<Array<Record<string, unknown>>> {
  await waitFor(() => setProp.mock.calls.some(([p]) => p === 'files'));
  return setProp.mock.calls.find(([p]) => p === 'files')![1] as Array<Record<string, unknown>>;
}

describe('upload', () => {
  it('an input[type=file] in a drop zone, with accept and multiple; the prompt and limits shown', async () => {
    const { root, input } = await frame({ accept: '.csv,text/csv', multiple: true, label: 'Data file', maxSize: 2_000_000 });
    expect(input.accept).toBe('.csv,text/csv');
    expect(input.multiple).toBe(true);
    expect(input.closest('.dw-upload-zone')).not.toBeNull();
    expect(root.querySelector('label')!.textContent).toBe('Data file');
    expect(root.querySelector('label')!.htmlFor).toBe(input.id);
    expect(root.textContent).toContain('Drop a file here or click to browse');
    expect(root.textContent).toContain('.csv, text/csv · up to 2.0 MB');
    expect(input.tabIndex).not.toBe(-1);
  });

  it('picking a file sets files: name, size, type, lastModified and its data URL', async () => {
    const { input, setProp } = await frame();
    await pick(input, [csvFile()]);
    const files = await filesSet(setProp);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: 'rows.csv', size: csv.length, type: 'text/csv', lastModified: 1_700_000_000_000 });
    const url = files[0]!.dataUrl as string;
    expect(url).toMatch(/^data:text\/csv;base64,/);
    expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(csv);
  });

  it('shows the chosen files with their sizes; removing one sets files without it', async () => {
    const files = [
      { name: 'a.csv', size: 1200, type: 'text/csv', lastModified: 1, dataUrl: 'data:text/csv;base64,YQ==' },
      { name: 'b.csv', size: 10, type: 'text/csv', lastModified: 2, dataUrl: 'data:text/csv;base64,Yg==' },
    ];
    const { root, setProp } = await frame({ files, multiple: true });
    const items = [...root.querySelectorAll('.dw-upload-file')].map((li) => li.textContent);
    expect(items[0]).toContain('a.csv');
    expect(items[0]).toContain('1.2 KB');
    expect(items[1]).toContain('10 B');
    await dispatch(root.querySelector('button[aria-label="Remove a.csv"]')!, new MouseEvent('click', { bubbles: true }));
    expect(setProp).toHaveBeenCalledWith('files', [files[1]]);
  });

  it('a file over maxSize is refused with a message; the others are still taken', async () => {
    const { root, input, setProp } = await frame({ maxSize: 5, multiple: true });
    await pick(input, [csvFile('big.csv', 'a,b,c,d\n'), csvFile('ok.csv', 'a\n')]);
    expect((await filesSet(setProp)).map((f) => f.name)).toEqual(['ok.csv']);
    expect(root.querySelector('[role=alert]')!.textContent).toBe('big.csv is 8 B, over the 5 B limit');
  });

  it('without multiple, one file is taken; a type accept does not list is refused', async () => {
    const { root, input, setProp } = await frame({ accept: '.csv' });
    await pick(input, [csvFile('notes.txt', 'x', 'text/plain')]);
    expect(setProp).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alert]')!.textContent).toContain('notes.txt is not an accepted file type (.csv)');
    await pick(input, [csvFile('one.csv'), csvFile('two.csv')]);
    expect((await filesSet(setProp)).map((f) => f.name)).toEqual(['one.csv']);
    expect(root.querySelector('[role=alert]')!.textContent).toContain('One file at a time: took one.csv');
  });

  it('files dropped on the zone are taken like picked ones', async () => {
    const { root, setProp } = await frame();
    const zone = root.querySelector('.dw-upload-zone')!;
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    await dispatch(zone, over);
    expect(over.defaultPrevented).toBe(true);
    expect(zone.getAttribute('data-dragging')).toBe('true');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [csvFile('dropped.csv')] } });
    await dispatch(zone, drop);
    expect(drop.defaultPrevented).toBe(true);
    expect((await filesSet(setProp)).map((f) => f.name)).toEqual(['dropped.csv']);
    expect(zone.getAttribute('data-dragging')).toBeNull();
  });

  it('disabled: the input is disabled and drops are ignored; in design mode the input is out of the tab order', async () => {
    const { root, input, setProp } = await frame({ disabled: true });
    expect(input.disabled).toBe(true);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [csvFile()] } });
    await dispatch(root.querySelector('.dw-upload-zone')!, drop);
    await flush();
    expect(drop.defaultPrevented).toBe(true);
    expect(setProp).not.toHaveBeenCalled();
    mounted!.unmount();
    const design = await frame({}, vi.fn(), 'design');
    expect(design.input.tabIndex).toBe(-1);
  });

  it('accepts() and formatBytes()', () => {
    expect(accepts('image/*', { name: 'a.png', type: 'image/png' })).toBe(true);
    expect(accepts('image/*', { name: 'a.csv', type: 'text/csv' })).toBe(false);
    expect(accepts(' .CSV , .tsv', { name: 'A.csv', type: '' })).toBe(true);
    expect(accepts('', { name: 'x', type: '' })).toBe(true);
    expect([formatBytes(999), formatBytes(1000), formatBytes(123_456_789)]).toEqual(['999 B', '1.0 KB', '123 MB']);
  });
});
