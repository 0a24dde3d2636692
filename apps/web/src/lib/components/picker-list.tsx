import { useEffect, useRef } from 'react';
import type { PickerOption } from '../filter-options.ts';

interface PickerListProps {
  id: string;
  open: boolean;
  options: readonly PickerOption[];
  value: string;
  active: number;
  noResults: string;
  onChoose: (option: PickerOption) => void;
  onHover: (index: number) => void;
}

/** The popup of SearchablePicker: options at least 44px tall, the active one kept in view. */
export function PickerList(props: PickerListProps) {
  const { id, open, options, value, active, noResults, onChoose, onHover } = props;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || active < 0) return;
    ref.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  if (!open) return <div id={id} role="listbox" hidden />;
  if (options.length === 0) {
    return (
      <>
        <div id={id} role="listbox" hidden />
        <p className="picker__empty">{noResults}</p>
      </>
    );
  }
  return (
    <div id={id} role="listbox" className="picker__list" ref={ref}>
      {options.map((option, i) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
        <div
          key={option.value}
          tabIndex={-1}
          id={`${id}-${option.value}`}
          role="option"
          aria-selected={option.value === value}
          className={i === active ? 'picker__option picker__option--active' : 'picker__option'}
          // keep focus in the input, so the list does not close before the click lands
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => i !== active && onHover(i)}
          onClick={() => onChoose(option)}
        >
          <span className="picker__label">{option.label}</span>
          {option.details?.map((line) => (
            <span className="picker__detail" key={line}>
              {line}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
