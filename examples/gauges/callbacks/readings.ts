/** A toy boiler: pressure and temperature rise with the burner and fall with the water flow. */
export default function readings({ load, flow }: { load: number; flow: number }) {
  const pressure = Math.round((1 + load * 0.11 - flow * 0.02) * 10) / 10;
  const temperature = Math.round(20 + load * 1.1 - flow * 0.4);
  return { pressure: Math.max(0, pressure), temperature: Math.max(0, temperature) };
}
