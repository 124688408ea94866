import { t } from '../i18n/index.ts';

/**
 * Shown while a page's code is on its way (each page loads with its route, see router.tsx): on a slow
 * line this can take a few seconds, so it says so in words. Drawn with CSS (styles.css, after antd's Spin)
 * because it shows before antd has loaded.
 */
export function PageLoading({ fullPage = false, text = t('common.loadingPage') }: { fullPage?: boolean; text?: string }) {
  return (
    <div className={fullPage ? 'full-page-center' : 'page-loading'} role="status" aria-live="polite">
      <div className={fullPage ? 'page-spin page-spin-large' : 'page-spin'}>
        <span className="page-spin-dots" aria-hidden="true">
          <i />
          <i />
          <i />
          <i />
        </span>
        <span className="page-spin-text">{text}</span>
      </div>
    </div>
  );
}
