import { useEffect, useRef } from 'react';
import type { ViewProps } from '../define';
import { useNavigation, type AppLocation } from '../navigation';
import type { LocationProps } from './props';

const PARTS = ['pathname', 'search', 'hash'] as const;

const hrefOf = (l: AppLocation): string => `${l.pathname}${l.search}${l.hash}`;

/**
 * Draws nothing; keeps its props and the browser's location in step. The location wins on
 * mount and on back/forward (the props follow, so callbacks taking them run); a callback that
 * sets pathname, search or hash navigates there, without a reload. Does nothing on the canvas.
 */
export function LocationView({ props, setProp, mode }: ViewProps<LocationProps>) {
  const navigation = useNavigation();
  const commit = useRef(setProp);
  commit.current = setProp;
  const current = useRef<AppLocation>({ pathname: props.pathname, search: props.search, hash: props.hash });
  current.current = { pathname: props.pathname, search: props.search, hash: props.hash };
  /** The props as last made to agree with the location (null before the first time). */
  const synced = useRef<string | null>(null);

  useEffect(() => {
    if (mode !== 'app') return;
    const follow = (): void => {
      const at = navigation.get();
      synced.current = hrefOf(at);
      for (const part of PARTS) if (at[part] !== current.current[part]) commit.current(part, at[part]);
    };
    follow();
    return navigation.subscribe(follow);
  }, [mode, navigation]);

  const wanted = hrefOf(props);
  useEffect(() => {
    if (mode !== 'app' || synced.current === null || wanted === synced.current) return;
    if (wanted === hrefOf(navigation.get())) return;
    synced.current = wanted;
    navigation.navigate(wanted, { replace: props.replace });
  }, [mode, navigation, wanted, props.replace]);

  return null;
}
