import { argName, ID_PATTERN, patternBindingId, propKey, type Binding, type CallbackSpec, type PatternSelector, type Project } from '../../../runtime/schema';
import { componentTypes } from '../../state/componentTypes';


export type BindingRole = 'inputs' | 'state' | 'outputs';

export const ROLE_LABEL: Record<BindingRole, string> = { inputs: 'Inputs', state: 'State', outputs: 'Outputs' };

/** One entry of the "id.prop" picker. */
export interface BindingOption {
  /** "id.prop", the `value` of the native option */
  key: string;
  id: string;
  prop: string;
  /** What the prop belongs to: a component type or "value" */
  kind: string;
  /** Why it cannot be picked, when it cannot. */
  disabledReason?: string;
  /** A pattern binding (DESIGN §4b): every component of a pattern type, the caller's one, the ones before it. */
  pattern?: PatternSelector;
}

/** The wildcards a role may bind: ALLSMALLER and MATCH-in-outputs need a MATCH input (validate says so). */
const WILDCARDS_BY_ROLE: Record<BindingRole, readonly ('ALL' | 'MATCH' | 'ALLSMALLER')[]> = { inputs: ['MATCH', 'ALL'], state: ['MATCH', 'ALL', 'ALLSMALLER'], outputs: ['MATCH', 'ALL'] };

const AS_PATTERN = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isValidAs(name: string): boolean {
  return AS_PATTERN.test(name);
}

/**
 * What the picker offers for a role. Inputs: the props users change in the page (`inputProps`)
 * and named values. State: any prop and named values. Outputs: any prop and named values, minus
 * props another callback already writes. Props already bound in the same role are left out.
 */
export function bindingOptions(project: Project, spec: CallbackSpec, role: BindingRole): BindingOption[] {
  const bound = new Set(spec[role].map(propKey));
  const writers = new Map<string, string>();
  for (const cb of project.callbacks) {
    if (cb.id === spec.id) continue;
    for (const b of cb.outputs) if (!writers.has(propKey(b))) writers.set(propKey(b), cb.id);
  }
  const options: BindingOption[] = [];
  const add = (id: string, prop: string, kind: string): void => {
    const key = `${id}.${prop}`;
    if (bound.has(key)) return;
    const writer = role === 'outputs' ? writers.get(key) : undefined;
    options.push({ key, id, prop, kind, ...(writer ? { disabledReason: `set by ${writer}` } : {}) });
  };
  for (const c of project.components) {
    const info = componentTypes().catalog.get(c.type);
    if (!info) continue;
    const props = role === 'inputs' ? info.inputProps : info.props;
    for (const prop of props) add(c.id, prop, c.type);
  }
  for (const v of project.values) add(v.id, 'value', 'value');
  // Pattern bindings: one option per pattern type, prop and wildcard.
  const patternTypes = new Map<string, string>();
  for (const c of project.components) if (c.pattern && !patternTypes.has(c.pattern.type)) patternTypes.set(c.pattern.type, c.type);
  for (const [type, componentType] of patternTypes) {
    const info = componentTypes().catalog.get(componentType);
    if (!info) continue;
    for (const prop of role === 'inputs' ? info.inputProps : info.props) {
      for (const index of WILDCARDS_BY_ROLE[role]) {
        const pattern = { type, index };
        const id = patternBindingId(pattern);
        const key = `${id}.${prop}`;
        if (!bound.has(key)) options.push({ key, id, prop, kind: `${index === 'ALL' ? 'every' : index === 'MATCH' ? 'the matching' : 'the earlier'} ${componentType}`, pattern });
      }
    }
  }
  return options;
}

/** `text` made into an identifier: "sales-2024" → "sales2024"… "my-value" → "myValue". */
function identifierOf(text: string): string {
  const camel = text.replace(/[-]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_$]/g, '');
  return isValidAs(camel) ? camel : `_${camel}`;
}

/** Argument names already used in the group a new binding of `role` joins. */
export function takenNames(spec: CallbackSpec, role: BindingRole): Set<string> {
  const group = role === 'outputs' ? spec.outputs : [...spec.inputs, ...spec.state];
  return new Set(group.map(argName));
}

/**
 * The `as` name a new binding gets: for inputs and state the component id ("year"), for outputs
 * the prop ("figure") as in DESIGN §2; the other one, then a number, when taken.
 */
export function defaultAs(role: BindingRole, id: string, prop: string, taken: ReadonlySet<string>): string {
  const first = role === 'outputs' ? identifierOf(prop) : identifierOf(id);
  const second = role === 'outputs' ? identifierOf(id) : identifierOf(`${id}-${prop}`);
  for (const name of [first, second]) if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${first}${n}`)) return `${first}${n}`;
}

/** A binding for the picked "id.prop", with a free `as` name. */
export function newBinding(spec: CallbackSpec, role: BindingRole, option: Pick<BindingOption, 'id' | 'prop' | 'pattern'>): Binding {
  if (option.pattern) {
    const base = option.pattern.index === 'ALL' || option.pattern.index === 'ALLSMALLER' ? `${option.pattern.type}s` : option.pattern.type;
    return { id: patternBindingId(option.pattern), pattern: option.pattern, prop: option.prop, as: defaultAs(role, base, option.prop, takenNames(spec, role)) };
  }
  return { id: option.id, prop: option.prop, as: defaultAs(role, option.id, option.prop, takenNames(spec, role)) };
}

/** Why `name` cannot be the `as` of binding `index` in `role`, or null. */
export function asError(spec: CallbackSpec, role: BindingRole, index: number, name: string): string | null {
  if (!isValidAs(name)) return 'must be a JavaScript identifier';
  const others = role === 'outputs' ? spec.outputs.filter((_, i) => i !== index) : [...spec.inputs, ...spec.state].filter((b) => b !== spec[role][index]);
  if (others.some((b) => argName(b) === name)) return `"${name}" is already used`;
  return null;
}

/** The first free `callback1`, `callback2`… id (ids are shared by components, values and callbacks). */
export function nextCallbackId(project: Project): string {
  const taken = new Set([...project.components, ...project.values, ...project.callbacks].map((x) => x.id));
  for (let n = 1; ; n++) if (!taken.has(`callback${n}`)) return `callback${n}`;
}

/** Why `id` cannot name a new callback, or null. */
export function callbackIdError(project: Project, id: string, currentId?: string): string | null {
  if (!ID_PATTERN.test(id)) return 'must start with a letter and hold only letters, digits, "_" or "-"';
  const taken = [...project.components, ...project.values, ...project.callbacks].some((x) => x.id === id && x.id !== currentId);
  return taken ? `"${id}" is already used` : null;
}

export function emptyCallback(id: string): CallbackSpec {
  return { id, inputs: [], state: [], outputs: [], placement: 'server' };
}

/** A patch setting one role's bindings. */
export function rolePatch(role: BindingRole, list: Binding[]): Partial<CallbackSpec> {
  if (role === 'inputs') return { inputs: list };
  if (role === 'state') return { state: list };
  return { outputs: list };
}
