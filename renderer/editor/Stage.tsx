import { useEffect } from 'react';
import { Group, Panel, Separator, useGroupRef } from 'react-resizable-panels';
import { Canvas } from '../canvas/Canvas';
import { PreviewPane } from '../preview/PreviewPane';
import { useEditor } from '../state/store';
import { useBreakpoint } from '../state/breakpoint';
import { WidthSwitch } from '../canvas/WidthSwitch';
import { PreviewValuesToggle } from '../canvas/PreviewValuesToggle';
import { PageSwitch } from '../canvas/PageSwitch';
import type { ViewMode } from '../state/types';

// Panel ids become DOM ids: prefixed so they never clash with component ids on the canvas.
const CANVAS = 'dw-panel-canvas';
const PREVIEW = 'dw-panel-preview';
const LAYOUTS: Record<ViewMode, Record<string, number>> = {
  design: { [CANVAS]: 100, [PREVIEW]: 0 },
  split: { [CANVAS]: 50, [PREVIEW]: 50 },
  preview: { [CANVAS]: 0, [PREVIEW]: 100 },
};

/**
 * Canvas and preview side by side, under the width switch (desktop / tablet / phone) that both
 * follow. The preview stays mounted in every view (so it keeps the values the user set in it);
 * the view switch only resizes the two panes.
 */
export function Stage() {
  const view = useEditor((s) => s.session.view);
  const groupRef = useGroupRef();
  const breakpoint = useBreakpoint((s) => s.breakpoint);
  useEffect(() => {
    groupRef.current?.setLayout(LAYOUTS[view]);
  }, [view, groupRef]);
  return (
    <div className="stage-shell" data-width={breakpoint}>
    <div className="stage-bar">
      <PageSwitch />
      <WidthSwitch />
      {view !== 'preview' && <PreviewValuesToggle />}
    </div>
    <Group orientation="horizontal" groupRef={groupRef} id="dw-group-stage" className="stage" data-view={view} defaultLayout={LAYOUTS[view]}>
      <Panel id={CANVAS} minSize="15%" collapsible collapsedSize="0%" className="stage-canvas">
        {view !== 'preview' && <Canvas />}
      </Panel>
      <Separator className="sep sep-v stage-sep" disabled={view !== 'split'} />
      <Panel id={PREVIEW} minSize="15%" collapsible collapsedSize="0%" className="stage-preview">
        <PreviewPane visible={view !== 'design'} />
      </Panel>
    </Group>
    </div>
  );
}
