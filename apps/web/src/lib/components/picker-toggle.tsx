import { Icon } from './icon.tsx';

interface PickerToggleProps {
  label: string;
  disabled?: boolean;
  onToggle: () => void;
}

/**
 * The chevron that opens the whole list (44px target). Out of the tab order: the input already
 * opens it with the arrow keys; mouse-down is swallowed so the input keeps focus.
 */
export function PickerToggle({ label, disabled, onToggle }: PickerToggleProps) {
  return (
    <button
      type="button"
      className="picker__toggle"
      tabIndex={-1}
      aria-label={label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      <Icon name="chevronDown" />
    </button>
  );
}
