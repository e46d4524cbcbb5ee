import Editor from '@monaco-editor/react';
import type * as MonacoNs from 'monaco-editor';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { editor as editorState, selectCallbacks, selectProject, setCallbackSource, useEditor } from '../../state/store';
import { refreshDataTypes } from '../../actions/importDataFiles';
import { setCodeRenamer } from '../../actions/renameArgument';
import { sqlQueriesIn } from '../../../runtime/graph/sqlQueries';
import { modelPath, refreshWiringMarkers, syncCallbackModels } from './callbackModels';
import { renameArgumentInCode } from './codeRename';
import { EDITOR_OPTIONS, EDITOR_THEMES, setupMonaco } from './monacoSetup';
import { useCodeReveal } from './useCodeReveal';

const monaco = setupMonaco();

/** How long typing waits before the source goes to the store (DESIGN: ≤ 100 ms). */
const PUSH_DELAY_MS = 40;
/** How long after a change the wiring check runs again. */
const CHECK_DELAY_MS = 250;
/** How long after a query changes its type is asked for (the host binds it with DuckDB). */
const SQL_TYPES_DELAY_MS = 600;

export interface CallbackEditorProps {
  callbackId: string;
}

/**
 * Monaco on `file:///callbacks/<id>.ts`, checked against the callback's generated types.
 * Typing goes to the store (setCallbackSource) within 100 ms; store changes (undo, rename,
 * reload) come back into the model unless the user is mid-edit.
 */
export default function CallbackEditor({ callbackId }: CallbackEditorProps) {
  const project = useEditor(selectProject);
  const sources = useEditor(selectCallbacks);
  const dataTypes = useEditor((s) => s.session.dataTypes);
  const theme = useEditor((s) => s.session.theme);
  const [editor, setEditor] = useState<MonacoNs.editor.IStandaloneCodeEditor | null>(null);
  const pending = useRef(new Map<string, { text: string; timer: ReturnType<typeof setTimeout> }>());
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const path = modelPath(callbackId);
  useCodeReveal(editor, `callbacks/${callbackId}.ts`);

  const flush = useCallback((id: string) => {
    const edit = pending.current.get(id);
    if (!edit) return;
    clearTimeout(edit.timer);
    pending.current.delete(id);
    // A callback renamed or deleted meanwhile keeps its old source: do not resurrect the id.
    if (editorState().project.callbacks.some((c) => c.id === id)) setCallbackSource(id, edit.text);
  }, []);

  const scheduleCheck = useCallback(() => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    checkTimer.current = setTimeout(() => {
      const model = monaco.editor.getModel(monaco.Uri.parse(path));
      if (model) void refreshWiringMarkers(monaco, model, callbackId);
    }, CHECK_DELAY_MS);
  }, [path, callbackId]);

  // A literal ctx.data.sql query added or changed: its result columns are typed by the host (DuckDB binds it).
  const queries = useMemo(() => sqlQueriesIn(Object.values(sources)).join('\0'), [sources]);
  useEffect(() => {
    if (!queries) return;
    const timer = setTimeout(() => void refreshDataTypes().catch(() => undefined), SQL_TYPES_DELAY_MS);
    return () => clearTimeout(timer);
  }, [queries]);

  // Models and generated types follow the project.
  useEffect(() => {
    const libsChanged = syncCallbackModels(monaco, project, sources, new Set(pending.current.keys()), path, dataTypes);
    if (libsChanged) scheduleCheck();
  }, [project, sources, path, scheduleCheck, dataTypes]);

  // A newly shown callback: check it now; leaving it: push what was typed.
  useEffect(() => {
    scheduleCheck();
    return () => flush(callbackId);
  }, [callbackId, flush, scheduleCheck]);

  const flushAll = useCallback(() => {
    for (const id of [...pending.current.keys()]) flush(id);
  }, [flush]);

  // Renaming an argument in the wiring renames it in the code too (typing not yet pushed goes first).
  useEffect(() => {
    setCodeRenamer((id, from, to) => {
      flush(id);
      return renameArgumentInCode(monaco, id, from, to);
    });
    return () => setCodeRenamer(null);
  }, [flush]);

  useEffect(() => {
    if (!editor) return;
    const blur = editor.onDidBlurEditorText(flushAll);
    const libs = monaco.typescript.typescriptDefaults.onDidExtraLibsChange(() => scheduleCheck());
    return () => {
      blur.dispose();
      libs.dispose();
    };
  }, [editor, flushAll, scheduleCheck]);

  useEffect(
    () => () => {
      if (checkTimer.current) clearTimeout(checkTimer.current);
    },
    [],
  );

  const onChange = useCallback(
    (value: string | undefined) => {
      const model = editor?.getModel();
      // Only the model on screen reports changes; ignore programmatic syncs from the store.
      if (value === undefined || !model || model.uri.toString() !== path) return;
      if (value === editorState().callbacks[callbackId] && !pending.current.has(callbackId)) return;
      const previous = pending.current.get(callbackId);
      if (previous) clearTimeout(previous.timer);
      const timer = setTimeout(() => flush(callbackId), PUSH_DELAY_MS);
      pending.current.set(callbackId, { text: value, timer });
      scheduleCheck();
    },
    [editor, path, callbackId, flush, scheduleCheck],
  );

  return (
    <div
      className="dw-cb-editor"
      data-testid="callback-editor"
      data-callback-id={callbackId}
      // Shortcuts (save, run…) see what was typed: push it before their handlers run.
      onKeyDownCapture={(e) => {
        if (e.ctrlKey || e.metaKey) flushAll();
      }}
    >
      <Editor
        path={path}
        defaultLanguage="typescript"
        defaultValue={sources[callbackId] ?? ''}
        theme={EDITOR_THEMES[theme]}
        keepCurrentModel
        options={EDITOR_OPTIONS}
        loading={<div className="dw-cb-muted">Loading editor…</div>}
        onMount={(instance) => setEditor(instance)}
        onChange={onChange}
      />
    </div>
  );
}
