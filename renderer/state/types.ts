import type { ComponentRegistry } from '../../runtime/components/registry';
import type { DataFileType } from '../../runtime/graph/callbackTypes';
import type { ComponentInstance, Problem, Project } from '../../runtime/schema';

/** The undoable part of the editor: the manifest, each callback module's source and each project component's source. */
export interface DocSnapshot {
  project: Project;
  callbacks: Record<string, string>;
  /** Component type → source of components/<type>/index.tsx (DESIGN §3b). */
  components: Record<string, string>;
}

/** One undo step, named by the command that made it. */
export interface HistoryEntry {
  name: string;
  before: DocSnapshot;
  after: DocSnapshot;
  /** Edits with the same key within a moment of each other merge into this entry (typing, nudging). */
  coalesceKey?: string;
  at: number;
}

export type ViewMode = 'design' | 'split' | 'preview';
export type BottomTab = 'callbacks' | 'graph' | 'problems' | 'devtools' | 'data';
export type Theme = 'light' | 'dark';

export type DialogRequest =
  | { kind: 'open' }
  | { kind: 'new' }
  | { kind: 'export' }
  | { kind: 'settings' }
  | { kind: 'recovery'; savedAt: string };

/** `file` is project-relative: callbacks/<id>.ts or components/<type>/index.tsx; line and column are 1-based. */
export interface CodeReveal {
  file: string;
  line: number;
  column: number;
}

/** Not undoable: what the user is looking at and doing. */
export interface Session {
  screen: 'welcome' | 'editor';
  /** Selected component ids, in selection order. */
  selection: string[];
  bottomTab: BottomTab;
  bottomCollapsed: boolean;
  activeCallbackId: string | null;
  /** The project component whose source the code panel shows instead of a callback's, if any. */
  activeComponentType: string | null;
  /** The "New component" form is open in the code panel. */
  newComponentForm: boolean;
  /** The named value the code panel shows (its writers and readers), if any. */
  activeValueId: string | null;
  /** A place in a file the code editor should show, put the cursor on and focus (a clicked problem); the editor clears it. */
  codeReveal: CodeReveal | null;
  /** The data/ file the Data panel previews, if any. */
  activeDataFile: string | null;
  theme: Theme;
  view: ViewMode;
  dialog: DialogRequest | null;
  commandPaletteOpen: boolean;
  clipboard: ComponentInstance[];
  problems: Problem[];
  /** Types of the project's data/ files, for ctx.data's readers in Monaco (from the host). */
  dataTypes: DataFileType[];
  /** The component types this window knows: palette, inspector, canvas and generated types use it. */
  components: ComponentRegistry;
  busy: { saving: boolean; exporting: boolean; opening: boolean };
  lastSavedAt: string | null;
}

export interface DocumentSlice {
  project: Project;
  callbacks: Record<string, string>;
  components: Record<string, string>;
  /** Folder of the open project; null before one is opened. */
  dir: string | null;
  /** True when the document differs from what was last saved (or opened). */
  dirty: boolean;
  /** The document as last saved; `dirty` compares against it. */
  saved: DocSnapshot;
  /** Replace the whole document (open, new, recovery): clears history and selection. */
  loadDocument(doc: DocSnapshot & { dir: string | null }, options?: { dirty?: boolean }): void;
  /** Record that `doc` is what is on disk now. */
  markSaved(doc: DocSnapshot, savedAt: string): void;
}

export interface CommitOptions {
  coalesce?: string;
  /** Selection after the edit (and after undoing/redoing to it). */
  select?: string[];
}

export interface HistorySlice {
  history: { past: HistoryEntry[]; future: HistoryEntry[] };
  /**
   * Apply a named, undoable edit. `recipe` returns the next document, or null (or the same
   * document) for no change. Returns whether anything changed.
   */
  commit(name: string, recipe: (doc: DocSnapshot) => DocSnapshot | null, options?: CommitOptions): boolean;
  undo(): boolean;
  redo(): boolean;
}

export interface SessionSlice {
  session: Session;
  select(ids: string[]): void;
  /** Shift-click: add or remove one id. */
  toggleSelected(id: string): void;
  setBottomTab(tab: BottomTab): void;
  setBottomCollapsed(collapsed: boolean): void;
  setActiveCallback(id: string | null): void;
  /** Show a project component's source in the code panel (null: back to the callbacks). */
  setActiveComponent(type: string | null): void;
  setNewComponentForm(open: boolean): void;
  /** Show a named value in the code panel (null: back to the callbacks). */
  setActiveValue(id: string | null): void;
  setCodeReveal(reveal: CodeReveal | null): void;
  setActiveDataFile(name: string | null): void;
  setTheme(theme: Theme): void;
  setView(view: ViewMode): void;
  openDialog(dialog: DialogRequest): void;
  closeDialog(): void;
  setCommandPaletteOpen(open: boolean): void;
  setClipboard(components: ComponentInstance[]): void;
  setProblems(problems: Problem[]): void;
  setDataTypes(dataTypes: DataFileType[]): void;
  /** The component types this window knows (the built-ins plus the project's own, once loaded). */
  setComponentTypes(registry: ComponentRegistry): void;
  setBusy(key: keyof Session['busy'], value: boolean): void;
  showWelcome(): void;
}

export type EditorState = DocumentSlice & HistorySlice & SessionSlice;
