/**
 * Keyboard shortcuts of the review screens, robust to Vietnamese input: Telex/VNI input methods
 * (Unikey, EVKey, ibus-bamboo) compose only inside text fields, but while they do, keydown says
 * `isComposing` (or key "Process", keyCode 229) and must be ignored; the Windows Vietnamese layout
 * types ă â ê ô … on the digit row, so digits and letters are read from `event.code` (the physical
 * key) whenever `event.key` is not a plain ASCII character.
 */
export type ShortcutEvent = Pick<
  KeyboardEvent,
  'key' | 'code' | 'isComposing' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'
> & { keyCode?: number };

/** A text field, a list box or anything editable: there, letters are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as (Partial<HTMLElement> & { type?: string }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT')
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      String(el.type ?? 'text').toLowerCase(),
    );
  return false;
}

const NAMED = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', 'Escape']);

/**
 * The shortcut a keydown means — a lower-case letter, a digit, '?', or a named key — or null
 * when it is none: while composing, with Ctrl/Alt/Meta (the browser's and the system's own
 * shortcuts), or in a text field.
 */
export function shortcutKey(e: ShortcutEvent): string | null {
  if (e.isComposing || e.keyCode === 229) return null;
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTypingTarget(e.target)) return null;
  if (NAMED.has(e.key)) return e.key;
  if (e.key === '?' || (e.code === 'Slash' && e.shiftKey)) return '?';
  if (/^[a-z0-9]$/i.test(e.key)) return e.key.toLowerCase();
  // "Process", "Unidentified", "ă" (Vietnamese layout on the digit row), "đ"…: the physical key.
  const letter = /^Key([A-Z])$/.exec(e.code);
  if (letter) return letter[1]!.toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(e.code);
  if (digit) return digit[1]!;
  return null;
}

/** True while a modal dialog is open: the page's own shortcuts wait for it to close. */
export const dialogOpen = () => document.querySelector('dialog[open]') !== null;
