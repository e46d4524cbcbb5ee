// Browser entry of the table scenario (bundled by bench/tableScenario.ts): a 100,000-row table
// (pageSize 0) in a card-sized frame, its props held as the app runtime holds them.
import { useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import table from '../runtime/components/table';

const ROWS = 100_000;
const cities = ['London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Oslo', 'Lisbon'];

function rows(): Record<string, unknown>[] {
  let seed = 42;
  const random = (): number => {
    // mulberry32: the same rows on every run
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: ROWS }, (_, i) => ({
    id: i,
    name: `Customer ${i.toString(36)}`,
    city: cities[i % cities.length],
    score: Math.round(random() * 100_000) / 100,
    orders: Math.floor(random() * 500),
    since: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
  }));
}

const data = rows();

function App(): ReactElement {
  const [props, setProps] = useState(() =>
    table.props.parse({ data, pageSize: 0, rowSelection: 'multi', columns: [{ id: 'id' }, { id: 'name' }, { id: 'city' }, { id: 'score', format: ',.2f' }, { id: 'orders' }, { id: 'since' }] }),
  );
  const View = table.View;
  return (
    <div id="t" data-type="table" data-mode="app" className="dw-component" style={{ width: 900, height: 560 }}>
      <View id="t" props={props} mode="app" setProp={(prop, value) => setProps((p) => ({ ...p, [prop]: value }))} />
    </div>
  );
}

declare global {
  interface Window {
    __mountTable(): number;
  }
}

/** Renders the table synchronously; returns the milliseconds React took to commit it. */
window.__mountTable = () => {
  const began = performance.now();
  flushSync(() => createRoot(document.getElementById('root')!).render(<App />));
  return performance.now() - began;
};
