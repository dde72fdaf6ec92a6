import { it } from 'vitest';
import { findNumbers, normalizeNumbers } from '../src/align/numbers.js';
import { claimTokens, findNames } from '../src/align/claims/claim-tokens.js';
it('micro', () => {
  const s = 'Nm3q w1x w2ax Nm11q w3x w15x w7x w22x w9x w1x w3x w4x w5x w6x w7x.';
  let t = Date.now(); for (let i = 0; i < 20000; i++) findNumbers(s); console.log('MICRO findNumbers', Date.now() - t);
  t = Date.now(); for (let i = 0; i < 20000; i++) normalizeNumbers(s); console.log('MICRO normalize', Date.now() - t);
  const names = findNames([s]);
  t = Date.now(); for (let i = 0; i < 20000; i++) claimTokens(s, names); console.log('MICRO claimTokens', Date.now() - t);
  t = Date.now(); for (let i = 0; i < 20000; i++) findNames([s]); console.log('MICRO findNames', Date.now() - t);
});
