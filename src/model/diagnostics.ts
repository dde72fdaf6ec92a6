import type { Diagnostic, Severity } from './types.js';

/** Builds a diagnostic whose message starts with the place (`file:line: …`), as compilers print them. */
export function makeDiagnostic(
  code: string,
  severity: Severity,
  file: string,
  message: string,
  line?: number,
): Diagnostic {
  const place = line === undefined ? file : `${file}:${line}`;
  return line === undefined
    ? { code, severity, file, message: `${place}: ${message}` }
    : { code, severity, file, line, message: `${place}: ${message}` };
}

/** True when any diagnostic is an error (the run then exits 1). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
