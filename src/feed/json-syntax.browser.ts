/**
 * The script-tag and embed builds' json-syntax.ts (chosen by `resolve.alias` in vite.config.ts):
 * the engine's own words instead of the validator's hand-written scanner, with the position
 * when the engine gives one. A widget shows its own sentence for a broken feed; this only
 * words the developer message.
 */
import type { RefusedJson, SyntaxLocation } from './json-syntax.js';

/** Where and why `JSON.parse` refused a text, as the engine said it. */
export function locateSyntaxError({ text, error }: RefusedJson): SyntaxLocation {
  // Chromium: "… at position 12 (line 2 column 5)"; Firefox: "… at line 2 column 5 of the
  // JSON data"; every engine: "… end of …" or "EOF" when the text is cut off.
  const problem = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(problem);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), problem };
  const position = /position (\d+)/.exec(problem);
  if (position) return { position: Number(position[1]), problem };
  return /end of|EOF/i.test(problem) ? { position: text.length, problem } : { problem };
}
