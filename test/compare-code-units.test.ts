// Output order must not depend on the machine: strings are ordered by code units through
// one helper (src/model/compare-code-units.ts), never with localeCompare, whose order
// follows the locale and the ICU data Node was built with.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../src/model/compare-code-units.js';
import { ROOT } from './helpers/fake-cli.js';

const SRC = path.join(ROOT, 'src');
const HELPER = 'model/compare-code-units.ts';

/** Files that may keep a copy of the comparator: none. */
const NOT_YET = new Set<string>();

/** Each source file's code without its comments, so a comment may still name localeCompare. */
function sources(): Array<[string, string]> {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split(path.sep).join('/'))
    .sort()
    .map((f) => [f, readFileSync(path.join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')]);
}

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code units, as sort() without a comparator does', () => {
    const words = ['émile', 'Zoe', 'adam', 'Adam', 'zoë', 'a', '', '10', '9', 'ß', 'ss', '😀', '\uFFFF'];
    expect([...words].sort(compareCodeUnits)).toEqual([...words].sort());
    expect(['b', 'a', 'B'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b']);
    expect(compareCodeUnits('same', 'same')).toBe(0);
  });

  it('is a consistent order: antisymmetric and transitive on any strings', () => {
    const words = ['x', 'X', 'é', 'e\u0301', 'ab', 'a', 'b', '😀', '\uD83D'];
    for (const a of words) {
      for (const b of words) {
        expect(Math.sign(compareCodeUnits(a, b)) + Math.sign(compareCodeUnits(b, a))).toBe(0);
        for (const c of words) if (compareCodeUnits(a, b) < 0 && compareCodeUnits(b, c) < 0) expect(compareCodeUnits(a, c)).toBeLessThan(0);
      }
    }
  });
});

describe('src/', () => {
  const files = sources();

  it('never calls localeCompare', () => {
    expect(files.filter(([, code]) => /\.localeCompare\s*\(/.test(code)).map(([f]) => f)).toEqual([]);
  });

  it('keeps no hand-written copy of the code-unit comparator', () => {
    const copy = /\?\s*-1\s*:\s*[\w.[\]!]+\s*>\s*[\w.[\]!]+\s*\?\s*1\s*:\s*0/;
    const copies = files.filter(([f, code]) => f !== HELPER && !NOT_YET.has(f) && copy.test(code)).map(([f]) => f);
    expect(copies).toEqual([]);
    // The check sees the copies it is meant to catch.
    expect(files.filter(([f, code]) => f === HELPER && copy.test(code))).toHaveLength(1);
  });
});
