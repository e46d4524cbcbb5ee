import { argName, type Binding, type CallbackSpec, type Project } from '../schema/project';
import type { Catalog } from '../schema/catalog';
import type { DataFileType } from '../contracts/hostChannels';
import { CTX_MEMBERS, PATCH_TYPES, setPropsTypes } from './callbackTypesDash';
import { handlerTypesOf } from './callbackTypesOnError';

export type { DataFileType };

/**
 * Generated TypeScript types of a callback module (DESIGN §2): `Inputs` (inputs + state keyed by
 * their `as` names), `Outputs`, `Ctx`, `NoUpdate`, `CallbackFn`, and the named types of the
 * component props (`Figure`, `PlotEvent`…, declared by the catalogue from the props' schemas).
 *
 * How a callback gets checked, in Monaco and in `dashwright validate` alike: next to the
 * module `callbacks/<id>.ts` sits a virtual `callbacks/<id>.check.ts` (see `generateCheckModule`)
 * that (1) augments `./<id>` with the types, so the user's file sees `Inputs`, `Outputs`, `Ctx`…
 * without importing anything, and (2) assigns the default export to `CallbackFn`, so a wrong
 * return type is an error even when the user annotated nothing. Errors of (2) land in the check
 * file; `mapCheckDiagnostic` moves them onto the callback's `export default` header.
 */

const SHARED_TYPES = [
  'type NoUpdate = { readonly __dwNoUpdate: true };',
  'type CsvRow = Record<string, string | number | null>;',
  'type SqlValue = string | number | boolean | null | Date | ReadonlyArray<string | number | boolean | null | Date>;',
  'type SqlParams = ReadonlyArray<SqlValue> | Readonly<Record<string, SqlValue>>;',
  ...PATCH_TYPES,
];

/** The named types of every component type's props (name → TypeScript text), sorted by name. */
function catalogTypes(catalog: Catalog): Map<string, string> {
  const all = new Map<string, string>();
  for (const info of catalog.values()) for (const [name, text] of info.tsDeclarations) if (!all.has(name)) all.set(name, text);
  return new Map([...all].sort(([a], [b]) => a.localeCompare(b)));
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Marks the type the exact-keys check expects, so its message can be rewritten. */
const UNKNOWN_KEYS_MARK = '__dwUnknownOutputKeys';

/** Compiler options (tsconfig JSON form) the editor and the CLI check callbacks with. */
export const CHECK_COMPILER_OPTIONS = {
  strict: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2023', 'DOM'],
  noEmit: true,
  skipLibCheck: true,
} as const;

function findCallback(project: Project, callbackId: string): CallbackSpec | undefined {
  return project.callbacks.find((c) => c.id === callbackId);
}

/** TypeScript text of the type of one bound prop; `unknown` for named values and unknown ids. */
export function bindingTsType(project: Project, catalog: Catalog, b: Pick<Binding, 'id' | 'prop' | 'pattern'>): string {
  if (b.pattern) {
    // A pattern binding: the prop's type on the components of that pattern type; ALL and ALLSMALLER give an array of them.
    const { type, index } = b.pattern;
    const one = project.components.find((c) => c.pattern?.type === type);
    const item = one ? bindingTsType(project, catalog, { id: one.id, prop: b.prop }) : 'unknown';
    return index === 'ALL' || index === 'ALLSMALLER' ? `Array<${item}>` : item;
  }
  const component = project.components.find((c) => c.id === b.id);
  if (!component) return 'unknown';
  const info = catalog.get(component.type);
  if (!info || !info.props.includes(b.prop)) return 'unknown';
  return info.propTsType(b.prop, component.props) || 'unknown';
}

function key(name: string): string {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

/** Bindings with duplicate argument names removed (the first one wins). */
function uniqueByName(bindings: readonly Binding[]): Binding[] {
  const seen = new Set<string>();
  return bindings.filter((b) => {
    const name = argName(b);
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

type TypeOf = (b: Binding) => string;

function outputsType(project: Project, catalog: Catalog, spec: CallbackSpec, inline = false): string {
  const outputs = uniqueByName(spec.outputs);
  // No outputs: it runs for its ctx.setProps calls; what it returns is ignored.
  if (outputs.length === 0) return 'void';
  if (outputs.length === 1) return `${bindingTsType(project, catalog, outputs[0]!)} | NoUpdate | Patch`;
  const fields = outputs.map((b) => `${key(argName(b))}?: ${bindingTsType(project, catalog, b)} | NoUpdate | Patch;`);
  if (inline) return `{ ${fields.join(' ')} }`;
  return `{\n${outputs.map((b, i) => `  /** ${b.id}.${b.prop} */\n  ${fields[i]}`).join('\n')}\n}`;
}

/** ctx.data's readers: one overload per known data file (its content's type), then the generic ones. */
function dataReaders(data: readonly DataFileType[]): string[] {
  const overloads = (kind: DataFileType['kind']) => data.filter((f) => f.kind === kind).map((f) => `    ${kind}(name: ${JSON.stringify(f.name)}): Promise<${f.tsType}>;`);
  return [
    ...overloads('json'),
    '    json<T = unknown>(name: string): Promise<T>;',
    ...overloads('csv'),
    '    csv<Row = CsvRow>(name: string): Promise<Row[]>;',
    '    text(name: string): Promise<string>;',
    ...overloads('parquet'),
    '    /** Rows of a Parquet file of data/ (DuckDB): integers and DECIMAL as numbers, DATE and TIMESTAMP as Date. */',
    '    parquet<Row = Record<string, unknown>>(name: string): Promise<Row[]>;',
    ...data.filter((f) => f.kind === 'sql').map((f) => `    sql(query: ${JSON.stringify(f.name)}, params?: SqlParams): Promise<${f.tsType}>;`),
    "    /** One DuckDB SELECT over the files of data/ (`from 'x.parquet'`), with parameters for $1, ? or $name; a literal query is typed from its result columns. */",
    '    sql<Row = Record<string, unknown>>(query: string, params?: SqlParams): Promise<Row[]>;',
  ];
}

/** The declarations of one callback's types, as statements without `export` or `declare`. */
function declarations(
  project: Project,
  catalog: Catalog,
  spec: CallbackSpec | undefined,
  typeOf: TypeOf = (b) => bindingTsType(project, catalog, b),
  data: readonly DataFileType[] = [],
): string[] {
  const args = spec ? uniqueByName([...spec.inputs, ...spec.state]) : [];
  const fields = args.map((b) => {
    const role = spec && spec.state.includes(b) ? 'state' : 'input';
    return `  /** ${role}: ${b.id}.${b.prop} */\n  ${key(argName(b))}: ${typeOf(b)};`;
  });
  const handler = spec ? handlerTypesOf(project, spec, (cb) => outputsType(project, catalog, cb, true)) : undefined;
  const triggers = spec && spec.inputs.length > 0 ? (spec.inputs.some((b) => b.pattern) ? 'string' : spec.inputs.map((b) => JSON.stringify(`${b.id}.${b.prop}`)).join(' | ')) : 'string';
  return [
    ...SHARED_TYPES,
    ...[...catalogTypes(catalog)].map(([name, text]) => `type ${name} = ${text};`),
    ...setPropsTypes(project, catalog),
    handler ? handler.inputs : `interface Inputs {\n${fields.join('\n')}${fields.length ? '\n' : ''}}`,
    `type Outputs = ${handler ? handler.outputs : spec ? outputsType(project, catalog, spec) : 'unknown'};`,
    [
      'interface Ctx {',
      '  /** "id.prop" of the inputs whose change set off this run; empty on the initial call. */',
      `  readonly triggered: Array<${triggers}>;`,
      '  /** Return it (or put it under an output key) to leave that output unchanged. */',
      '  readonly noUpdate: NoUpdate;',
      '  /** Stops this run: nothing updates. */',
      '  preventUpdate(): never;',
      ...CTX_MEMBERS,
      '  /** What fired: a pattern component\'s pattern id ({ type, index }), else the component\'s id; null on the initial call. */',
      '  readonly triggeredId: { readonly type: string; readonly index: string | number } | string | null;',
      '  /** In a MATCH callback, the index this run is for; undefined elsewhere. */',
      '  readonly match: string | number | undefined;',
      ...(spec?.placement === 'client'
        ? [
            // The type is the message: `ctx.data.csv(…)` in a client callback is an error that says why, before it runs.
            '  /** The data/ folder is on the server: a client callback cannot read it. */',
            "  readonly data: 'ctx.data is not available in a client callback (it runs in the browser): set its placement to server';",
          ]
        : ["  /** Reads the project's data/ folder; a JSON, CSV or Parquet file there (and a literal SQL query) comes typed as its content is. */", '  readonly data: {', ...dataReaders(data), '  };']),
      "  /** CSV text, or a data: URL such as an upload's `files[i].dataUrl`, as rows: read as ctx.data.csv reads a file. */",
      '  parseCsv<Row = CsvRow>(textOrDataUrl: string): Row[];',
      '  /** Background callbacks: how far this run got (0…1) and what it is doing, shown as a progress bar on the outputs. Does nothing elsewhere. */',
      '  progress(fraction: number, message?: string): void;',
      '}',
    ].join('\n'),
    'type CallbackFn = (args: Inputs, ctx: Ctx) => Outputs | Promise<Outputs>;',
  ];
}

/**
 * The callback's types as a global ambient declaration block (a script: no import or export).
 * Self-contained; declares `Inputs`, `Outputs`, `Ctx`, `NoUpdate`, `CsvRow`, `CallbackFn` and
 * the props' named types.
 */
export function generateCallbackTypes(project: Project, catalog: Catalog, callbackId: string, data: readonly DataFileType[] = []): string {
  const spec = findCallback(project, callbackId);
  return `// Types of callback "${callbackId}", generated from its wiring.\n${declarations(project, catalog, spec, undefined, data).join('\n')}\n`;
}

/** Virtual file name of a callback's check module, beside `callbacks/<id>.ts`. */
export function checkFileName(callbackId: string): string {
  return `callbacks/${callbackId}.check.ts`;
}

/** The callback id a check file belongs to, or null when `fileName` is not one. */
export function checkFileOwner(fileName: string): string | null {
  const m = /(?:^|\/)callbacks\/([A-Za-z][A-Za-z0-9_-]*)\.check\.ts$/.exec(fileName);
  return m ? m[1] : null;
}

/**
 * The check module of one callback (a `.ts` file to compile beside `callbacks/<id>.ts`): adds the
 * types to the callback's module scope and checks its default export against them.
 */
export function generateCheckModule(project: Project, catalog: Catalog, callbackId: string, data: readonly DataFileType[] = []): string {
  const spec = findCallback(project, callbackId);
  const self = `./${callbackId}`;
  const body = declarations(project, catalog, spec, (b) => valueTsType(project, callbackId, b) ?? bindingTsType(project, catalog, b), data)
    .join('\n')
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
  const multi = spec ? uniqueByName(spec.outputs).length > 1 : false;
  // Spelled out rather than `CallbackFn`, so messages name the expected types (an onError handler's: callbackTypesOnError.ts).
  const out = spec ? (handlerTypesOf(project, spec, (cb) => outputsType(project, catalog, cb, true))?.outputs ?? outputsType(project, catalog, spec, true)) : 'unknown';
  const lines = [
    `// Generated: types and return check of callback "${callbackId}". Not part of the project.`,
    `import __dwSelf from '${self}';`,
    `import type { ${['Ctx', 'CsvRow', 'Inputs', 'NoUpdate', 'Outputs', 'Patch', ...catalogTypes(catalog).keys()].sort().join(', ')} } from '${self}';`,
    // A named value's type is what its producer returns (for that output): see valueTsType.
    'type __DwValue<M, K> = M extends { default: (...args: never[]) => infer R } ? ([K] extends [never] ? Exclude<Awaited<R>, NoUpdate | Patch> : __DwField<Awaited<R>, K>) : unknown;',
    'type __DwField<R, K> = R extends NoUpdate ? never : K extends keyof R ? Exclude<R[K], NoUpdate | Patch | undefined> : never;',
    `declare module '${self}' {`,
    body,
    '}',
    // Method types: their parameters compare bivariantly, so a module may annotate the arguments
    // it uses with its own types: a part of each (a row type naming some of a value's fields), or,
    // through Partial, some of the arguments narrowed from `unknown`. An unrelated type, or a name
    // that is not an argument, is still an error.
    `export const __dwCheck: { fn(args: Inputs, ctx: Ctx): ${out} | Promise<${out}> }['fn'] | { fn(args: Partial<Inputs>, ctx: Ctx): ${out} | Promise<${out}> }['fn'] = __dwSelf;`,
  ];
  if (multi) {
    lines.push(
      'type __DwReturn = typeof __dwSelf extends (...args: never[]) => infer R ? Awaited<R> : never;',
      'type __DwExtra<R> = R extends NoUpdate ? never : R extends object ? Exclude<keyof R, keyof Outputs> : never;',
      `export const __dwExactKeys: [__DwExtra<__DwReturn>] extends [never] ? true : { ${UNKNOWN_KEYS_MARK}: __DwExtra<__DwReturn> } = true;`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * In a check module, the type of an argument bound to a named value: the return type of the
 * callback that produces it (its field for that output when it has several), so a value is
 * typed end to end without anyone writing its type. Undefined for bindings that are not values.
 */
function valueTsType(project: Project, callbackId: string, b: Binding): string | undefined {
  if (b.prop !== 'value' || !project.values.some((v) => v.id === b.id)) return undefined;
  const producer = project.callbacks.find((cb) => cb.outputs.some((o) => o.id === b.id && o.prop === 'value'));
  if (!producer || producer.id === callbackId) return 'unknown';
  const outputs = uniqueByName(producer.outputs);
  const field = outputs.length > 1 ? JSON.stringify(argName(outputs.find((o) => o.id === b.id && o.prop === 'value')!)) : 'never';
  return `__DwValue<typeof import('./${producer.id}'), ${field}>`;
}

/**
 * Everything to compile, together with the sources `callbacks/<id>.ts`, to type-check a
 * project's callbacks: one check module per callback, keyed by its virtual file name
 * (relative to the project folder). Compile with `CHECK_COMPILER_OPTIONS`; diagnostics in a
 * check file belong to the callback `checkFileOwner(fileName)`: map them with `mapCheckDiagnostic`.
 * Each check file imports `./<id>`: a compiler host serving files that are not on disk must also
 * answer `fileExists` and `directoryExists` for them, or module resolution fails.
 */
export function generateCheckProgram(project: Project, catalog: Catalog, data: readonly DataFileType[] = []): Record<string, string> {
  const files: Record<string, string> = {};
  for (const spec of project.callbacks) files[checkFileName(spec.id)] = generateCheckModule(project, catalog, spec.id, data);
  return files;
}

/** Where the default export starts in a callback source: `export default [async] function name`. */
export function defaultExportSpan(source: string): { start: number; length: number } | null {
  const m = /export\s+default\b(?:\s+async)?(?:\s+function\b\s*\*?\s*[A-Za-z_$][\w$]*|\s+function\b|\s+[A-Za-z_$][\w$]*)?/.exec(source);
  return m ? { start: m.index, length: m[0].length } : null;
}

export interface MappedDiagnostic {
  start: number;
  length: number;
  message: string;
}

/**
 * Moves a diagnostic reported in a check file onto the callback source's default export header,
 * with a message that says what is wrong in the user's terms.
 */
export function mapCheckDiagnostic(source: string, message: string): MappedDiagnostic {
  const span = defaultExportSpan(source);
  const extra = new RegExp(`${UNKNOWN_KEYS_MARK}: ([^;}]+)`).exec(message);
  const text = extra
    ? `Returns output key(s) this callback is not wired to: ${extra[1].trim()}.`
    : /has no default export|is not a module/.test(message)
      ? 'A callback module needs a default export: export default function …'
      : /is not assignable/.test(message)
        ? `The default export does not match the callback's wiring: ${message}`
        : `Could not check this callback against its wiring: ${message}`;
  if (span) return { ...span, message: text };
  const firstLineEnd = source.indexOf('\n');
  return { start: 0, length: firstLineEnd < 0 ? source.length : firstLineEnd, message: text };
}

interface Arg {
  name: string;
  type: string;
}

/** A value of type `tsType` to start from: an argument of the same type, or a neutral value. */
function defaultValue(tsType: string, args: readonly Arg[]): string {
  const t = tsType.trim();
  const same = args.find((a) => a.type.trim() === t && t !== 'unknown');
  if (same) return same.name;
  if (t === 'string') return args.length ? `\`${args.map((a) => `${a.name}: \${${a.name}}`).join(', ')}\`` : "''";
  if (t === 'number') return '0';
  if (t === 'boolean') return 'false';
  if (t === 'Figure') return '{ data: [], layout: {} }';
  if (/(^|\|)\s*null\s*($|\|)/.test(t) || t === 'unknown') return 'null';
  if (t.startsWith('Array<') || t.endsWith('[]')) return '[]';
  return 'ctx.noUpdate';
}

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '),
);

/** The default export's name: the id with "-" made "_" (as renaming a callback expects). */
function functionName(callbackId: string): string {
  const name = callbackId.replace(/-/g, '_');
  return RESERVED.has(name) ? `${name}_callback` : name;
}

/** A starter module for the callback: typed destructured arguments and a return of the right shape. */
export function callbackTemplate(project: Project, catalog: Catalog, callbackId: string): string {
  const spec = findCallback(project, callbackId);
  const args = spec ? uniqueByName([...spec.inputs, ...spec.state]).map((b) => ({ name: argName(b), type: bindingTsType(project, catalog, b) })) : [];
  const outputs = spec ? uniqueByName(spec.outputs) : [];
  const params = args.length ? `{ ${args.map((a) => a.name).join(', ')} }: Inputs` : '_args: Inputs';
  let result: string;
  if (outputs.length === 1) {
    result = `  return ${defaultValue(bindingTsType(project, catalog, outputs[0]), args)};`;
  } else if (outputs.length > 1) {
    const fields = outputs.map((b) => `    ${key(argName(b))}: ${defaultValue(bindingTsType(project, catalog, b), args)},`);
    result = `  return {\n${fields.join('\n')}\n  };`;
  } else {
    // No outputs: it runs for what it sets with ctx.setProps.
    const target = project.components[0];
    const prop = target ? catalog.get(target.type)?.props[0] : undefined;
    result = target && prop ? `  // ctx.setProps(${JSON.stringify(target.id)}, { ${prop}: … });` : '  // ctx.setProps("<component id>", { <prop>: … });';
  }
  const used = result.includes('ctx.') && outputs.length > 0;
  // A named value takes its type from what this function returns: leave the return type to inference.
  const returns = outputs.some((o) => project.values.some((v) => v.id === o.id)) ? '' : ': Outputs';
  return [
    `export default function ${functionName(callbackId)}(${params}, ${used ? 'ctx' : '_ctx'}: Ctx)${returns} {`,
    result,
    '}',
    '',
  ].join('\n');
}
