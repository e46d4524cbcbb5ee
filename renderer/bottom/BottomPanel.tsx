import { Activity, ChevronDown, ChevronUp, CircleAlert, Code2, Database, Workflow } from 'lucide-react';
import type { ReactElement } from 'react';
import { DevTools } from '../devtools/DevTools';
import { usePreviewMessages } from '../devtools/usePreviewMessages';
import { GraphTab } from '../graph/GraphTab';
import { useEditor } from '../state/store';
import type { BottomTab } from '../state/types';
import { CallbacksHost } from './CallbacksHost';
import { DataTab } from './DataTab';
import { ProblemsList } from './ProblemsList';

const CONTENT: Record<BottomTab, () => ReactElement> = {
  callbacks: CallbacksHost,
  graph: GraphTab,
  problems: ProblemsList,
  devtools: DevTools,
  data: DataTab,
};

/** Tabs under the workbench: callbacks editor, wiring graph, problems, dev tools of the preview, data files. */
export function BottomPanel() {
  usePreviewMessages();
  const tab = useEditor((s) => s.session.bottomTab);
  const collapsed = useEditor((s) => s.session.bottomCollapsed);
  const problems = useEditor((s) => s.session.problems.length);
  const dataFiles = useEditor((s) => s.session.dataTypes.filter((f) => f.kind !== 'sql').length);
  const setTab = useEditor((s) => s.setBottomTab);
  const setCollapsed = useEditor((s) => s.setBottomCollapsed);

  const Content = CONTENT[tab];

  const tabButton = (id: BottomTab, label: string, icon: typeof Code2, count?: number) => {
    const Icon = icon;
    const active = tab === id;
    return (
      <button
        type="button"
        role="tab"
        aria-selected={active}
        data-testid={`tab-${id}`}
        className={`tab${active ? ' is-active' : ''}`}
        onClick={() => setTab(id)}
      >
        <Icon size={14} strokeWidth={1.75} aria-hidden />
        {label}
        {count ? <span className="count">{count}</span> : null}
      </button>
    );
  };

  return (
    <section className="bottom" aria-label="Bottom panel">
      <div className="tabs" role="tablist">
        {tabButton('callbacks', 'Callbacks', Code2)}
        {tabButton('graph', 'Graph', Workflow)}
        {tabButton('problems', 'Problems', CircleAlert, problems)}
        {tabButton('devtools', 'Dev tools', Activity)}
        {tabButton('data', 'Data', Database, dataFiles)}
        <span className="tabs-spacer" />
        <button type="button" className="btn btn-ghost btn-icon" title={collapsed ? 'Expand panel (Ctrl+J)' : 'Collapse panel (Ctrl+J)'} onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? <ChevronUp size={15} aria-hidden /> : <ChevronDown size={15} aria-hidden />}
        </button>
      </div>
      <div className="bottom-content" role="tabpanel" hidden={collapsed}>
        <Content />
      </div>
    </section>
  );
}
