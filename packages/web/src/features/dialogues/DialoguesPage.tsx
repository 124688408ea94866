// "Đối thoại với Nhân dân": the dialogues in the caller's scope with their conclusions (overdue first,
// state judged today), recording a dialogue, adding conclusions and following them up, the people's
// questions by topic, the Excel registry; closing a dialogue's record (its unit) and reopening it (a coordinator); and the unit's complaint figures (second tab).
import { useState } from 'react';
import { Button, Empty, InputNumber, List, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { CONCLUSION_STATE_LABELS } from '@dvcq/domain';
import type { DialogueConclusionDto, DialogueDto } from '@dvcq/shared';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { t } from '../../i18n/index.ts';
import { showDate, showDateTime, showNumber, todayInProvince } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { unitsWithRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { CloseDialogueButton } from './CloseDialogueButton.tsx';
import { ComplaintsPanel } from './ComplaintsPanel.tsx';
import { ConclusionDialog } from './ConclusionDialog.tsx';
import { DialogueDialog } from './DialogueDialog.tsx';
import { dialoguesApi, useDialogues } from './dialoguesApi.ts';
import { byUrgency, STATE_COLORS } from './dialoguesView.ts';
import { FollowUpDialog } from './FollowUpDialog.tsx';
import { ReopenDialogueDialog } from './ReopenDialogueDialog.tsx';
import '../../i18n/vi/dialogues.ts';

export function DialoguesPage() {
  usePageTitle(t('dialogues.title'));
  const user = useCurrentUser();
  const writable = unitsWithRole(user, ['officer', 'leader']);
  const [year, setYear] = useState<number | undefined>(todayInProvince().year());
  const list = useDialogues({ year });
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<DialogueDto | null>(null);
  const [adding, setAdding] = useState<DialogueDto | null>(null);
  const [correcting, setCorrecting] = useState<{ dialogue: DialogueDto; conclusion: DialogueConclusionDto } | null>(null);
  const [following, setFollowing] = useState<DialogueConclusionDto | null>(null);
  const [reopening, setReopening] = useState<DialogueDto | null>(null);
  // every dialogue shows its conclusions until the user folds it
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const data = list.data;

  const conclusions = (d: DialogueDto) => (
    <List
      size="small"
      dataSource={[...d.conclusions].sort(byUrgency)}
      locale={{ emptyText: t('dialogues.noConclusions') }}
      renderItem={(c) => (
        <List.Item
          actions={[
            ...(d.canEdit && c.status !== 'done' && c.status !== 'explained'
              ? [
                  <Button key="e" size="small" icon={<EditOutlined />} onClick={() => setCorrecting({ dialogue: d, conclusion: c })}>
                    {t('dialogues.editConclusion')}
                  </Button>,
                ]
              : []),
            ...(c.canFollowUp
              ? [
                  <Button key="f" size="small" onClick={() => setFollowing(c)}>
                    {t('dialogues.followUp')}
                  </Button>,
                ]
              : []),
          ]}
        >
          <List.Item.Meta
            title={
              <Space wrap>
                <Tag color={STATE_COLORS[c.state]}>{CONCLUSION_STATE_LABELS[c.state]}</Tag>
                <span>{c.content}</span>
              </Space>
            }
            description={t('dialogues.conclusionLine', {
              assignee: c.assigneeUserName ? `${c.assigneeUnitName} (${c.assigneeUserName})` : c.assigneeUnitName,
              due: showDate(c.dueDate),
              extra: c.daysOverdue > 0 ? t('dialogues.daysOverdue', { n: c.daysOverdue }) : c.closeNote ? c.closeNote : '',
            })}
          />
        </List.Item>
      )}
    />
  );

  const dialoguesTab = (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <InputNumber
          aria-label={t('dialogues.year')}
          placeholder={t('dialogues.year')}
          value={year}
          onChange={(v) => setYear(v ?? undefined)}
          min={2000}
          max={2100}
        />
        {writable.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('dialogues.record')}
          </Button>
        )}
        <DownloadButton download={() => dialoguesApi.downloadXlsx({ year })}>{t('dialogues.excel')}</DownloadButton>
      </Space>
      {data && (
        <Space wrap size="large">
          <Statistic title={t('dialogues.count')} value={data.items.length} />
          <Statistic title={CONCLUSION_STATE_LABELS.overdue} value={data.conclusions.overdue} styles={{ content: { color: '#cf1322' } }} />
          <Statistic title={CONCLUSION_STATE_LABELS.open} value={data.conclusions.open} />
          <Statistic title={CONCLUSION_STATE_LABELS.done_on_time} value={data.conclusions.doneOnTime} />
          <Statistic title={CONCLUSION_STATE_LABELS.done_late} value={data.conclusions.doneLate} />
          <Statistic title={CONCLUSION_STATE_LABELS.explained} value={data.conclusions.explained} />
        </Space>
      )}
      <Table<DialogueDto>
        rowKey="id"
        loading={list.isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={t('dialogues.none')} /> }}
        expandable={{
          expandedRowRender: conclusions,
          expandedRowKeys: (data?.items ?? []).filter((d) => !folded.has(d.id)).map((d) => d.id),
          onExpand: (open, d) =>
            setFolded((f) => {
              const next = new Set(f);
              if (open) next.delete(d.id);
              else next.add(d.id);
              return next;
            }),
        }}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('dialogues.heldOn'), dataIndex: 'heldOn', render: (v: string) => showDate(v), width: 120 },
          { title: t('dialogues.unit'), dataIndex: 'unitName' },
          { title: t('dialogues.place'), dataIndex: 'place' },
          { title: t('dialogues.chair'), dataIndex: 'chair' },
          { title: t('dialogues.attendance'), dataIndex: 'attendance', align: 'right', render: (v: number) => showNumber(v) },
          { title: t('dialogues.topics'), dataIndex: 'topics', render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>) },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, d) => (
              <Space wrap>
                {d.closedAt && (
                  <Tag
                    color="default"
                    title={t('dialogues.closedBy', { date: showDateTime(d.closedAt), by: d.closedByName ? ` — ${d.closedByName}` : '' })}
                  >
                    {t('dialogues.closedTag')}
                  </Tag>
                )}
                {d.canEdit && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(d)}>
                    {t('dialogues.edit')}
                  </Button>
                )}
                {d.canEdit && (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(d)}>
                    {t('dialogues.addConclusion')}
                  </Button>
                )}
                {d.canClose && <CloseDialogueButton dialogue={d} />}
                {d.canReopen && (
                  <Button size="small" icon={<UnlockOutlined />} onClick={() => setReopening(d)}>
                    {t('dialogues.reopen')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {data && data.questionsByTopic.length > 0 && (
        <>
          <Typography.Title level={5}>{t('dialogues.questionsByTopic')}</Typography.Title>
          <Table
            rowKey="topic"
            size="small"
            pagination={false}
            dataSource={data.questionsByTopic}
            columns={[
              { title: t('dialogues.questionTopic'), dataIndex: 'topic' },
              { title: t('dialogues.questionCount'), dataIndex: 'count', align: 'right' },
            ]}
          />
        </>
      )}
      {recording && <DialogueDialog open units={writable} onClose={() => setRecording(false)} />}
      {editing && <DialogueDialog open units={writable} dialogue={editing} onClose={() => setEditing(null)} />}
      <ConclusionDialog dialogue={adding} onClose={() => setAdding(null)} />
      {correcting && (
        <ConclusionDialog dialogue={correcting.dialogue} conclusion={correcting.conclusion} onClose={() => setCorrecting(null)} />
      )}
      <FollowUpDialog conclusion={following} onClose={() => setFollowing(null)} />
      <ReopenDialogueDialog dialogue={reopening} onClose={() => setReopening(null)} />
    </Space>
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{t('dialogues.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'dialogues', label: t('dialogues.tab.dialogues'), children: dialoguesTab },
          { key: 'complaints', label: t('dialogues.tab.complaints'), children: <ComplaintsPanel /> },
        ]}
      />
    </Space>
  );
}
