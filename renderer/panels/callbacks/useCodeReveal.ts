import type * as MonacoNs from 'monaco-editor';
import { useEffect } from 'react';
import { editor as editorState, useEditor } from '../../state/store';

/** Applies the session's code reveal when it names this editor's file: cursor on the line, line in view, focus. */
export function useCodeReveal(instance: MonacoNs.editor.IStandaloneCodeEditor | null, file: string): void {
  const reveal = useEditor((s) => s.session.codeReveal);
  useEffect(() => {
    if (!instance || !reveal || reveal.file !== file) return;
    const model = instance.getModel();
    const lineNumber = Math.min(reveal.line, model?.getLineCount() ?? reveal.line);
    instance.setPosition({ lineNumber, column: reveal.column });
    instance.revealLineInCenter(lineNumber);
    instance.focus();
    editorState().setCodeReveal(null);
  }, [instance, reveal, file]);
}
