import { createRequire } from 'node:module';

/**
 * The gender a first name most often has, from the English list of
 * `gender-detection-from-name` (about 32,000 given names with their usual gender; MIT).
 * Read on first use: the list takes about 30 ms to load, which commands that never
 * resolve a pronoun (`coverage --help`, `coverage ingest`) should not pay.
 *
 * @example firstNameGender('Hillary') // 'f'
 * @example firstNameGender('Hampshire') // undefined
 */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  const found = names().get(word.toLowerCase());
  return found === 'male' ? 'm' : found === 'female' ? 'f' : undefined;
}

let list: ReadonlyMap<string, string> | undefined;

function names(): ReadonlyMap<string, string> {
  list ??= createRequire(import.meta.url)('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>;
  return list;
}
