// A third-party-style script, loaded on demand by the includeScript "weather" (listed in
// settings.allowScripts). It runs in the page: here it publishes a forecast the page can read.
(function () {
  const days = ['Mon', 'Tue', 'Wed'];
  window.fieldOpsWeather = {
    loadedAt: new Date().toISOString(),
    forecast: days.map((day, i) => ({ day, high: 14 + i * 2, rain: [10, 60, 20][i] })),
  };
  document.documentElement.dataset.weather = 'ready';
})();
