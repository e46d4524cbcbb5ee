import { CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import type { Problem } from '../../runtime/schema';
import { revealComponent } from '../canvas/reveal';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';
import { problemTarget } from './problemTarget';
import { fileAndLine, revealInCode } from '../actions/revealInCode';

function jump(problem: Problem): void {
  const s = editor();
  // A problem in a file (a type error, a compile error): the cursor goes to its line.
  const place = fileAndLine(problem.path, problem.line, problem.column);
  if (place && revealInCode(place.file, place.line, place.column)) return;
  const target = problemTarget(problem, s.project);
  if (!target) return;
  if (target.kind === 'component') {
    s.select([target.id]);
    if (s.session.view === 'preview') s.setView('split');
    revealComponent(target.id);
  } else if (target.kind === 'callback') {
    s.setActiveCallback(target.id);
    s.setBottomTab('callbacks');
  }
}

/** Validation results of the current document (refreshed shortly after each edit); click to jump. */
export function ProblemsList() {
  const problems = useEditor((s) => s.session.problems);
  if (problems.length === 0) {
    return (
      <div className="placeholder">
        <CircleCheck size={20} strokeWidth={1.5} aria-hidden />
        <p>No problems.</p>
      </div>
    );
  }
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((p, i) => {
        const Icon = p.severity === 'error' ? CircleAlert : TriangleAlert;
        return (
          <li key={`${p.path}-${p.code}-${i}`}>
            <button type="button" className={`problem problem-${p.severity}`} data-testid="problem-item" onClick={() => jump(p)}>
              <Icon size={14} aria-hidden className="problem-icon" />
              <span className="problem-message">{p.message}</span>
              <span className="problem-path">{p.path}</span>
              <span className="problem-code">{p.code}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
