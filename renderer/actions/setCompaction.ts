import { AlignVerticalJustifyStart, Move } from 'lucide-react';
import { compactionOf, type Compaction } from '../../runtime/schema/layoutResolve';
import { editor } from '../state/editorStore';
import { resolveDocLayout } from '../state/layoutOps';
import { defineAction, hasProject } from './types';

/**
 * Choose how the grid settles: "vertical" (items float up) or "none" (items stay where they are
 * put). Switching to vertical compacts the layout as the canvas then shows it, in the same step.
 */
export function setCompaction(compaction: Compaction): boolean {
  return editor().commit(compaction === 'vertical' ? 'Compact layout vertically' : 'Keep items where they are put', (doc) => {
    if (compactionOf(doc.project.settings) === compaction) return doc;
    const settings = { ...doc.project.settings, compaction };
    return resolveDocLayout({ ...doc, project: { ...doc.project, settings } });
  });
}

const current = (s: Parameters<typeof hasProject>[0]): Compaction => compactionOf(s.project.settings);

export const compactVerticalAction = defineAction({
  name: 'layout.compactVertical',
  label: 'Layout: compact vertically (items float up)',
  group: 'Edit',
  icon: AlignVerticalJustifyStart,
  enabled: (s) => hasProject(s) && current(s) !== 'vertical',
  run: () => setCompaction('vertical'),
});

export const compactNoneAction = defineAction({
  name: 'layout.compactNone',
  label: 'Layout: no compaction (items stay where they are put)',
  group: 'Edit',
  icon: Move,
  enabled: (s) => hasProject(s) && current(s) !== 'none',
  run: () => setCompaction('none'),
});
