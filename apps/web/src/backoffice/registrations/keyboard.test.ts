import { describe, expect, it } from 'vitest';
import { isTypingTarget, type ShortcutEvent, shortcutKey } from './keyboard.ts';

const body = { tagName: 'BODY' } as unknown as EventTarget;
const ev = (o: Partial<ShortcutEvent>): ShortcutEvent => ({
  key: '',
  code: '',
  isComposing: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: body,
  ...o,
});

describe('shortcutKey', () => {
  it('reads letters, digits, "?" and arrows on an ordinary layout', () => {
    expect(shortcutKey(ev({ key: 'A', code: 'KeyA', shiftKey: true }))).toBe('a');
    expect(shortcutKey(ev({ key: '2', code: 'Digit2' }))).toBe('2');
    expect(shortcutKey(ev({ key: '?', code: 'Slash', shiftKey: true }))).toBe('?');
    expect(shortcutKey(ev({ key: 'ArrowRight', code: 'ArrowRight' }))).toBe('ArrowRight');
  });

  it('reads the physical key under the Vietnamese layout and an input method outside a field', () => {
    // Windows "Vietnamese" layout: the digit row types ă â ê ô …
    expect(shortcutKey(ev({ key: 'ă', code: 'Digit1' }))).toBe('1');
    expect(shortcutKey(ev({ key: 'đ', code: 'Digit0' }))).toBe('0');
    expect(shortcutKey(ev({ key: 'Unidentified', code: 'KeyJ' }))).toBe('j');
  });

  it('ignores keys while an input method composes, with modifiers, and in text fields', () => {
    expect(shortcutKey(ev({ key: 'a', code: 'KeyA', isComposing: true }))).toBeNull();
    expect(shortcutKey(ev({ key: 'Process', code: 'KeyA', keyCode: 229 }))).toBeNull();
    expect(shortcutKey(ev({ key: 'a', code: 'KeyA', ctrlKey: true }))).toBeNull();
    const field = { tagName: 'INPUT', type: 'text' } as unknown as EventTarget;
    expect(shortcutKey(ev({ key: 'a', code: 'KeyA', target: field }))).toBeNull();
    const area = { tagName: 'TEXTAREA' } as unknown as EventTarget;
    expect(shortcutKey(ev({ key: 'r', code: 'KeyR', target: area }))).toBeNull();
  });

  it('lets radios and buttons through (the reject reasons are radios)', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' } as unknown as EventTarget)).toBe(
      false,
    );
    expect(isTypingTarget({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(
      isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget),
    ).toBe(true);
  });
});
