/** Styling functions a formatter may use; the CLI passes chalk or plain identity functions. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
  inverse(text: string): string;
}

/** Everything a formatter knows about where its output goes. */
export interface RenderContext {
  /** Colour is on only when this says so (a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
  styles: Styles;
  /** Columns to fit tables into. */
  width: number;
}

const identity = (text: string) => text;

/** Styles that add nothing: for files, pipes and NO_COLOR. */
export const PLAIN_STYLES: Styles = {
  bold: identity, dim: identity, italic: identity, underline: identity, red: identity,
  green: identity, yellow: identity, cyan: identity, magenta: identity, inverse: identity,
};

/** A render context for plain output at a given width. */
export function plainContext(width = 100): RenderContext {
  return { color: false, styles: PLAIN_STYLES, width };
}

/** The schema version of every machine-readable output; bump it when a field changes. */
export const SCHEMA_VERSION = 2;

/** What a formatter gives: the whole text, or its pieces in order (`jsonChunks`), for output too large for one string. */
export type Output = string | Iterable<string>;
