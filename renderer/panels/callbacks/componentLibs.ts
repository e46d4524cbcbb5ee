import type { Monaco } from './monacoSetup';

/**
 * What `dashwright/component` gives a project component, for Monaco: its own source
 * (runtime/components/authoring.ts and define.ts) and the declarations of React and zod it
 * refers to, as files under file:///node_modules/ where TypeScript's module resolution finds them.
 * Loaded the first time a component's source is opened (≈1 MB of text).
 */
const react = import.meta.glob(['../../../node_modules/@types/react/index.d.ts', '../../../node_modules/@types/react/global.d.ts', '../../../node_modules/@types/react/jsx-runtime.d.ts', '../../../node_modules/csstype/index.d.ts'], { query: '?raw', import: 'default' });
const zod = import.meta.glob(['../../../node_modules/zod/index.d.ts', '../../../node_modules/zod/v4/classic/*.d.ts', '../../../node_modules/zod/v4/core/*.d.ts', '../../../node_modules/zod/v4/locales/index.d.ts', '../../../node_modules/zod/v4/locales/en.d.ts'], { query: '?raw', import: 'default' });
const own = import.meta.glob(['../../../runtime/components/authoring.ts', '../../../runtime/components/define.ts'], { query: '?raw', import: 'default' });

let loaded: Promise<void> | undefined;

function virtualPath(file: string): string {
  const inModules = file.indexOf('node_modules/');
  if (inModules >= 0) return `file:///${file.slice(inModules)}`;
  // authoring.ts is the package's entry; define.ts sits beside it as ./define
  return file.endsWith('authoring.ts') ? 'file:///node_modules/dashwright/component/index.ts' : 'file:///node_modules/dashwright/component/define.ts';
}

export function loadComponentLibs(monaco: Monaco): Promise<void> {
  loaded ??= (async () => {
    const files = { ...react, ...zod, ...own };
    const texts = await Promise.all(Object.entries(files).map(async ([file, load]) => [virtualPath(file), (await load()) as string] as const));
    for (const [path, text] of texts) monaco.typescript.typescriptDefaults.addExtraLib(text, path);
  })();
  return loaded;
}
