import { Localizer, DEFAULT_LANG, resolveLang } from '../internal/localize.js';
import type { EmbedPlan } from './params.js';
import { postHeight } from './height.js';

/**
 * The iframe embed page: builds the one widget its query string asks for (attributes only,
 * never markup; embed.ts has loaded its element), and tells the parent page how tall it is.
 */
export function start(plan: EmbedPlan): void {
  if (plan.ok) {
    const element = document.createElement(plan.tag);
    for (const [name, value] of plan.attributes) element.setAttribute(name, value);
    // The language the widget speaks: locale=ar, say, has no catalog, so Indonesian.
    const shown = new Localizer(resolveLang(element)).locales[0] ?? DEFAULT_LANG;
    document.documentElement.lang = shown;
    element.setAttribute('lang', shown);
    document.body.replaceChildren(element);
  } else {
    const localizer = new Localizer(plan.lang ?? DEFAULT_LANG);
    document.documentElement.lang = localizer.locales[0] ?? DEFAULT_LANG;
    const message = document.createElement('p');
    message.className = 'embed-error';
    message.setAttribute('role', 'status');
    const detail = document.createElement('small');
    detail.textContent = plan.message;
    message.append(plan.kind === 'blocked' ? localizer.t.errors.blocked : localizer.t.errors['not-found'], detail);
    document.body.replaceChildren(message);
    console.warn(`infest-widgets embed: ${plan.message}`);
  }
  postHeight();
}
