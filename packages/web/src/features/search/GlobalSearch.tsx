// The search box of the header: a button, and Ctrl+K / ⌘K anywhere, open the search dialog.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/search.ts';

// Loaded when first opened: the header is on every page, the dialog is not (issue 18).
const SearchDialog = lazy(async () => ({ default: (await import('./SearchDialog.tsx')).SearchDialog }));

export function GlobalSearch() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button icon={<SearchOutlined />} onClick={() => setOpen(true)} className="global-search-button" aria-keyshortcuts="Control+K">
        <span className="global-search-label">{t('search.button')}</span>
        <kbd className="global-search-kbd">{t('search.shortcut')}</kbd>
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
