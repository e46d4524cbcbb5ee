import { DraggableCore } from 'react-draggable';

/*
 * react-draggable puts a class on <body> for the length of a drag, with a rule
 * `.react-draggable-transparent-selection *::selection`: toggling it restyles every element of
 * the document, ~30 ms with 300 components on the canvas, at pick-up and again at release.
 * react-grid-layout gives no way to turn it off per item, so it is turned off for every
 * draggable here; the canvas stops text selection with `user-select: none` instead
 * (styles/canvas.css).
 */
DraggableCore.defaultProps = { ...DraggableCore.defaultProps, enableUserSelectHack: false };
