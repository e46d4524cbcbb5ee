/** Reads the dials (a project component's props, typed like any other) and says how things stand. */
export default function describe({ pressure, temperature }: { pressure: number; temperature: number }): string {
  if (pressure === 0 && temperature === 0) return 'Both dials reset.';
  const alarms = [pressure >= 9 ? 'pressure high' : '', temperature >= 95 ? 'temperature high' : ''].filter(Boolean);
  return alarms.length > 0 ? `Alarm: ${alarms.join(', ')} (${pressure} bar, ${temperature} °C)` : `Normal: ${pressure} bar, ${temperature} °C`;
}
