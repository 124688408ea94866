// "Việc tôi được phân công": the plan items assigned to me; shown only when there is at least one.
import type { CSSProperties } from 'react';
import { Card, List, Tag } from 'antd';
import { Link } from 'react-router';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { dutyLabel } from './labels.tsx';
import { useMyAssignments, type AssignmentDto } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

export function MyAssignmentsCard({ style }: { style?: CSSProperties }) {
  const mine = useMyAssignments();
  if (!mine.data?.length) return null;
  return (
    <Card title={t('assignments.mine')} size="small" style={style} data-testid="my-assignments">
      <List<AssignmentDto>
        dataSource={mine.data}
        renderItem={(a) => (
          <List.Item key={a.id}>
            <div>
              <div className="pre-wrap">{a.itemText}</div>
              <div className="obligation-meta">
                <Tag color={a.duty === 'lead' ? 'blue' : 'default'}>{dutyLabel(a.duty)}</Tag>
                {a.dueDate ? t('assignments.due', { date: showDate(a.dueDate) }) : t('assignments.noDue')}
              </div>
              <div className="obligation-plan">
                {t('assignments.plan')}: <Link to={`/ke-hoach/${a.planId}`}>{a.planTitle}</Link>
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
