/** Keeps the notes in the browser's local storage (the store component). */
export default function keep_notes({ notes }: Inputs): Outputs {
  return { notes, savedAt: new Date().toISOString() };
}
