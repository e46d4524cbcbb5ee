/** What every input of the page currently holds, as a callback receives it (runs in the browser). */
export default function describe(args: Inputs): Outputs {
  const lines = Object.entries(args).map(([name, value]) => {
    const text = JSON.stringify(value) ?? 'undefined';
    return `- **${name}** \`${text.length > 80 ? `${text.slice(0, 80)}…` : text}\``;
  });
  return `#### What the callbacks receive\n${lines.join('\n')}`;
}
