import { Group, Panel, Separator } from 'react-resizable-panels';
import { BottomPanel } from '../bottom/BottomPanel';
import { useAutoValidate } from '../bottom/useAutoValidate';
import { useDataTypesRefresh } from '../file/useDataTypesRefresh';
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
  return (
    <div className="shell">
      <Toolbar />
      <TrustBanner />
      <Group orientation="vertical" className="shell-body" id="dw-group-shell">
        <Panel id="dw-panel-workbench" minSize="30%">
          <Group orientation="horizontal" id="dw-group-workbench">
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
