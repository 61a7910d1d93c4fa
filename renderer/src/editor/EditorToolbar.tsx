import { useTranslation } from 'react-i18next';

export interface EditorToolbarProps {
  reviewing: boolean;
  diffOpen: boolean;
  pendingRepairs: number;
  onReview: () => void;
  onPromote: () => void;
  onSplit: () => void;
  onMerge: () => void;
  onDiff: () => void;
}

/** A quiet row of the pane's actions, each with its key, for the mouse and for discovery. */
export function EditorToolbar(props: EditorToolbarProps): React.JSX.Element {
  const { t } = useTranslation('editor');
  const buttons = [
    { id: 'review', label: t('toolbar.review'), key: 'R', onClick: props.onReview, pressed: props.reviewing },
    { id: 'promote', label: t('toolbar.promote'), key: 'H', onClick: props.onPromote },
    { id: 'split', label: t('toolbar.split'), key: 'S', onClick: props.onSplit },
    { id: 'merge', label: t('toolbar.merge'), key: 'M', onClick: props.onMerge },
    {
      id: 'diff',
      label: props.diffOpen ? t('toolbar.closeDiff') : t('toolbar.diff'),
      key: 'D',
      onClick: props.onDiff,
      pressed: props.diffOpen,
    },
  ];
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          data-testid={`toolbar-${button.id}`}
          aria-pressed={button.pressed}
          // Keep the caret where it is: H and S act on the block that holds it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.onClick}
        >
          {button.label}
          {button.id === 'review' && props.pendingRepairs > 0 ? (
            <span className="editor-toolbar__count">{props.pendingRepairs}</span>
          ) : null}
          <kbd>{button.key}</kbd>
        </button>
      ))}
    </div>
  );
}
