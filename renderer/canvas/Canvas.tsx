import { type PointerEvent } from 'react';
import { useContainerWidth } from 'react-grid-layout';
import { breakpointWidths } from '../../runtime/schema/breakpoints';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';
import { useBreakpoint } from '../state/breakpoint';
import { CanvasEmpty } from './CanvasEmpty';
import { isOnPage } from '../../runtime/schema/pages';
import { pageOf, usePageStore } from '../state/page';
import { CanvasContainerHost } from './CanvasHost';
import { SlotGrid } from './SlotGrid';
import { canvasWidthOf } from './WidthSwitch';
import { PAGE_PADDING } from './dropTarget';
import './containers.css';


/**
 * The design canvas: the page's grid (react-grid-layout) on the breakpoint of the width switch,
 * containers drawing their slots as nested grids. Moves and resizes are committed once, on
 * release, as one undoable command; palette drops add a component to the grid they land on.
 */
export function Canvas() {
  const chosenPage = usePageStore((s) => s.page);
  // Empty: nothing at all, or nothing on the canvas's page (a new page).
  const empty = useEditor((s) => {
    const page = pageOf(s.project, chosenPage);
    return !s.project.components.some((c) => !c.parent && isOnPage(c, page));
  });
  const bp = useBreakpoint((s) => s.breakpoint);
  const widths = useEditor((s) => s.project.layout.breakpoints);
  const target = canvasWidthOf(bp, breakpointWidths({ cols: 12, rowHeight: 40, ...(widths ? { breakpoints: widths } : {}) }));
  const { width, containerRef, mounted } = useContainerWidth({ initialWidth: 960 });
  // Cards in the project's theme mode; without one they follow the editor's (as the preview does).
  const mode = useEditor((s) => s.project.theme?.mode);
  const editorTheme = useEditor((s) => s.session.theme);
  const dark = mode === 'dark' || (mode !== 'light' && editorTheme === 'dark');
  const gridWidth = target === null ? width : Math.min(width, target);

  const onBackgroundPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const el = e.target as HTMLElement;
    if (!el.closest('.react-grid-item') && !e.shiftKey) editor().select([]);
  };

  return (
    <div className="canvas-scroller" data-testid="canvas" data-breakpoint={bp} data-dw-theme={dark ? 'dark' : undefined} onPointerDown={onBackgroundPointerDown}>
      <div className="canvas-frame" ref={containerRef}>
        {mounted && (
          <CanvasContainerHost>
            <SlotGrid parent={null} width={gridWidth} padding={PAGE_PADDING} className={`canvas-grid${target === null ? '' : ' is-narrow'}`} style={target === null ? undefined : { width: gridWidth }} />
          </CanvasContainerHost>
        )}
      </div>
      {empty && <CanvasEmpty />}
    </div>
  );
}
