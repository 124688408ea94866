// "Dân vận khéo": the models of the units in reach (filters by unit, field, year and state, search
// without diacritics), one model's drawer with its steps, the exemplary people, the Excel registry, and
// for the province's coordinators the switch of the public page of recognised models.
import { useMemo, useState } from 'react';
import { Button, Input, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { MODEL_FIELD_LABELS, MODEL_FIELDS, MODEL_STATE_LABELS, MODEL_STATES, type ModelField, type ModelState } from '@dvcq/domain';
import type { ModelDto, PersonDto } from '@dvcq/shared';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, todayInProvince } from '../../lib/format.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useSave } from '../../lib/useSave.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useOrgUnits } from '../org/orgApi.ts';
import { CommendDialog } from './CommendDialog.tsx';
import { ModelDialog } from './ModelDialog.tsx';
import { ModelDrawer } from './ModelDrawer.tsx';
import { movementApi, movementKeys, useModels, usePeople, usePublicPage, type ModelsFilter } from './movementApi.ts';
import { filterYears, STATE_COLORS, unitsUnder } from './movementView.ts';
import { DeleteRecordButton } from './DeleteRecordButton.tsx';
import { PersonDialog } from './PersonDialog.tsx';
import { foldedSearch } from '../../lib/foldedSearch.ts';
import '../../i18n/vi/movement.ts';

export function MovementPage() {
  usePageTitle(t('movement.title'));
  const me = useCurrentUser();
  const orgUnits = useOrgUnits(false);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [field, setField] = useState<ModelField | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [state, setState] = useState<ModelState | undefined>();
  const [text, setText] = useState('');
  const q = useDebounced(text, 300);
  const filter: ModelsFilter = { unitId, field, year, state, q: q.trim() || undefined };
  const models = useModels(filter);
  const [tab, setTab] = useState('models');
  const people = usePeople(filter, tab === 'people');
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ModelDto | 'new' | null>(null);
  const [personEditing, setPersonEditing] = useState<PersonDto | 'new' | null>(null);
  const [commendPerson, setCommendPerson] = useState<PersonDto | null>(null);

  const units = useMemo(() => orgUnits.data ?? [], [orgUnits.data]);
  const mine = useMemo(
    () =>
      unitsUnder(
        units,
        me.roles.map((r) => r.unitId),
      ).map((u) => ({ value: u.id, label: u.name })),
    [units, me.roles],
  );
  const isCoordinator = me.roles.some((r) => r.role === 'coordinator');
  const province = units.find((u) => u.parentId === null && u.kind === 'province') ?? null;
  const publicPage = usePublicPage(isCoordinator && province ? province.id : null);
  const toggle = useSave({
    run: (enabled: boolean) => movementApi.setPublicPage(province!.id, enabled),
    invalidate: [movementKeys.all],
    errorDisplay: 'toast',
    success: (p) => (p.enabled ? t('movement.public.on') : t('movement.public.off')),
  });
  const open = models.data?.find((m) => m.id === openId) ?? null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('movement.title')}</Typography.Title>
      <Space wrap>
        <Select
          aria-label={t('movement.filter.unit')}
          placeholder={t('movement.filter.unit')}
          allowClear
          showSearch={foldedSearch}
          style={{ minWidth: 280 }}
          value={unitId}
          onChange={setUnitId}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          aria-label={t('movement.filter.field')}
          placeholder={t('movement.filter.field')}
          allowClear
          style={{ minWidth: 200 }}
          value={field}
          onChange={setField}
          options={MODEL_FIELDS.map((f) => ({ value: f, label: MODEL_FIELD_LABELS[f] }))}
        />
        <Select
          aria-label={t('movement.filter.year')}
          placeholder={t('movement.filter.year')}
          allowClear
          style={{ minWidth: 120 }}
          value={year}
          onChange={setYear}
          options={filterYears(todayInProvince().year()).map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          aria-label={t('movement.filter.state')}
          placeholder={t('movement.filter.state')}
          allowClear
          style={{ minWidth: 200 }}
          value={state}
          onChange={setState}
          options={MODEL_STATES.map((s) => ({ value: s, label: MODEL_STATE_LABELS[s] }))}
        />
        <Input.Search
          aria-label={t('movement.filter.search')}
          placeholder={t('movement.filter.search')}
          allowClear
          style={{ width: 260 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <DownloadButton icon={<DownloadOutlined />} download={() => movementApi.downloadXlsx(filter)}>
          {t('movement.excel')}
        </DownloadButton>
        {year && (
          <DownloadButton icon={<FileWordOutlined />} download={() => movementApi.downloadDocx(year, unitId)}>
            {t('movement.word')}
          </DownloadButton>
        )}
      </Space>
      {publicPage.data && province && (
        <Space>
          <Switch checked={publicPage.data.enabled} loading={toggle.pending} onChange={(v) => void toggle.run(v)} />
          <Typography.Text>{t('movement.public.switch')}</Typography.Text>
          {publicPage.data.enabled && <Link to={`/cong-khai/dan-van-kheo/${province.id}`}>{t('movement.public.link')}</Link>}
        </Space>
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'models',
            label: t('movement.tab.models'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {mine.length > 0 && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                    {t('movement.model.register')}
                  </Button>
                )}
                <Table<ModelDto>
                  rowKey="id"
                  size="small"
                  loading={models.isLoading}
                  dataSource={models.data ?? []}
                  locale={{ emptyText: t('movement.noModels') }}
                  onRow={(m) => ({ onClick: () => setOpenId(m.id), style: { cursor: 'pointer' } })}
                  columns={[
                    { title: t('movement.model.name'), dataIndex: 'name', render: (v: string) => <Typography.Link>{v}</Typography.Link> },
                    { title: t('movement.model.unit'), dataIndex: 'unitName' },
                    { title: t('movement.model.field'), dataIndex: 'field', render: (f: ModelField) => MODEL_FIELD_LABELS[f] },
                    { title: t('movement.filter.year'), dataIndex: 'year', width: 80 },
                    {
                      title: t('movement.filter.state'),
                      dataIndex: 'state',
                      render: (s: ModelState) => <Tag color={STATE_COLORS[s]}>{MODEL_STATE_LABELS[s]}</Tag>,
                    },
                    {
                      title: t('movement.model.decision'),
                      key: 'decision',
                      render: (_: unknown, m: ModelDto) => (m.decisionNumber ? `${m.decisionNumber} — ${showDate(m.decisionDate)}` : ''),
                    },
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'people',
            label: t('movement.tab.people'),
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {mine.length > 0 && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setPersonEditing('new')}>
                    {t('movement.person.add')}
                  </Button>
                )}
                <Table<PersonDto>
                  rowKey="id"
                  size="small"
                  loading={people.isLoading}
                  dataSource={people.data ?? []}
                  locale={{ emptyText: t('movement.noPeople') }}
                  columns={[
                    { title: t('movement.person.fullName'), dataIndex: 'fullName' },
                    { title: t('movement.model.unit'), dataIndex: 'unitName' },
                    { title: t('movement.filter.year'), dataIndex: 'year', width: 80 },
                    { title: t('movement.person.achievements'), dataIndex: 'achievements' },
                    { title: t('movement.person.model'), dataIndex: 'modelName' },
                    {
                      title: t('movement.commend.list'),
                      key: 'commendations',
                      render: (_: unknown, p: PersonDto) => p.commendations.map((c) => c.decisionNumber).join(', '),
                    },
                    {
                      key: 'actions',
                      render: (_: unknown, p: PersonDto) => (
                        <Space>
                          {p.canEdit && (
                            <Button size="small" onClick={() => setPersonEditing(p)}>
                              {t('movement.person.edit')}
                            </Button>
                          )}
                          {p.canDelete && <DeleteRecordButton kind="person" id={p.id} name={p.fullName} />}
                          {isCoordinator && (
                            <Button size="small" onClick={() => setCommendPerson(p)}>
                              {t('movement.commend.open')}
                            </Button>
                          )}
                        </Space>
                      ),
                    },
                  ]}
                />
              </Space>
            ),
          },
        ]}
      />
      {open && <ModelDrawer model={open} canCommend={isCoordinator} onEdit={() => setEditing(open)} onClose={() => setOpenId(null)} />}
      {editing && (
        <ModelDialog
          model={editing === 'new' ? null : editing}
          units={mine}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setOpenId(saved.id);
          }}
        />
      )}
      {personEditing && (
        <PersonDialog
          person={personEditing === 'new' ? null : personEditing}
          units={mine}
          models={models.data ?? []}
          onClose={() => setPersonEditing(null)}
        />
      )}
      {commendPerson && (
        <CommendDialog target={{ personId: commendPerson.id, name: commendPerson.fullName }} onClose={() => setCommendPerson(null)} />
      )}
    </Space>
  );
}
