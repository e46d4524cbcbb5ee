import { useMemo, type MouseEvent, type ReactElement } from 'react';
import { Marked, type Tokens } from 'marked';
import type { ViewProps } from '../define';
import type { MarkdownProps } from './props';
import { isAppHref, useNavigation } from '../navigation';
import { isPlainClick } from '../link/view';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

function safeHref(href: string): string | null {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  return scheme && !['http', 'https', 'mailto'].includes(scheme) ? null : href;
}

/** A Marked instance that shows raw HTML as text and drops script-like link targets. */
function createMarkdown(): Marked {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(text);
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const inner = this.parser.parseInline(tokens);
        const safe = safeHref(href);
        if (safe === null) return inner;
        const t = title ? ` title="${escapeHtml(title)}"` : '';
        // A page of the app ("/sales", "sales") opens in place, without a reload (the view handles the click).
        if (isAppHref(safe) && !safe.startsWith('#')) return `<a href="${escapeHtml(safe)}"${t} data-dw-app-link="true">${inner}</a>`;
        return `<a href="${escapeHtml(safe)}"${t} target="_blank" rel="noopener noreferrer">${inner}</a>`;
      },
      image({ href, title, text }: Tokens.Image): string {
        const safe = safeHref(href);
        if (safe === null) return escapeHtml(text);
        const t = title ? ` title="${escapeHtml(title)}"` : '';
        return `<img src="${escapeHtml(safe)}" alt="${escapeHtml(text)}"${t}>`;
      },
    },
  });
  return marked;
}

let shared: Marked | undefined;

/** Markdown to HTML with raw HTML escaped, so the source can never inject markup. */
export function renderMarkdown(source: string): string {
  shared ??= createMarkdown();
  return shared.parse(source, { async: false });
}

export function MarkdownView({ props, mode }: ViewProps<MarkdownProps>): ReactElement {
  const source = props.source;
  const html = useMemo(() => renderMarkdown(source), [source]);
  const navigation = useNavigation();
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const link = (e.target as Element).closest?.('a[data-dw-app-link]');
    const href = link?.getAttribute('href');
    if (!href || mode !== 'app' || !isPlainClick(e)) return;
    e.preventDefault();
    navigation.navigate(href);
  };
  return <div className="dw-markdown" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
