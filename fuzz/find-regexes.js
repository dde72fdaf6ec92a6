// Finds the regular expressions written in TypeScript source: every regex literal (with a
// small tokenizer that knows strings, template literals, comments and division) and every
// `new RegExp(` call site. Used by test/regex-backtracking.test.ts.

/** Tokens after which a `/` starts a regex literal rather than a division. */
const BEFORE_REGEX_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

/**
 * The regex literals of one source file, with the line each starts on.
 *
 * @param {string} source
 * @returns {Array<{ line: number, source: string, flags: string }>}
 */
export function findRegexLiterals(source) {
  const out = [];
  let i = 0;
  let line = 1;
  // What the last significant token was: 'value' (an identifier, number, `)` or `]`: a `/` divides) or 'operator'.
  let last = 'operator';
  // Open template literals and `${` braces, innermost last: 'template' or 'brace'.
  const stack = [];
  const n = source.length;
  const advance = (to) => {
    for (; i < to; i++) if (source[i] === '\n') line++;
  };
  while (i < n) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (top === 'template') {
      // Inside a template literal: text up to the closing backtick or a `${`.
      if (c === '\\') advance(i + 2);
      else if (c === '`') {
        stack.pop();
        advance(i + 1);
        last = 'value';
      } else if (c === '$' && source[i + 1] === '{') {
        stack.push('brace');
        advance(i + 2);
        last = 'operator';
      } else advance(i + 1);
      continue;
    }
    if (c === '\n' || c === ' ' || c === '\t' || c === '\r') {
      advance(i + 1);
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      advance(end < 0 ? n : end);
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      advance(end < 0 ? n : end + 2);
      continue;
    }
    if (c === '\'' || c === '"') {
      let j = i + 1;
      while (j < n && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      advance(j + 1);
      last = 'value';
      continue;
    }
    if (c === '`') {
      stack.push('template');
      advance(i + 1);
      continue;
    }
    if (c === '{') {
      stack.push('brace');
      advance(i + 1);
      last = 'operator';
      continue;
    }
    if (c === '}') {
      stack.pop();
      advance(i + 1);
      // `}` ends a block or an object literal; a regex rarely follows either, a division never does in this code.
      last = 'operator';
      continue;
    }
    if (c === '/') {
      if (last === 'value') {
        advance(i + 1);
        last = 'operator';
        continue;
      }
      const startLine = line;
      let j = i + 1;
      let inClass = false;
      while (j < n) {
        const d = source[j];
        if (d === '\\') j += 2;
        else if (d === '\n') break;
        else if (inClass) {
          if (d === ']') inClass = false;
          j++;
        } else if (d === '[') {
          inClass = true;
          j++;
        } else if (d === '/') break;
        else j++;
      }
      if (source[j] !== '/') throw new Error(`unterminated regex literal at line ${startLine}`);
      let k = j + 1;
      while (k < n && /[a-z]/.test(source[k])) k++;
      out.push({ line: startLine, source: source.slice(i + 1, j), flags: source.slice(j + 1, k) });
      advance(k);
      last = 'value';
      continue;
    }
    if (/[\p{L}\p{N}_$]/u.test(c)) {
      let j = i + 1;
      while (j < n && /[\p{L}\p{N}_$]/u.test(source[j])) j++;
      const word = source.slice(i, j);
      advance(j);
      last = BEFORE_REGEX_WORDS.has(word) ? 'operator' : 'value';
      continue;
    }
    // A `!` right after a value is TypeScript's non-null assertion (`list[i]! / n`): still a value.
    if (c === '!' && last === 'value' && source[i + 1] !== '=') {
      advance(i + 1);
      continue;
    }
    advance(i + 1);
    last = c === ')' || c === ']' ? 'value' : 'operator';
  }
  return out;
}

/**
 * The lines of one source file that call `new RegExp(`.
 *
 * @param {string} source
 * @returns {number[]}
 */
export function findRegExpCalls(source) {
  const lines = [];
  source.split('\n').forEach((text, k) => {
    const code = text.replace(/\/\/.*$/, '');
    if (/\bnew RegExp\(/.test(code)) lines.push(k + 1);
  });
  return lines;
}
