import type { Catalog } from '../schema/catalog';
import type { Project } from '../schema/project';

/**
 * The generated types of ctx.patch() and ctx.setProps (DESIGN §4b), for callbackTypes.ts: a
 * `Patch` any output may return instead of its value, and `SetPropsTargets`, every component id
 * of the project with the props of its type (each may be a Patch too), so a wrong id, prop or
 * value is a type error in Monaco and in `dashwright validate`.
 */

const PATH = 'path: PatchPath';

export const PATCH_TYPES = [
  '/** Keys (into objects) and indices (into lists, negative from the end); [] is the whole prop. */',
  'type PatchPath = ReadonlyArray<string | number>;',
  [
    '/** A partial update (ctx.patch()): return it as an output\'s value; only its operations travel, the page applies them to the prop\'s current value. */',
    'interface Patch {',
    '  readonly __dwPatch: true;',
    `  /** Adds the value at the end of the list at the path. */\n  append(${PATH}, value: unknown): Patch;`,
    `  /** Adds the value at the start of the list at the path. */\n  prepend(${PATH}, value: unknown): Patch;`,
    `  /** Inserts the value before position index of the list at the path. */\n  insert(${PATH}, index: number, value: unknown): Patch;`,
    `  /** Adds every item at the end of the list at the path. */\n  extend(${PATH}, values: readonly unknown[]): Patch;`,
    `  /** Removes every item equal to the value from the list at the path. */\n  remove(${PATH}, value: unknown): Patch;`,
    `  /** Empties the list (or object, or string) at the path. */\n  clear(${PATH}): Patch;`,
    `  /** Reverses the list at the path. */\n  reverse(${PATH}): Patch;`,
    `  /** Sets the value at the path ([] = the whole prop). */\n  assign(${PATH}, value: unknown): Patch;`,
    `  /** Merges the keys into the object at the path. */\n  merge(${PATH}, value: Readonly<Record<string, unknown>>): Patch;`,
    `  /** Deletes the key or list item at the path. */\n  delete(${PATH}): Patch;`,
    '}',
  ].join('\n'),
];

export const CTX_MEMBERS = [
  '  /** A partial update of an output: chain operations (append, merge…) and return it as the output\'s value. */',
  '  patch(): Patch;',
  '  /** Sets props of any component besides the outputs (Dash\'s set_props); callbacks taking them as inputs then run. */',
  '  setProps<Id extends keyof SetPropsTargets>(id: Id, props: SetPropsTargets[Id]): void;',
  '  /** ...or the component carrying a pattern id (Dash\'s dict ids), e.g. { type: "card", index: ctx.match }. */',
  '  setProps(id: { readonly type: string; readonly index: string | number }, props: Readonly<Record<string, unknown>>): void;',
];

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function key(name: string): string {
  return IDENT.test(name) ? name : JSON.stringify(name);
}

/** `SetPropsTargets`: component id → its props (of its type, each optional, each may be a Patch); one type per component type. */
export function setPropsTypes(project: Pick<Project, 'components'>, catalog: Catalog): string[] {
  const typeNames = new Map<string, string>();
  const lines: string[] = [];
  const entries: string[] = [];
  for (const component of project.components) {
    const info = catalog.get(component.type);
    if (!info) continue;
    let name = typeNames.get(component.type);
    if (name === undefined) {
      name = `__DwProps${typeNames.size}`;
      typeNames.set(component.type, name);
      const fields = info.props.map((prop) => `${key(prop)}?: ${info.propTsType(prop) || 'unknown'} | Patch;`);
      lines.push(`/** Props of a ${component.type}, as ctx.setProps takes them. */\ntype ${name} = { ${fields.join(' ')} };`);
    }
    entries.push(`  ${JSON.stringify(component.id)}: ${name};`);
  }
  return [...lines, `interface SetPropsTargets {\n${entries.join('\n')}${entries.length ? '\n' : ''}}`];
}
