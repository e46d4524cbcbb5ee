/** The weather widget is loaded only when asked for (includeScript when: "demand"). */
export default function loadWeatherNow(): Outputs {
  return true;
}
