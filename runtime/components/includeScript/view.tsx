import { useEffect, useRef } from 'react';
import { refusedScriptMessage, scriptAllowed, scriptSource } from '../../schema/externalSources';
import { useAppSettings } from '../appContext';
import type { ViewProps } from '../define';
import type { IncludeScriptProps } from './props';

type ScriptState = 'loading' | 'loaded' | 'failed';

/**
 * The page's script element for `url`, added once: a second includeScript with the same source,
 * or this one mounted again, shares it (the element's data-dw-state tells how it went).
 */
function scriptFor(url: string): HTMLScriptElement {
  const existing = [...document.querySelectorAll<HTMLScriptElement>('script[data-dw-include]')].find((s) => s.dataset.dwInclude === url);
  if (existing) return existing;
  const script = document.createElement('script');
  script.src = url;
  script.async = true;
  script.dataset.dwInclude = url;
  script.dataset.dwState = 'loading' satisfies ScriptState;
  script.addEventListener('load', () => (script.dataset.dwState = 'loaded' satisfies ScriptState));
  script.addEventListener('error', () => (script.dataset.dwState = 'failed' satisfies ScriptState));
  document.head.appendChild(script);
  return script;
}

/**
 * Draws nothing. Adds the `src` script to the page as it opens (`when: "load"`) or once `load`
 * is true, if the project's settings.allowScripts lists it, and reports `loaded` or `error`.
 */
export function IncludeScriptView({ props, setProp, mode }: ViewProps<IncludeScriptProps>): null {
  const { allowScripts } = useAppSettings();
  const commit = useRef(setProp);
  const reported = useRef({ loaded: props.loaded, error: props.error });
  const wanted = mode === 'app' && (props.when === 'load' || props.load);
  const src = props.src.trim();
  const allowedKey = (allowScripts ?? []).join('\n');

  useEffect(() => {
    commit.current = setProp;
    reported.current = { loaded: props.loaded, error: props.error };
  });

  useEffect(() => {
    if (!wanted || src === '') return;
    const report = (loaded: boolean, error: string | null): void => {
      if (reported.current.error !== error) commit.current('error', error);
      if (reported.current.loaded !== loaded) commit.current('loaded', loaded);
      reported.current = { loaded, error };
    };
    const source = scriptSource(src);
    if (source.kind === 'none') return;
    if (source.kind === 'refused' || !scriptAllowed(src, allowedKey === '' ? [] : allowedKey.split('\n'))) {
      report(false, refusedScriptMessage(src));
      return;
    }
    const script = scriptFor(source.url);
    const settle = (): void => {
      const state = script.dataset.dwState as ScriptState;
      if (state === 'loaded') report(true, null);
      else if (state === 'failed') report(false, `could not load ${src}`);
    };
    if (script.dataset.dwState !== 'loading') {
      settle();
      return;
    }
    if (reported.current.loaded) report(false, reported.current.error);
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
    return () => {
      script.removeEventListener('load', settle);
      script.removeEventListener('error', settle);
    };
  }, [wanted, src, allowedKey]);

  return null;
}
