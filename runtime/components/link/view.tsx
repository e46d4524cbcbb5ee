import type { MouseEvent, ReactElement } from 'react';
import type { ViewProps } from '../define';
import { isAppHref, useNavigation } from '../navigation';
import type { LinkProps } from './props';

/** A plain click (no modifier key, the main button): the kind the app handles itself. */
export function isPlainClick(e: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}

/** An `a`: a page of the app opens without a reload (history.pushState); other URLs are ordinary links. */
export function LinkView({ props, mode }: ViewProps<LinkProps>): ReactElement {
  const navigation = useNavigation();
  const inApp = isAppHref(props.href);
  const href = inApp ? navigation.hrefOf(props.href) : props.href;
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (mode !== 'app') {
      e.preventDefault();
      return;
    }
    if (!inApp || props.refresh || !isPlainClick(e)) return;
    e.preventDefault();
    navigation.navigate(props.href);
  };
  const external = !inApp && props.newTab;
  return (
    <a className="dw-link" href={href} onClick={onClick} target={external ? '_blank' : undefined} rel={external ? 'noopener noreferrer' : undefined} data-dw-app-link={inApp ? 'true' : undefined}>
      {props.label}
    </a>
  );
}
