import { type ReactNode, useEffect, useRef } from 'react';

interface ModalDialogProps {
  id: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: focus moves in and stays in, Escape closes it, and focus returns to
 * the button that opened it. Mount it to open it.
 */
export function ModalDialog({ id, title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (el && !el.open) el.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      id={id}
      className="bo-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="bo-dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
