import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalProps {
  label: string;
  className: string;
  testId: string;
  /** Closing is refused while false (an export in progress keeps its dialog). */
  closable?: boolean;
  onClose(): void;
  children: ReactNode;
}

/**
 * A dialog over the desk: Esc or a click outside closes it, and the focus goes back to where it was,
 * so a keyboard-only editor never loses their place. The first field or button inside takes the focus.
 */
export function Modal({ label, className, testId, closable = true, onClose, children }: ModalProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('input, select, button, [tabindex="0"]');
    first?.focus();
    return () => before?.focus();
  }, []);
  const close = () => closable && onClose();
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <div
        ref={box}
        className={`dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          close();
        }}
      >
        {children}
      </div>
    </div>
  );
}
