import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { pagesOf } from '../../runtime/schema/pages';
import type { PageSpec } from '../../runtime/schema';
import { addPage } from '../actions/addPage';
import { deletePage, pageComponentIds } from '../actions/deletePage';
import { renamePage } from '../actions/renamePage';
import { setCurrentPage, useCurrentPage } from '../state/page';
import { useEditor } from '../state/store';

/** One page: its name and path, edited in place (committed on Enter or leaving the field), and delete. */
function PageRow({ page, only, current }: { page: PageSpec; only: boolean; current: boolean }) {
  const [name, setName] = useState(page.name);
  const [path, setPath] = useState(page.path);
  const [error, setError] = useState<string | null>(null);
  // An undo, or the other field's commit, brings the saved value back (each field apart, so typing in one survives the other's commit).
  useEffect(() => setName(page.name), [page.name]);
  useEffect(() => setPath(page.path), [page.path]);
  const count = useEditor((s) => pageComponentIds(s.project.components, page.path).size);
  const commit = (): void => {
    if (name === page.name && path === page.path) return;
    if (!path.startsWith('/')) return setError('A path starts with "/"');
    if (!renamePage(page.path, { name, path })) return setError(`Another page has ${path}`);
    setError(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setName(page.name);
      setPath(page.path);
      setError(null);
    }
  };
  return (
    <li className={`pages-row${current ? ' is-current' : ''}`} data-testid={`page-row-${page.path}`}>
      <button type="button" className="pages-row-go" title={`Show ${page.name} on the canvas`} onClick={() => setCurrentPage(page.path)} aria-label={`Show ${page.name}`} />
      <input className="pages-name" aria-label="Page name" value={name} onChange={(e) => setName(e.target.value)} onBlur={commit} onKeyDown={onKey} />
      <input className="pages-path" aria-label="Page path" value={path} spellCheck={false} onChange={(e) => setPath(e.target.value)} onBlur={commit} onKeyDown={onKey} />
      <button
        type="button"
        className="page-switch-button"
        disabled={only}
        title={only ? 'An app keeps at least one page' : `Delete ${page.name}${count ? ` and its ${count === 1 ? 'component' : `${count} components`}` : ''}`}
        aria-label={`Delete page ${page.name}`}
        onClick={() => deletePage(page.path)}
      >
        <Trash2 size={14} strokeWidth={1.75} aria-hidden />
      </button>
      {error && <p className="pages-error" role="alert">{error}</p>}
    </li>
  );
}

/** The pages list (from the page switch): every page's name and path, add and delete. */
export function PagesList({ onClose }: { onClose(): void }) {
  const pages = useEditor((s) => pagesOf(s.project));
  const hasPages = useEditor((s) => (s.project.pages?.length ?? 0) > 0);
  const current = useCurrentPage() ?? '/';
  return (
    <div className="pages-list" role="dialog" aria-label="Pages">
      <div className="pages-head">
        <span>Pages</span>
        <span className="pages-hint">A component without a page shows on every page</span>
      </div>
      <ul>
        {hasPages ? (
          pages.map((p, i) => <PageRow key={i} page={p} only={pages.length <= 1} current={p.path === current} />)
        ) : (
          <li className="pages-row pages-row-single">
            <span className="pages-name-static">Home</span>
            <span className="pages-path-static">/</span>
          </li>
        )}
      </ul>
      <button
        type="button"
        className="btn btn-ghost pages-add"
        onClick={() => {
          addPage();
          if (!hasPages) onClose();
        }}
      >
        <Plus size={14} strokeWidth={1.75} aria-hidden />
        <span>Add page</span>
      </button>
    </div>
  );
}
