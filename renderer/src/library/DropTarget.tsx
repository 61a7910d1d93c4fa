import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DropTargetProps {
  disabled: boolean;
  onDrop(files: File[]): void;
  children: ReactNode;
}

const hasFiles = (event: React.DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/** The whole window takes dropped issue files; an overlay says so while files hover over it. */
export function DropTarget({ disabled, onDrop, children }: DropTargetProps) {
  const { t } = useTranslation();
  // Counts enter/leave pairs: dragging over child elements fires leave on the parent.
  const [depth, setDepth] = useState(0);
  return (
    <div
      className="drop-target"
      data-testid="drop-target"
      onDragEnter={(event) => hasFiles(event) && setDepth((d) => d + 1)}
      onDragLeave={(event) => hasFiles(event) && setDepth((d) => Math.max(0, d - 1))}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDepth(0);
        const files = Array.from(event.dataTransfer.files);
        if (!disabled && files.length > 0) onDrop(files);
      }}
    >
      {children}
      {depth > 0 && (
        <div className="drop-overlay" aria-hidden="true">
          {t('library.dropOverlay')}
        </div>
      )}
    </div>
  );
}
