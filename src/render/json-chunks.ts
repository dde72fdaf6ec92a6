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
    // JSON.stringify writes null for what JSON cannot hold in an array.
    yield* container('[', ']', value.map((item) => ['', unrepresentable(item) ? null : item] as const), depth, indent);
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    // The same members in the same order as JSON.stringify: own enumerable string keys,
    // leaving out what JSON cannot hold.
    const members = Object.entries(value).filter(([, v]) => !unrepresentable(v)).map(([key, v]) => [`${JSON.stringify(key)}: `, v] as const);
    yield* container('{', '}', members, depth, indent);
    return;
  }
  const text = JSON.stringify(value, null, 2);
  // A string value never holds a raw line break (JSON escapes it), so every one is layout.
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** An array or object, one member (its key, if any, then its value) a line, as JSON.stringify lays them out. */
function* container(open: string, close: string, members: ReadonlyArray<readonly [string, unknown]>, depth: number, indent: string): Generator<string> {
  if (members.length === 0) {
    yield open + close;
    return;
  }
  const inner = `${indent}  `;
  yield open;
  for (let i = 0; i < members.length; i++) {
    const [key, v] = members[i]!;
    yield `${i === 0 ? '\n' : ',\n'}${inner}${key}`;
    yield* jsonChunks(v, depth - 1, inner);
  }
  yield `\n${indent}${close}`;
}

function unrepresentable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

// Records, written member by member; anything else (a Date, a boxed number, a class
// instance, something with a toJSON) is left to JSON.stringify whole.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
