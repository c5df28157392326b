/**
 * The script-tag and embed builds' local-links.ts (chosen by `resolve.alias` in vite.config.ts):
 * no check. Links to a development server change nothing of what a widget shows, and the
 * validator (`npx infest-widgets validate`, which a widget's console warning names) says it;
 * a village site's readers need not download the check.
 */
export function noteLocalLinks(): void {
  // Deliberately empty: see above.
}
