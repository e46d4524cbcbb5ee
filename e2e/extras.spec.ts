import { expect, test } from '@playwright/test';
import { startCollector, startFieldOps, type Collector } from './fieldOps';
import type { Running } from './support';

// Issue #9, "Done when": in an exported app, clicking a map marker, choosing a timeline event,
// loading an allowed script on demand (and refusing an unlisted one), and an analytics event
// arriving at a local endpoint each show up in a callback's output.

let app: Running | undefined;
let collector: Collector | undefined;

test.beforeAll(async () => {
  collector = await startCollector();
  app = await startFieldOps(collector.url);
});

test.afterAll(async () => {
  await app?.stop();
  await collector?.close();
});

test('map, timeline, includeScript and analytics in the exported field-ops app', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.context().addCookies([{ name: 'fieldops_user', value: 'ada', url: app!.url }]);
  await page.goto(app!.url);

  // Map: Leaflet draws the sites as markers titled with their names; a click is an input.
  const map = page.locator('#sites');
  await expect(map.locator('.leaflet-container')).toBeVisible();
  const marker = map.locator('.leaflet-marker-icon[title="Riverside pumping station"]');
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(6);
  await expect(map.locator('path.leaflet-interactive').first()).toBeVisible(); // the zones
  await marker.click();
  await expect(page.locator('#site_info')).toContainText('Site: Riverside pumping station');
  await expect(page.locator('#site_info')).toContainText('Crew B');

  // Timeline: one button per job, in date order; a click selects, the arrow keys move.
  const timeline = page.locator('#schedule');
  await expect(timeline.getByRole('button')).toHaveCount(7);
  await expect(timeline.getByRole('button').first()).toHaveText('Pump overhaul');
  await timeline.getByRole('button', { name: 'Transformer repair' }).click();
  await expect(timeline.getByRole('button', { name: 'Transformer repair' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#event_info')).toContainText('Transformer repair');
  await expect(page.locator('#event_info')).toContainText('Old Town transformer');
  // The callback also picked the job's site on the map: its marker is highlighted, its text shown.
  await expect(map.locator('.dw-map-marker-selected')).toHaveAttribute('title', 'Old Town transformer');
  await expect(page.locator('#site_info')).toContainText('Site: Old Town transformer');
  await page.keyboard.press('ArrowRight');
  await expect(timeline.getByRole('button', { name: 'Substation inspection' })).toHaveAttribute('aria-pressed', 'true');
  await expect(timeline.getByRole('button', { name: 'Substation inspection' })).toBeFocused();
  await expect(page.locator('#event_info')).toContainText('Substation inspection');

  // includeScript: nothing loaded until asked; the allowed data/ script then runs in the page.
  await expect(page.locator('#scripts_info')).toContainText('Weather widget: not loaded yet');
  expect(await page.evaluate(() => 'fieldOpsWeather' in window)).toBe(false);
  await page.getByRole('button', { name: 'Load weather widget' }).click();
  await expect(page.locator('#scripts_info')).toContainText('Weather widget loaded');
  expect(await page.evaluate(() => (window as unknown as { fieldOpsWeather?: { forecast: unknown[] } }).fieldOpsWeather?.forecast.length)).toBe(3);
  await expect(page.locator('script[data-dw-include]')).toHaveCount(1);

  // An unlisted script is refused by the page, with the reason in a callback's output.
  await page.getByRole('button', { name: 'Try an unlisted script' }).click();
  await expect(page.locator('#scripts_info')).toContainText('Unlisted script: refused: "https://cdn.example.com/unlisted.js" is not listed');
  await expect(page.locator('script[data-dw-include]')).toHaveCount(1);

  // Analytics: the picks arrive at the local endpoint, with the user id from the cookie, and the delivered count shows.
  await expect.poll(() => collector!.events.map((e) => e.event)).toEqual(expect.arrayContaining(['sites.clickedMarker changed', 'schedule.selected changed']));
  const picked = collector!.events.find((e) => e.event === 'schedule.selected changed' && e.properties.value === 'ev-03');
  expect(picked?.properties).toMatchObject({ prop: 'schedule.selected', distinct_id: 'ada' });
  await expect(page.locator('#usage_info')).toContainText(`${collector!.events.length} events delivered`);
  expect(violations).toEqual([]);
});

test('the page sends a Content-Security-Policy admitting the project\'s script and analytics sources only', async ({ request }) => {
  const res = await request.get(app!.url);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('cdn.example.com');
  expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\d+/);
});
