import type { Problem } from '../schema/problems';
import type { Project } from '../schema/project';
import { refusedScriptMessage, scriptAllowed, scriptSource } from '../schema/externalSources';

/** An includeScript whose `src` (as the manifest sets it) is not in `settings.allowScripts`: the page would refuse to load it. */
export function checkScripts(project: Project): Problem[] {
  const problems: Problem[] = [];
  project.components.forEach((c, i) => {
    if (c.type !== 'includeScript' || typeof c.props.src !== 'string') return;
    const src = c.props.src;
    const kind = scriptSource(src).kind;
    if (kind === 'none' || scriptAllowed(src, project.settings?.allowScripts)) return;
    problems.push({
      path: `components[${i}].props.src`,
      code: 'script-not-allowed',
      message: `${c.id}: ${refusedScriptMessage(src)}${kind === 'refused' ? '' : ' (add it there to load it)'}`,
      severity: 'error',
      target: { kind: 'component', id: c.id },
    });
  });
  return problems;
}
