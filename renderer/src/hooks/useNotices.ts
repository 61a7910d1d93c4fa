import { useCallback, useEffect, useState } from 'react';
import type { AppNotice } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

export interface NoticeEntry extends AppNotice {
  key: number;
}

let nextKey = 0;

/** Messages main pushes (`onNotice`, e.g. a corrupt store file set aside) and the shell's own, until dismissed. */
export function useNotices(): {
  notices: NoticeEntry[];
  dismiss(key: number): void;
  push(notice: AppNotice): void;
} {
  const [notices, setNotices] = useState<NoticeEntry[]>([]);
  const push = useCallback((notice: AppNotice) => {
    nextKey += 1;
    const key = nextKey;
    setNotices((list) => [...list, { ...notice, key }]);
  }, []);
  useEffect(() => copydesk().onNotice(push), [push]);
  const dismiss = useCallback((key: number) => setNotices((list) => list.filter((n) => n.key !== key)), []);
  return { notices, dismiss, push };
}
