/**
 * Appending one array to another without spreading it into call arguments: `push(...items)`
 * passes every item on the stack and throws a RangeError past roughly 100 000 items, which a
 * list of field errors can reach.
 */

/**
 * Appends every item of `items` to `target`, in order, with a loop.
 * @param target - the array to grow
 * @param items - the items to append
 * @returns `target`
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  return target;
}
