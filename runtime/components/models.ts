import type { ComponentModel } from './model';
import { buttonModel } from './button/model';
import { dropdownModel } from './dropdown/model';
import { graphModel } from './graph/model';
import { inputModel } from './input/model';
import { markdownModel } from './markdown/model';
import { sliderModel } from './slider/model';
import { textModel } from './text/model';

/** The component types, in palette order. Adding a type: one folder and one line here (and its view in views.ts). */
export const componentModels: readonly ComponentModel[] = [
  textModel,
  markdownModel,
  buttonModel,
  sliderModel,
  dropdownModel,
  inputModel,
  graphModel,
];

export function getModel(type: string): ComponentModel | undefined {
  return componentModels.find((m) => m.type === type);
}
