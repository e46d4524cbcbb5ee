import { addComponent } from './addComponent';
import { addCallback } from './addCallback';
import { addPage, addPageAction } from './addPage';
import { deletePage } from './deletePage';
import { renamePage } from './renamePage';
import { setComponentPage } from './setComponentPage';
import { setContainerCols } from './setContainerCols';
import { setPersistence } from './setPersistence';
import { setCallbackRunning } from './setCallbackRunning';
import { setErrorHandler } from './setErrorHandler';
import { createErrorHandler } from './createErrorHandler';
import { setComponentPattern } from './setComponentPattern';
import { copyAction, copySelection } from './copy';
import { cutAction, cutSelection } from './cut';
import { deleteCallback } from './deleteCallback';
import { deleteSelection, deleteSelectionAction } from './deleteSelection';
import { duplicateAction, duplicateSelection } from './duplicate';
import { exportAction, exportProject } from './exportProject';
import { addBinding, createCallbackFromGraph, removeBinding } from './graphEdits';
import { moveResizeComponents, nudgeActions, nudgeSelection } from './moveResizeComponents';
import { createProject, newProjectAction } from './newProject';
import { addProjectComponent, newComponentAction, setComponentSource } from './newComponent';
import { addValue } from './addValue';
import { importDataAction, importDataFiles } from './importDataFiles';
import { renameValue } from './renameValue';
import { deleteValue } from './deleteValue';
import { projectSettingsAction, setProjectSettings } from './setProjectSettings';
import { openAction, openProject, openWithPicker } from './open';
import { paste, pasteAction } from './paste';
import { redo, redoAction } from './redo';
import { renameCallback } from './renameCallback';
import { renameComponent } from './renameComponent';
import { renameProject } from './renameProject';
import { discardAutosave, restoreAutosave } from './recovery';
import { save, saveAction } from './save';
import { deselectAction, selectAllAction } from './selectAll';
import { setCallbackSource } from './setCallbackSource';
import { compactNoneAction, compactVerticalAction, setCompaction } from './setCompaction';
import { setProp } from './setProp';
import type { ActionDef } from './types';
import { undo, undoAction } from './undo';
import { updateCallback } from './updateCallbackWiring';
import { validateAction, validateNow } from './validate';
import {
  commandPaletteAction,
  showProblemsAction,
  toggleBottomPanelAction,
  toggleThemeAction,
  viewDesignAction,
  viewPreviewAction,
  viewSplitAction,
} from './view';

export type { ActionDef } from './types';

/** Every command, by name. Document edits among them are undoable, named history entries. */
export const commands = {
  addComponent,
  moveResizeComponents,
  nudgeSelection,
  deleteSelection,
  setProp,
  renameComponent,
  copySelection,
  cutSelection,
  paste,
  duplicateSelection,
  addCallback,
  updateCallback,
  addBinding,
  removeBinding,
  createCallbackFromGraph,
  setCallbackSource,
  addProjectComponent,
  setComponentSource,
  addValue,
  importDataFiles,
  renameValue,
  deleteValue,
  setProjectSettings,
  deleteCallback,
  renameCallback,
  renameProject,
  setCompaction,
  addPage,
  renamePage,
  deletePage,
  setComponentPage,
  setPersistence,
  setComponentPattern,
  setContainerCols,
  setCallbackRunning,
  setErrorHandler,
  createErrorHandler,
  undo,
  redo,
  save,
  openProject,
  openWithPicker,
  createProject,
  exportProject,
  validateNow,
  restoreAutosave,
  discardAutosave,
} as const;

/** Argument-less actions: keyboard shortcuts, command palette, toolbar. */
export const actions: readonly ActionDef[] = [
  undoAction,
  redoAction,
  cutAction,
  copyAction,
  pasteAction,
  duplicateAction,
  deleteSelectionAction,
  selectAllAction,
  deselectAction,
  ...nudgeActions,
  compactVerticalAction,
  compactNoneAction,
  saveAction,
  openAction,
  newProjectAction,
  newComponentAction,
  projectSettingsAction,
  addPageAction,
  importDataAction,
  exportAction,
  validateAction,
  viewDesignAction,
  viewSplitAction,
  viewPreviewAction,
  toggleBottomPanelAction,
  showProblemsAction,
  toggleThemeAction,
  commandPaletteAction,
];

export function getAction(name: string): ActionDef | undefined {
  return actions.find((a) => a.name === name);
}
