import { FileText, Plus, Settings2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { pagesOf } from '../../runtime/schema/pages';
import { addPage } from '../actions/addPage';
import { setCurrentPage, useCurrentPage } from '../state/page';
import { useEditor } from '../state/store';
import { PagesList } from './PagesList';
import './pages.css';

/**
 * Over the canvas, left of the width switch: which page of the app the canvas shows and edits
 * (the preview follows it), a button that adds a page, and the pages list (rename, path, delete).
 * A project without pages shows its one page, "Home".
 */
export function PageSwitch() {
  const pages = useEditor((s) => pagesOf(s.project));
  const hasPages = useEditor((s) => (s.project.pages?.length ?? 0) > 0);
  const page = useCurrentPage() ?? '/';
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="page-switch" ref={root}>
      <label className="page-switch-select" title={`The page of the app the canvas and the preview show: ${page}`}>
        <FileText size={14} strokeWidth={1.75} aria-hidden />
        <select aria-label="Page" data-testid="page-switch" value={page} disabled={!hasPages} onChange={(e) => setCurrentPage(e.target.value)}>
          {pages.map((p) => (
            <option key={p.path} value={p.path} title={p.path}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="page-switch-button" title="Add a page" aria-label="Add page" data-testid="add-page" onClick={() => addPage()}>
        <Plus size={14} strokeWidth={1.75} aria-hidden />
      </button>
      <button
        type="button"
        className={`page-switch-button${open ? ' is-active' : ''}`}
        title="Pages: rename, change a path, delete"
        aria-label="Pages"
        aria-expanded={open}
        data-testid="pages-menu"
        onClick={() => setOpen(!open)}
      >
        <Settings2 size={14} strokeWidth={1.75} aria-hidden />
      </button>
      {open && <PagesList onClose={() => setOpen(false)} />}
    </div>
  );
}
