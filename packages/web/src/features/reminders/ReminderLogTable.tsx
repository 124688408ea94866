// One table of sent reminders, for plan obligations and for dialogue conclusions alike: when, to whom
// (with their role where it is known), which unit, the item with its deadline, the stage, the channels
// (where the in-app choice is logged) and what became of the e-mail.
import type { ReactNode } from 'react';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReminderLogEntryDto } from '@dvcq/shared';
import { t, type MessageKey } from '../../i18n/index.ts';
import { showDateTime } from '../../lib/format.ts';
import '../../i18n/vi/reminders.ts';

type EmailState = ReminderLogEntryDto['email'];

const EMAIL_STATE: Record<EmailState, { label: MessageKey; color: string }> = {
  pending: { label: 'reminders.email.pending', color: 'gold' },
  queued: { label: 'reminders.email.pending', color: 'gold' },
  sending: { label: 'reminders.email.sending', color: 'gold' },
  sent: { label: 'reminders.email.sent', color: 'green' },
  failed: { label: 'reminders.email.failed', color: 'red' },
  skipped: { label: 'reminders.email.skipped', color: 'default' },
  obsolete: { label: 'reminders.email.obsolete', color: 'default' },
};

/** What both kinds of log entries have. */
export interface ReminderLogRow {
  id: string;
  createdAt: string;
  userName: string;
  unitName: string;
  offsetDays: number;
  offsetLabel: string;
  email: EmailState;
  emailSentAt: string | null;
}

/** A main line with a small grey line under it. */
const twoLines = (main: ReactNode, detail: ReactNode) => (
  <>
    {main}
    <br />
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {detail}
    </Typography.Text>
  </>
);

/** When the server has no SMTP, every e-mail is "skipped" whatever the person chose: say so. */
function columnsFor<T extends ReminderLogRow>(props: ReminderLogTableProps<T>): ColumnsType<T> {
  const { emailAvailable, itemTitle, item, roleOf, inAppOf } = props;
  return [
    { title: t('reminders.log.at'), dataIndex: 'createdAt', width: 150, render: (v: string) => showDateTime(v) },
    {
      title: t('reminders.log.recipient'),
      dataIndex: 'userName',
      render: (v: string, r) => (roleOf ? twoLines(v, roleOf(r)) : v),
    },
    { title: t('reminders.log.unitCol'), dataIndex: 'unitName' },
    {
      title: t(itemTitle),
      key: 'item',
      render: (_, r) => {
        const { text, detail } = item(r);
        return twoLines(text, detail);
      },
    },
    {
      title: t('reminders.log.level'),
      dataIndex: 'offsetLabel',
      width: 150,
      render: (v: string, r) => <Tag color={r.offsetDays < 0 ? 'red' : r.offsetDays === 0 ? 'orange' : 'blue'}>{v}</Tag>,
    },
    ...(inAppOf
      ? [
          {
            title: t('reminders.log.channel'),
            key: 'channel',
            width: 150,
            render: (_: unknown, r: T) =>
              [inAppOf(r) && t('reminders.log.channelInApp'), !['skipped', 'obsolete'].includes(r.email) && t('reminders.log.channelEmail')]
                .filter(Boolean)
                .join(', ') || t('common.none'),
          },
        ]
      : []),
    {
      title: t('reminders.log.emailState'),
      dataIndex: 'email',
      width: 190,
      render: (v: EmailState, r) => (
        <>
          <Tag color={EMAIL_STATE[v].color} style={{ whiteSpace: 'normal' }}>
            {v === 'skipped' && !emailAvailable ? t('reminders.email.skippedNoSmtp') : t(EMAIL_STATE[v].label)}
          </Tag>
          {r.emailSentAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('reminders.log.sentAt', { time: showDateTime(r.emailSentAt) })}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];
}

export interface ReminderLogTableProps<T extends ReminderLogRow> {
  testId: string;
  entries: T[];
  loading?: boolean;
  emailAvailable: boolean;
  /** The heading of the item column. */
  itemTitle: MessageKey;
  /** The item reminded of, and the line under it (plan, deadline). */
  item: (r: T) => { text: string; detail: string };
  /** The recipient's role, under their name. */
  roleOf?: (r: T) => string;
  /** Whether it went in-app (a channel column where the log knows it). */
  inAppOf?: (r: T) => boolean;
  scrollX: number;
  empty?: ReactNode;
}

export function ReminderLogTable<T extends ReminderLogRow>(props: ReminderLogTableProps<T>) {
  const { testId, entries, loading, scrollX, empty } = props;
  return (
    <Table<T>
      data-testid={testId}
      size="small"
      rowKey="id"
      loading={loading}
      columns={columnsFor(props)}
      dataSource={entries}
      pagination={entries.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: scrollX }}
      {...(empty ? { locale: { emptyText: empty } } : {})}
    />
  );
}
