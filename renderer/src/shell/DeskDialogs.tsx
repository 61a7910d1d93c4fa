import type { IssueState } from '../hooks/useIssue';
import type { TagVocabularyState } from '../tags/useTagVocabulary';
import type { IssueViewModel } from './useIssueView';
import type { DialogName } from './useDeskCommands';
import { dispatchCommand } from '../commands/commandBus';
import { CommandPalette } from '../palette/CommandPalette';
import { ShortcutSheet } from '../palette/ShortcutSheet';
import { TagPicker } from '../tags/TagPicker';
import { TagVocabularyDialog } from '../tags/TagVocabularyDialog';
import { ExportDialog } from '../export/ExportDialog';
import { ApproveDialog } from '../dialogs/ApproveDialog';

export interface DeskDialogsProps {
  dialog: DialogName | null;
  isMac: boolean;
  view: IssueViewModel;
  issueState: IssueState;
  vocabulary: TagVocabularyState;
  onClose(): void;
}

/** The one open modal, if any: palette, shortcut sheet, tag picker, vocabulary or export. */
export function DeskDialogs({ dialog, isMac, view, issueState, vocabulary, onClose }: DeskDialogsProps) {
  switch (dialog) {
    case 'palette':
      return (
        <CommandPalette
          isMac={isMac}
          onClose={onClose}
          onRun={(id) => {
            onClose();
            dispatchCommand(id);
          }}
        />
      );
    case 'shortcuts':
      return <ShortcutSheet isMac={isMac} onClose={onClose} />;
    case 'tag':
      return (
        <TagPicker
          terms={vocabulary.vocabulary.terms}
          targetCount={view.targets.length}
          label={view.label}
          onClose={onClose}
          onPick={(tag) => {
            onClose();
            const articleIds = view.targets.map((article) => article.id);
            void issueState.applyEdit({ type: 'tagArticles', articleIds, add: [tag], remove: [] });
          }}
        />
      );
    case 'vocabulary':
      return (
        <TagVocabularyDialog
          vocabulary={vocabulary.vocabulary}
          error={vocabulary.error}
          onSave={vocabulary.save}
          onClose={onClose}
        />
      );
    case 'export':
      return (
        <ExportDialog
          issue={issueState.issue}
          current={view.current}
          targets={view.targets}
          tagCounts={view.tagCounts}
          label={view.label}
          onClose={onClose}
        />
      );
    case 'approve':
      return (
        <ApproveDialog
          targets={view.targets}
          onClose={onClose}
          onApprove={() => {
            onClose();
            dispatchCommand('article.approveAnyway');
          }}
        />
      );
    default:
      return null;
  }
}
