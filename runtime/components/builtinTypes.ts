// The built-in component types: one line per type folder (the palette orders them by group, then label).
export { default as button } from './button';
export { default as checklist } from './checklist';
export { default as download } from './download';
export { default as dropdown } from './dropdown';
export { default as graph } from './graph';
export { default as image } from './image';
export { default as input } from './input';
export { default as interval } from './interval';
export { default as markdown } from './markdown';
export { default as radio } from './radio';
export { default as rangeSlider } from './rangeSlider';
export { default as slider } from './slider';
export { default as stat } from './stat';
export { default as store } from './store';
export { default as table } from './table';
export { default as text } from './text';
export { default as upload } from './upload';
