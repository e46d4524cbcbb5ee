import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { panelStorage } from '../state/preferences';
import { BottomPanel } from '../bottom/BottomPanel';
import { useAutoValidate } from '../bottom/useAutoValidate';
import { useDataTypesRefresh } from '../file/useDataTypesRefresh';
import { useFileDrop } from '../file/useFileDrop';
import { Inspector } from '../inspector/Inspector';
import { Sidebar } from '../palette/Sidebar';
import { TrustBanner } from '../trust/TrustBanner';
import { Stage } from './Stage';
import { Toolbar } from './Toolbar';
import { useBottomPanel } from './useBottomPanel';
import { usePreviewFocus } from './usePreviewFocus';

/**
 * The editor layout (see DESIGN.md §6 wireframe): toolbar; palette | stage | inspector;
 * and the bottom panel across the full width. Every boundary is draggable.
 */
export function EditorShell() {
  useAutoValidate();
  useDataTypesRefresh();
  const bottom = useBottomPanel();
  const sides = usePreviewFocus();
  const dropping = useFileDrop();
  // Panel sizes the user dragged come back on the next run.
  const shellLayout = useDefaultLayout({ id: 'dw-group-shell', storage: panelStorage, onlySaveAfterUserInteractions: true });
  const workbenchLayout = useDefaultLayout({ id: 'dw-group-workbench', storage: panelStorage, onlySaveAfterUserInteractions: true });
  return (
    <div className="shell">
      {dropping && (
        <div className="file-drop-overlay" data-testid="file-drop-overlay" aria-hidden>
          <span>Drop to add the files to data/</span>
        </div>
      )}
      <Toolbar />
      <TrustBanner />
      <Group orientation="vertical" className="shell-body" id="dw-group-shell" defaultLayout={shellLayout.defaultLayout} onLayoutChanged={shellLayout.onLayoutChanged}>
        <Panel id="dw-panel-workbench" minSize="30%">
          <Group orientation="horizontal" id="dw-group-workbench" defaultLayout={workbenchLayout.defaultLayout} onLayoutChanged={workbenchLayout.onLayoutChanged}>
            <Panel id="dw-panel-sidebar" defaultSize="256px" minSize="180px" maxSize="40%" collapsible collapsedSize="0px" panelRef={sides.sidebar} className="pane pane-left">
              <Sidebar />
            </Panel>
            <Separator className="sep sep-v" />
            <Panel id="dw-panel-stage" minSize="20%">
              <Stage />
            </Panel>
            <Separator className="sep sep-v" />
            <Panel id="dw-panel-inspector" defaultSize="280px" minSize="200px" maxSize="50%" collapsible collapsedSize="0px" panelRef={sides.inspector} className="pane pane-right">
              <Inspector />
            </Panel>
          </Group>
        </Panel>
        <Separator className="sep sep-h" />
        <Panel id="dw-panel-bottom" defaultSize="240px" minSize="120px" maxSize="80%" collapsible collapsedSize="33px" panelRef={bottom.ref} onResize={bottom.onResize} className="pane pane-bottom">
          <BottomPanel />
        </Panel>
      </Group>
    </div>
  );
}
