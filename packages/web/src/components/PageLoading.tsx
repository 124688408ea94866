import { Spin } from 'antd';
import { t } from '../i18n/index.ts';

/**
 * Shown while a page's code is on its way (each page loads with its route, see router.tsx): on a slow
 * line this can take a few seconds, so it says so in words.
 */
export function PageLoading({ fullPage = false }: { fullPage?: boolean }) {
  return (
    <div className={fullPage ? 'full-page-center' : 'page-loading'} role="status" aria-live="polite">
      <Spin size={fullPage ? 'large' : 'default'} description={t('common.loadingPage')} />
    </div>
  );
}
