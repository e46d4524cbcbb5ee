/** Region names of the "cluster" numbers in vega-datasets' gapminder.json. */
export const REGIONS = [
  'South Asia',
  'Europe & Central Asia',
  'Sub-Saharan Africa',
  'America',
  'East Asia & Pacific',
  'Middle East & North Africa',
] as const;

export interface Row {
  year: number;
  country: string;
  cluster: number;
  pop: number;
  life_expect: number;
  fertility: number;
  region: string;
}
