// The search dialog: finds units, plans, reports, people and documents without diacritics; arrows move the
// highlight, Enter opens it (a page, or a file's download), Esc closes.
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { App, Empty, Input, Modal, Spin, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SearchHitDto, SearchKind } from '@dvcq/shared';
import { t, type MessageKey } from '../../i18n/index.ts';
import { errorMessage } from '../../api/client.ts';
import { downloadFile } from '../../api/files.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useGlobalSearch } from './searchApi.ts';
import '../../i18n/vi/search.ts';

const GROUP_LABEL: Record<SearchKind, MessageKey> = {
  unit: 'search.group.unit',
  plan: 'search.group.plan',
  report: 'search.group.report',
  person: 'search.group.person',
  document: 'search.group.document',
};

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebounced(text, 250);
  const results = useGlobalSearch(q);
  const groups = useMemo(() => (q.trim().length >= 2 ? (results.data?.groups ?? []) : []), [q, results.data]);
  const hits = useMemo(() => groups.flatMap((g) => g.items.map((item) => ({ kind: g.kind, item }))), [groups]);
  useEffect(() => setActive(0), [hits]);

  const openHit = (hit: SearchHitDto) => {
    onClose();
    if (hit.link.startsWith('/api/')) {
      downloadFile(hit.link, { fallbackName: hit.title }).catch((e: unknown) => void message.error(errorMessage(e)));
    } else {
      navigate(hit.link);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      openHit(hits[active].item);
    }
  };

  const searching = text.trim().length >= 2 && (text !== q || results.isFetching);
  let index = -1;
  return (
    <Modal open onCancel={onClose} footer={null} title={t('search.title')} width={640} destroyOnHidden className="global-search">
      <Input
        autoFocus
        size="large"
        prefix={<SearchOutlined />}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="global-search-results"
        aria-activedescendant={hits[active] ? `global-search-hit-${active}` : undefined}
        suffix={searching ? <Spin size="small" /> : null}
      />
      <div id="global-search-results" role="listbox" aria-label={t('search.results')} className="global-search-results">
        {results.isError && <Typography.Text type="danger">{errorMessage(results.error)}</Typography.Text>}
        {q.trim().length < 2 && <Typography.Paragraph type="secondary">{t('search.hint')}</Typography.Paragraph>}
        {q.trim().length >= 2 && results.isSuccess && !searching && hits.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty', { q: q.trim() })} />
        )}
        {groups.map((g) => (
          <div key={g.kind} role="group" aria-label={t(GROUP_LABEL[g.kind])}>
            <div className="global-search-group">{t(GROUP_LABEL[g.kind])}</div>
            {g.items.map((item) => {
              index += 1;
              const i = index;
              return (
                <div
                  key={item.id}
                  id={`global-search-hit-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'global-search-hit active' : 'global-search-hit'}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => openHit(item)}
                >
                  <div className="global-search-hit-title">{item.title}</div>
                  {item.subtitle && <div className="global-search-hit-sub">{item.subtitle}</div>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </Modal>
  );
}
