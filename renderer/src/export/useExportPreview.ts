import { useEffect, useState } from 'react';
import type { ApiError, CleanupPreview, ExportRequest } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

/**
 * The cleanup counts, the before/after sample and the file list for a request, asked again whenever
 * the request changes or `generation` moves (after an export, so files just written show as existing).
 */
export function useExportPreview(
  request: ExportRequest | null,
  sampleArticleId: string | null,
  generation: number,
) {
  const [state, setState] = useState<{ preview: CleanupPreview | null; error: ApiError | null }>({
    preview: null,
    error: null,
  });
  useEffect(() => {
    if (!request) return undefined;
    let live = true;
    void copydesk()
      .previewExport(request, sampleArticleId ?? undefined)
      .then((result) => {
        if (live)
          setState(
            result.ok ? { preview: result.value, error: null } : { preview: null, error: result.error },
          );
      });
    return () => {
      live = false;
    };
  }, [request, sampleArticleId, generation]);
  return request ? state : { preview: null, error: null };
}
