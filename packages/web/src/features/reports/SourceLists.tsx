// Lists taken from a unit's own records (KPI results with their accepted evidence, "Dân vận khéo" models,
// dialogues, overdue conclusions), shown beside a report's figures and in the consolidation.
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { ReportSourceListDto } from '@dvcq/shared';
import { t } from '../../i18n/index.ts';
import '../../i18n/vi/reports.ts';

export function SourceLists({
  title,
  hint,
  lists,
}: {
  title: string;
  hint?: string;
  lists: (ReportSourceListDto & { unitName?: string })[];
}) {
  if (lists.length === 0) return null;
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }} data-testid="source-lists">
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {lists.map((l, i) => (
        <div key={`${l.key}-${l.unitName ?? ''}-${i}`} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{l.unitName ? `${l.unitName} — ${l.title}` : l.title}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{t('reports.prefill.origin', { origin: l.origin })}</Typography.Text>
          <List
            size="small"
            dataSource={l.items}
            renderItem={(item) => (
              <List.Item>
                <div>
                  {item.link ? <Link to={item.link}>{item.text}</Link> : item.text}
                  {item.details.map((d) => (
                    <div key={d}>
                      <Typography.Text type="secondary">{d}</Typography.Text>
                    </div>
                  ))}
                </div>
              </List.Item>
            )}
          />
        </div>
      ))}
    </Card>
  );
}
