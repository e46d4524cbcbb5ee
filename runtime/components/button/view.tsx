import type { ReactElement } from 'react';
import type { ComponentViewProps } from '../views';

/** A native button; each click adds one to `clicks`. */
export function ButtonView({ props, setProp, mode }: ComponentViewProps): ReactElement {
  const clicks = typeof props.clicks === 'number' ? props.clicks : 0;
  return (
    <button
      type="button"
      className="dw-button"
      tabIndex={mode === 'design' ? -1 : undefined}
      onClick={() => setProp('clicks', clicks + 1)}
    >
      {String(props.label ?? '')}
    </button>
  );
}
