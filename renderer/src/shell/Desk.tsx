import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../preload/api';
import type { SettingsState } from '../hooks/useSettings';
import type { LibraryState } from '../hooks/useLibrary';
import type { UiLanguage } from '../i18n/setupI18n';
import { useRoute } from '../route/useRoute';
import { useIssue } from '../hooks/useIssue';
import { useNotices } from '../hooks/useNotices';
import { useTagVocabulary } from '../tags/useTagVocabulary';
import { useAppKeys } from '../keys/useAppKeys';
import { useMenuCommands } from '../commands/useMenuCommands';
import { useRememberPlace } from './useRememberPlace';
import { useDeskCommands, type DialogName } from './useDeskCommands';
import { useIssueView } from './useIssueView';
import { useImportFlow } from './useImportFlow';
import { LibraryPane } from '../library/LibraryPane';
import { LibrarySearch } from '../search/LibrarySearch';
import { ImportPanel } from '../library/ImportPanel';
import { DropTarget } from '../library/DropTarget';
import { Banners } from '../banners/Banners';
import { TopBar } from './TopBar';
import { IssueWorkspace } from './IssueWorkspace';
import { DeskDialogs } from './DeskDialogs';
import { pinnedTags } from '../tags/pinnedTags';

export interface DeskProps {
  settingsState: SettingsState;
  library: LibraryState;
  language: UiLanguage;
}

const isMac = navigator.platform.toLowerCase().includes('mac');

/** The three panes (Library | Articles | Article), the banners, the dialogs and the key router. */
export function Desk({ settingsState, library, language }: DeskProps) {
  const { t } = useTranslation();
  const { settings, save } = settingsState;
  const route = useRoute();
  const { navigate } = route;
  const issueState = useIssue(route.issueId, library.refresh);
  const vocabulary = useTagVocabulary();
  const { notices, dismiss, push } = useNotices();
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const view = useIssueView(issueState.issue, route, language, vocabulary.vocabulary);

  const openIssue = useCallback(
    (issueId: string, articleId: string | null = null) => navigate({ issueId, articleId }),
    [navigate],
  );
  const importState = useImportFlow(library.refresh, openIssue);
  useRememberPlace(route, settings, library.issues, save);

  const removeIssue = useCallback(
    async (issue: IssueSummary) => {
      if ((await library.remove(issue)) && route.issueId === issue.id)
        route.navigate({ issueId: null, articleId: null });
    },
    [library, route],
  );
  const about = useCallback(
    () => push({ level: 'info', message: `Copydesk ${settingsState.appInfo?.version ?? ''}` }),
    [push, settingsState.appInfo],
  );
  useMenuCommands(about);
  useAppKeys(isMac, dialog !== null);
  useDeskCommands({
    visible: view.visible,
    targets: view.targets,
    currentId: view.current?.id ?? null,
    pinned: pinnedTags(settings.pinnedTags, vocabulary.vocabulary),
    selection: view.selection,
    issueState,
    importState,
    openDialog: setDialog,
    openFind: setFind,
    toggleLibrary: () => void save({ libraryCollapsed: !settings.libraryCollapsed }),
    toggleLanguage: () => void save({ language: language === 'zh' ? 'en' : 'zh' }),
    notify: (message) => push({ level: 'info', message }),
    noPinnedMessage: (n) => t('tags.noPinned', { n }),
    allReviewedMessage: t('review.allReviewed'),
  });

  const empty = library.issues.length === 0;
  return (
    <DropTarget onDrop={(files) => void importState.importDropped(files)} disabled={importState.running}>
      <TopBar language={settings.language} onLanguage={(next) => void save({ language: next })} />
      <Banners
        failed={issueState.failed}
        articleTitle={view.articleTitle}
        notices={notices}
        removed={library.removed}
        onRetry={() => void issueState.retry()}
        onDismissFailure={issueState.dismissFailure}
        onDismissNotice={dismiss}
        onUndoRemove={() => void library.undoRemove()}
        onDismissRemoved={library.dismissRemoved}
      />
      <div className={settings.libraryCollapsed ? 'desk is-library-collapsed' : 'desk'} data-testid="desk">
        <LibraryPane
          issues={library.issues}
          currentIssueId={route.issueId}
          collapsed={settings.libraryCollapsed}
          busy={importState.running}
          onToggleCollapsed={() => void save({ libraryCollapsed: !settings.libraryCollapsed })}
          onOpenIssue={openIssue}
          onRemoveIssue={(issue) => void removeIssue(issue)}
          onOpenFiles={() => void importState.openFiles()}
          onImportFolder={() => void importState.importFolder()}
          search={<LibrarySearch onOpenHit={openIssue} />}
        />
        <IssueWorkspace
          empty={empty}
          library={library}
          issueState={issueState}
          importState={importState}
          view={view}
          find={find}
          onCloseFind={() => setFind(null)}
          onAddTag={() => setDialog('tag')}
          importPanel={<ImportPanel {...importState} />}
        />
      </div>
      <DeskDialogs
        dialog={dialog}
        isMac={isMac}
        view={view}
        issueState={issueState}
        vocabulary={vocabulary}
        onClose={() => setDialog(null)}
      />
    </DropTarget>
  );
}
