/** Points an includeScript at a script settings.allowScripts does not list: the page refuses it. */
export default function loadUnlisted(): Outputs {
  return { src: 'https://cdn.example.com/unlisted.js', load: true };
}
