import { join } from 'node:path';
import type { AppNotice } from '../../preload/api';
import { createApi, type ApiDeps, type CopydeskBackend } from '../../main/api';
import type { CliIo } from '../../main/cli/command';
import { commands } from '../../main/cli/commands';
import { runCli } from '../../main/cli/runCli';

/** Runs `copydesk ARGS…` in-process and returns its exit code, stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: async (t) => void out.push(t),
    err: (t) => void err.push(t),
    env: {},
    cwd: process.cwd(),
  };
  const code = await runCli(argv, commands, io);
  return { code, out: out.join(''), err: err.join('\n') };
}

/** The api over a store folder, as the app builds it; `notices` collects what it reports. */
export function apiOver(
  storeDir: string,
  exportFolder: string | null = null,
): CopydeskBackend & { notices: AppNotice[] } {
  const notices: AppNotice[] = [];
  const deps: ApiDeps = {
    storeDir,
    appInfo: { version: 'test', locale: 'en', platform: process.platform },
    dialogs: {
      openFiles: async () => null,
      openFolder: async () => null,
      chooseExportFolder: async () => exportFolder,
    },
    emit: (event, payload) => {
      if (event === 'onNotice') notices.push(payload as AppNotice);
    },
  };
  return { ...createApi(deps), notices };
}

/** A small plain-text issue (two articles), in UTF-8, as an editor's file would hold it. */
export const SMALL_ISSUE = [
  '北京日报 2026年1月5日',
  '',
  '城市副中心新年音乐会举行',
  '本报讯(记者 王明)新年音乐会昨晚在城市副中心举行,居民自编自演。',
  '演出持续两个小时,观众反响热烈。',
  '',
  '',
  '地铁新线开通运营',
  '本报讯(记者 李华)地铁新线今天开通,沿线居民出行更方便。',
  '',
].join('\n');

export const storeIn = (dir: string) => join(dir, 'library');
