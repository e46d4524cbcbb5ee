/** How the analytics events are getting on. */
export default function usageStatus({ sent, error }: Inputs): Outputs {
  const delivered = `Usage analytics: ${sent} event${sent === 1 ? '' : 's'} delivered`;
  return error ? `${delivered} · ${error}` : delivered;
}
