/** What the two includeScripts report. */
export default function scriptStatus({ loaded, error, unlisted }: Inputs): Outputs {
  const weather = loaded ? 'Weather widget loaded: data/weather-widget.js ran in the page' : error ? `Weather widget failed: ${error}` : 'Weather widget: not loaded yet';
  return `**Scripts** · ${weather}${unlisted ? `\n\nUnlisted script: ${unlisted}` : ''}`;
}
