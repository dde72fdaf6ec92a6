// `node --import ./test/helpers/log-imports.mjs …` writes the URL of every module file
// the program imports to stderr, one per line, prefixed with "import: ".
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.startsWith('file:')) process.stderr.write('import: ' + result.url + '\\n');
  return result;
}`));
