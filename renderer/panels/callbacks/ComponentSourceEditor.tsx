import Editor from '@monaco-editor/react';
import type * as MonacoNs from 'monaco-editor';
import { useCallback, useEffect, useRef, useState } from 'react';
import { componentEntry } from '../../../runtime/schema/componentModules';
import { setComponentSource } from '../../actions/newComponent';
import { editor as editorState, useEditor } from '../../state/store';
import { loadComponentLibs } from './componentLibs';
import { EDITOR_OPTIONS, EDITOR_THEMES, setupMonaco } from './monacoSetup';
import { useCodeReveal } from './useCodeReveal';

const monaco = setupMonaco();

/** How long typing waits before the source goes to the store (the canvas rebuilds after a pause of its own). */
const PUSH_DELAY_MS = 120;

/**
 * Monaco on components/<type>/index.tsx, checked against `dashwright/component` (React's and
 * zod's types included). Saving writes the file; the canvas and the preview reload the component.
 */
export default function ComponentSourceEditor({ type }: { type: string }) {
  const source = useEditor((s) => s.components[type]);
  const theme = useEditor((s) => s.session.theme);
  const [instance, setInstance] = useState<MonacoNs.editor.IStandaloneCodeEditor | null>(null);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const path = `file:///${componentEntry(type)}`;
  useCodeReveal(instance, componentEntry(type));

  useEffect(() => {
    void loadComponentLibs(monaco);
  }, []);

  const flush = useCallback(() => {
    const edit = pending.current;
    if (!edit) return;
    clearTimeout(edit.timer);
    pending.current = null;
    setComponentSource(type, edit.text);
  }, [type]);

  useEffect(() => () => flush(), [flush]);

  // Undo, redo or a reload change the source: show it unless the user is typing.
  useEffect(() => {
    const model = monaco.editor.getModel(monaco.Uri.parse(path));
    if (model && source !== undefined && !pending.current && model.getValue() !== source) model.setValue(source);
  }, [source, path]);

  useEffect(() => {
    if (!instance) return;
    const blur = instance.onDidBlurEditorText(flush);
    return () => blur.dispose();
  }, [instance, flush]);

  const onChange = useCallback(
    (value: string | undefined) => {
      if (value === undefined || instance?.getModel()?.uri.toString() !== path) return;
      if (value === editorState().components[type] && !pending.current) return;
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text: value, timer: setTimeout(flush, PUSH_DELAY_MS) };
    },
    [instance, path, type, flush],
  );

  return (
    <div
      className="dw-cb-editor"
      data-testid="component-editor"
      data-component-type={type}
      onKeyDownCapture={(e) => {
        if (e.ctrlKey || e.metaKey) flush();
      }}
    >
      <Editor
        path={path}
        defaultLanguage="typescript"
        defaultValue={source ?? ''}
        theme={EDITOR_THEMES[theme]}
        keepCurrentModel
        options={EDITOR_OPTIONS}
        loading={<div className="dw-cb-muted">Loading editor…</div>}
        onMount={(mounted) => setInstance(mounted)}
        onChange={onChange}
      />
    </div>
  );
}
