import { beforeEach, describe, expect, it } from 'vitest';
import { editor } from '../state/editorStore';
import { openHello } from '../test/fixture';
import { addProjectComponent } from './newComponent';
import { fileAndLine, revealInCode } from './revealInCode';

describe('revealInCode', () => {
  beforeEach(() => openHello());

  it('reads the file and line a problem names', () => {
    expect(fileAndLine('components/gauge/index.tsx:29')).toEqual({ file: 'components/gauge/index.tsx', line: 29, column: 1 });
    expect(fileAndLine('callbacks/double.ts', 3, 7)).toEqual({ file: 'callbacks/double.ts', line: 3, column: 7 });
    expect(fileAndLine('components[2].grid.w')).toBeNull();
  });

  it("opens a callback's or a component's source and asks its editor for the line", () => {
    expect(revealInCode('callbacks/double.ts', 2, 3)).toBe(true);
    expect(editor().session.activeCallbackId).toBe('double');
    expect(editor().session.bottomTab).toBe('callbacks');
    expect(editor().session.codeReveal).toEqual({ file: 'callbacks/double.ts', line: 2, column: 3 });
    addProjectComponent('gauge');
    expect(revealInCode('components/gauge/index.tsx', 9)).toBe(true);
    expect(editor().session.activeComponentType).toBe('gauge');
    expect(revealInCode('callbacks/nope.ts', 1)).toBe(false);
  });
});
