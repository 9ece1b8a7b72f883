/**
 * Adds a value to the list a map holds under a key, starting the list if there is none. A value just added under
 * the same key is not added again, so one record with several links to the same key is listed once.
 */
export function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list.at(-1) !== value) list.push(value);
  } else map.set(key, [value]);
}
