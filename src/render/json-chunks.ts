/**
 * `JSON.stringify(value, null, 2)` in pieces: the arrays and objects of the top `depth`
 * levels are written member by member, everything below them with `JSON.stringify`. The
 * joined pieces are exactly `JSON.stringify(value, null, 2)`, but no piece holds the
 * whole document, so a comparison of thousands of articles is written without building
 * one string larger than V8 allows (about 512 MB) or holding it all in memory.
 *
 * @example [...jsonChunks({ a: [1, 2] })].join('') === JSON.stringify({ a: [1, 2] }, null, 2) // true
 */
export function* jsonChunks(value: unknown, depth = 2, indent = ''): Generator<string> {
  if (depth > 0 && Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const inner = `${indent}  `;
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '\n' : ',\n'}${inner}`;
      const item: unknown = value[i];
      // JSON.stringify writes null for what JSON cannot hold in an array.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonChunks(item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    // The same members in the same order as JSON.stringify: own enumerable string keys,
    // leaving out what JSON cannot hold.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    const inner = `${indent}  `;
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      const [key, v] = entries[i]!;
      yield `${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(v, depth - 1, inner);
    }
    yield `\n${indent}}`;
    return;
  }
  const text = JSON.stringify(value, null, 2);
  // A string value never holds a raw line break (JSON escapes it), so every one is layout.
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

// Records, written member by member; anything else (a Date, a boxed number, a class
// instance, something with a toJSON) is left to JSON.stringify whole.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
