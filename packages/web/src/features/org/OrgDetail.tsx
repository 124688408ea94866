import { useEffect, useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Descriptions, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { ApartmentOutlined, EditOutlined, PlusOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { UNIT_KIND_LABELS } from '@dvcq/shared';
import { formatNumberVi } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { useOrgUnit } from './orgApi.ts';
import { AddChildUnitDialog } from './AddChildUnitDialog.tsx';
import { CloseUnitDialog } from './CloseUnitDialog.tsx';
import { MoveUnitDialog } from './MoveUnitDialog.tsx';
import { RenameUnitDialog } from './RenameUnitDialog.tsx';
import { UnitLineage } from './UnitLineage.tsx';
import '../../i18n/vi/org.ts';

type Dialog = 'add' | 'rename' | 'move' | 'close' | null;

interface Props {
  unitId: string;
  admin: boolean;
  onSelect: (id: string) => void;
  /** Called once the unit's details are on screen (the page scrolls to them on phones). */
  onShown?: () => void;
}

export function OrgDetail({ unitId, admin, onSelect, onShown }: Props) {
  const detail = useOrgUnit(unitId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const shownId = detail.data?.id;
  useEffect(() => {
    if (shownId) onShown?.();
  }, [shownId, onShown]);

  if (detail.isLoading) {
    return (
      <Card>
        <Spin />
      </Card>
    );
  }
  if (detail.isError || !detail.data) {
    return (
      <Card>
        <Alert type="error" showIcon title={errorMessage(detail.error)} />
      </Card>
    );
  }
  const u = detail.data;
  const closed = !!u.validTo;
  const history = [...u.nameHistory].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

  return (
    <Card data-testid="org-detail">
      {u.ancestors.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[
            ...u.ancestors.map((a) => ({
              key: a.id,
              title: (
                <a
                  href={`/don-vi/${a.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onSelect(a.id);
                  }}
                >
                  {a.name}
                </a>
              ),
            })),
            { key: u.id, title: u.name },
          ]}
        />
      )}
      <Space align="start" wrap style={{ marginBottom: 8 }}>
        <ApartmentOutlined style={{ fontSize: 22, color: '#1f4e79', marginTop: 6 }} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {u.name}
        </Typography.Title>
        {closed && <Tag color="red">{t('org.closedTag')}</Tag>}
      </Space>
      {admin && (
        <div className="page-toolbar" style={{ marginTop: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setDialog('add')} disabled={closed}>
            {t('org.addChild')}
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setDialog('rename')} disabled={closed}>
            {t('org.rename')}
          </Button>
          {u.parentId && (
            <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} disabled={closed}>
              {t('org.move')}
            </Button>
          )}
          {u.parentId && (
            <Button danger icon={<StopOutlined />} onClick={() => setDialog('close')} disabled={closed}>
              {t('org.closeUnit')}
            </Button>
          )}
        </div>
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'kind', label: t('org.kind'), children: UNIT_KIND_LABELS[u.kind] },
          { key: 'code', label: t('org.code'), children: <Typography.Text code>{u.code}</Typography.Text> },
          { key: 'short', label: t('org.shortName'), children: u.shortName ?? t('common.none') },
          { key: 'children', label: t('org.childCount'), children: formatNumberVi(u.childCount) },
          { key: 'from', label: t('org.validFrom'), children: showDate(u.validFrom) },
          ...(closed
            ? [
                { key: 'to', label: t('org.validTo'), children: showDate(u.validTo) },
                { key: 'reason', label: t('org.closedReason'), children: u.closedReason ?? t('common.none') },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('org.nameHistory')}
      </Typography.Title>
      {history.length <= 1 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.nameHistoryEmpty')} />
      ) : (
        <Timeline
          items={history.map((h, i) => ({
            key: `${h.validFrom}-${i}`,
            color: h.validTo ? 'gray' : 'blue',
            content: (
              <div>
                <div style={{ fontWeight: h.validTo ? 400 : 600 }}>{h.name}</div>
                <Typography.Text type="secondary">
                  {t('org.period', { from: showDate(h.validFrom), to: h.validTo ? showDate(h.validTo) : t('org.now') })}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
      <UnitLineage unitId={u.id} onSelect={onSelect} />
      <AddChildUnitDialog open={dialog === 'add'} parent={u} onClose={() => setDialog(null)} onCreated={onSelect} />
      <RenameUnitDialog open={dialog === 'rename'} unit={u} onClose={() => setDialog(null)} onReload={() => void detail.refetch()} />
      <MoveUnitDialog open={dialog === 'move'} unit={u} onClose={() => setDialog(null)} />
      <CloseUnitDialog open={dialog === 'close'} unit={u} onClose={() => setDialog(null)} />
    </Card>
  );
}
