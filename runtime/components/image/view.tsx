import { useState, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { ImageProps } from './props';
import { imageSource } from './source';

/** An img filling the card (object-fit from `fit`); without a source, or when it fails to load, a quiet placeholder says why. */
export function ImageView({ props, mode }: ViewProps<ImageProps>): ReactElement {
  const source = imageSource(props.src);
  // The design canvas is not a page of the app: a file of data/ shows in the preview and the app, here its name does.
  const onCanvas = mode === 'design' && source.kind === 'url' && source.dataFile === true;
  const url = source.kind === 'url' && !onCanvas ? source.url : null;
  const [failed, setFailed] = useState<string | null>(null);
  const broken = url !== null && failed === url;
  const note =
    source.kind === 'none' ? 'No image' : source.kind === 'refused' ? `Refused: ${source.reason}` : onCanvas ? `data/${props.src.trim()} (shown in the preview)` : broken ? `Could not load ${props.src}` : null;
  return (
    <div className="dw-image" data-fit={props.fit}>
      {url !== null ? (
        <img
          className="dw-image-img"
          src={url}
          alt={props.alt}
          hidden={broken}
          draggable={false}
          style={{ objectFit: props.fit }}
          onError={() => setFailed(url)}
          onLoad={() => setFailed((f) => (f === url ? null : f))}
        />
      ) : null}
      {note ? (
        <div className="dw-image-note" role={source.kind === 'none' ? undefined : 'img'} aria-label={source.kind === 'none' ? undefined : props.alt || note}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="3" y="4" width="18" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="m3 16 5-5 4 4 3-3 6 6" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
            <circle cx="15.5" cy="8.5" r="1.5" fill="currentColor" />
          </svg>
          <span>{note}</span>
        </div>
      ) : null}
    </div>
  );
}
