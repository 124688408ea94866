import { useCallback, useMemo, useRef, useState, type Key, type ReactNode } from 'react';
import { Alert, Button, Card, Empty, Grid, Input, Space, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { ClusterOutlined, DownloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { formatNumberVi } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { isAdmin } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { showDate } from '../../lib/format.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { useOrgTreeAsOf, useOrgUnits } from './orgApi.ts';
import { treeAsUnits } from './restructuring.ts';
import { buildOrgTree, filterOrgTree, highlightRanges, type OrgNode } from './orgTree.ts';
import { OrgDetail } from './OrgDetail.tsx';
import { ImportUnitsDialog } from './ImportUnitsDialog.tsx';
import { downloadUnitsTemplate } from './orgCsv.ts';
import '../../i18n/vi/org.ts';

function Highlighted({ text, query }: { text: string; query: string }) {
  const ranges = query ? highlightRanges(text, query) : [];
  if (!ranges.length) return <>{text}</>;
  const chars = Array.from(text.normalize('NFC'));
  const parts: ReactNode[] = [];
  let pos = 0;
  ranges.forEach(([a, b], i) => {
    if (a > pos) parts.push(chars.slice(pos, a).join(''));
    parts.push(
      <mark key={i} className="org-match">
        {chars.slice(a, b).join('')}
      </mark>,
    );
    pos = b;
  });
  if (pos < chars.length) parts.push(chars.slice(pos).join(''));
  return <>{parts}</>;
}

export function OrgPage() {
  usePageTitle(t('nav.org'));
  const user = useCurrentUser();
  const admin = isAdmin(user);
  const { unitId } = useParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [query, setQuery] = useState('');
  const [showClosed, setShowClosed] = useState(false);
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const detailRef = useRef<HTMLDivElement>(null);
  /** The day the tree is shown as of ('YYYY-MM-DD'), or null for today. */
  const [asOf, setAsOf] = useState<string | null>(null);
  const today = useOrgUnits(showClosed);
  const past = useOrgTreeAsOf(asOf);
  // A date chosen: the tree that stood that day, with the names units had then.
  const units = asOf ? past : today;
  const list = useMemo(() => (asOf ? (past.data ? treeAsUnits(past.data) : undefined) : today.data), [asOf, past.data, today.data]);

  const roots = useMemo(() => buildOrgTree(list ?? []), [list]);
  const filter = useMemo(() => filterOrgTree(roots, query), [roots, query]);

  const treeData = useMemo(() => {
    const toData = (nodes: OrgNode[]): TreeDataNode[] =>
      nodes
        .filter((n) => !filter || filter.visible.has(n.unit.id))
        .map((n) => ({
          key: n.unit.id,
          title: (
            <span className={n.unit.validTo ? 'org-tree-node-closed' : undefined}>
              <Highlighted text={n.unit.name} query={filter?.matches.has(n.unit.id) ? query : ''} />
              {n.unit.validTo && (
                <Tag style={{ marginInlineStart: 6, textDecoration: 'none' }} color="default">
                  {t('org.closedTag')}
                </Tag>
              )}
            </span>
          ),
          children: toData(n.children),
        }));
    return toData(roots);
  }, [roots, filter, query]);

  // Default: roots open. While searching: the ancestors of every match open.
  const defaultExpanded = useMemo(() => roots.map((r) => r.unit.id), [roots]);
  const expandedKeys = filter ? [...filter.expand] : (expanded ?? defaultExpanded);

  // With no unit in the URL, wide screens show the user's first unit (usually the province) beside the tree.
  const isDesktop = screens.lg ?? window.innerWidth >= 992;
  const shownId = unitId ?? (isDesktop ? roots[0]?.unit.id : undefined);

  // On a phone the detail sits under the tree: bring it into view once the chosen unit is rendered.
  const pendingScroll = useRef(false);
  const onDetailShown = useCallback(() => {
    if (!pendingScroll.current) return;
    pendingScroll.current = false;
    // After the tree has settled its own focus handling, which would otherwise scroll back to the node.
    setTimeout(() => detailRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }), 150);
  }, []);

  const select = (id: string) => {
    if (!isDesktop) pendingScroll.current = true;
    navigate(`/don-vi/${id}`);
  };

  const count = list?.length ?? 0;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('org.title')}
      </Typography.Title>
      {admin && (
        <div className="page-toolbar">
          <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
            {t('org.import')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={downloadUnitsTemplate}>
            {t('org.template')}
          </Button>
          <Button icon={<ClusterOutlined />} onClick={() => navigate('/don-vi/sap-xep')}>
            {t('restructure.title')}
          </Button>
        </div>
      )}
      <div className="org-layout">
        <Card className="org-tree-card">
          <Space orientation="vertical" style={{ width: '100%' }} size="small">
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('org.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-label={t('org.searchPlaceholder')}
              data-testid="org-search"
            />
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <DateInput value={asOf} onChange={setAsOf} aria-label={t('org.asOf')} style={{ width: 230 }} />
              {!asOf && (
                <label>
                  <Space>
                    <Switch size="small" checked={showClosed} onChange={setShowClosed} />
                    {t('org.showClosed')}
                  </Space>
                </label>
              )}
              <Typography.Text type="secondary">{t('org.unitsCount', { count: formatNumberVi(count) })}</Typography.Text>
            </Space>
            {asOf && <Alert type="info" showIcon title={t('org.asOfShown', { date: showDate(asOf) })} />}
            {units.isError && <Alert type="error" showIcon title={errorMessage(units.error)} />}
            {units.isLoading ? (
              <Spin />
            ) : treeData.length === 0 ? (
              <Empty description={query ? t('org.noMatch', { q: query }) : t('common.loadError')} />
            ) : (
              <div className="org-tree-scroll">
                <Tree
                  treeData={treeData}
                  expandedKeys={expandedKeys}
                  onExpand={(keys) => {
                    if (!filter) setExpanded(keys);
                  }}
                  selectedKeys={shownId ? [shownId] : []}
                  onSelect={(keys) => {
                    const k = keys[0];
                    if (typeof k === 'string') select(k);
                  }}
                  blockNode
                  showLine
                  data-testid="org-tree"
                />
              </div>
            )}
          </Space>
        </Card>
        <div ref={detailRef}>
          {shownId ? (
            <OrgDetail unitId={shownId} admin={admin} onSelect={select} onShown={onDetailShown} />
          ) : (
            <Typography.Paragraph type="secondary">{t('org.selectHint')}</Typography.Paragraph>
          )}
        </div>
      </div>
      <ImportUnitsDialog open={importOpen} onClose={() => setImportOpen(false)} />
    </div>
  );
}
