import type { ReactElement } from 'react';
import type { ComponentViewProps } from '../views';

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The root's text is the `text` prop (DESIGN §3). */
export function TextView({ props }: ComponentViewProps): ReactElement {
  return <div className="dw-text">{display(props.text)}</div>;
}
