import { type KeyboardEvent, useMemo, useState } from 'react';
import { filterOptions, type PickerOption } from '../filter-options.ts';
import type { ControlProps } from './form-field.tsx';
import { PickerList } from './picker-list.tsx';
import { PickerToggle } from './picker-toggle.tsx';

interface SearchablePickerProps extends ControlProps {
  options: readonly PickerOption[];
  value: string;
  onChange: (value: string) => void;
  /** Read out for the chevron button ("Mở danh sách"). */
  toggleLabel: string;
  noResults: string;
  /** "12 kết quả" — announced while typing. */
  countLabel: (n: number) => string;
  placeholder?: string;
  disabled?: boolean;
}

const MAX_SHOWN = 60;

/**
 * ARIA 1.2 combobox with a listbox popup: type to filter (tones and case ignored), arrows to
 * move, Enter to choose, Escape to close. Focus stays in the input (aria-activedescendant).
 * Typing never changes the chosen value; leaving the field shows the chosen label again.
 */
export function SearchablePicker(props: SearchablePickerProps) {
  const { options, value, onChange, toggleLabel, noResults, countLabel, ...rest } = props;
  const { placeholder, disabled, ...control } = rest;
  const selected = options.find((o) => o.value === value);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null); // null: not typing
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => filterOptions(options, query ?? ''), [options, query]);
  const shown = matches.slice(0, MAX_SHOWN);
  const listId = `${control.id}-list`;

  const show = (next: boolean) => {
    setOpen(next);
    if (next)
      setActive(
        Math.max(
          0,
          shown.findIndex((o) => o.value === value),
        ),
      );
    else setQuery(null);
  };
  const choose = (option: PickerOption) => {
    onChange(option.value);
    show(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return show(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step > last ? 0 : i + step < 0 ? last : i + step));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = shown[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      show(false);
    }
  };
  const onBlur = () => {
    // a single match for what was typed is clearly the one meant
    if (query !== null && matches.length === 1 && matches[0]) onChange(matches[0].value);
    show(false);
  };

  const activeOption = open ? shown[active] : undefined;
  return (
    <div className="picker">
      <input
        {...control}
        className="input picker__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.value}` : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={query ?? selected?.label ?? ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => !open && show(true)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <PickerToggle
        label={toggleLabel}
        disabled={disabled}
        onToggle={() => {
          document.getElementById(control.id)?.focus();
          show(!open);
        }}
      />
      <PickerList
        id={listId}
        open={open}
        options={shown}
        value={value}
        active={active}
        noResults={noResults}
        onChoose={choose}
        onHover={setActive}
      />
      <span className="visually-hidden" role="status">
        {open && query !== null ? countLabel(matches.length) : ''}
      </span>
    </div>
  );
}
