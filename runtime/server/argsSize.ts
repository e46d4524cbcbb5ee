/**
 * The size of a callback's arguments as boundedCallback.ts counts it (one per value, plus the
 * length of every string and key), or undefined once it passes `budget`: the walk stops there,
 * so measuring costs at most `budget` steps however large (or shared, or cyclic) the values are.
 */
export function sizeWithin(values: readonly unknown[], budget: number): number | undefined {
  const stack: unknown[] = [...values];
  let size = 0;
  while (stack.length > 0) {
    if (size > budget) return undefined;
    const value = stack.pop();
    size += 1;
    if (typeof value === 'string') size += value.length;
    else if (Array.isArray(value)) {
      if (size + value.length > budget) return undefined;
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        size += key.length + 1;
        if (size > budget) return undefined;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return size > budget ? undefined : size;
}
