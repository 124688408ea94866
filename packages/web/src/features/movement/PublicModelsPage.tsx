// The public read-only page of a province's recognised "Dân vận khéo" models (no sign-in). While the
// province has not switched it on, the server's message says so.
import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { MODEL_FIELD_LABELS, RECOGNITION_LEVEL_LABELS } from '@dvcq/domain';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { usePublicModels } from './movementApi.ts';
import '../../i18n/vi/movement.ts';

export function PublicModelsPage() {
  usePageTitle(t('movement.public.title'));
  const { provinceId = '' } = useParams();
  const page = usePublicModels(provinceId);
  return (
    <div style={{ maxWidth: 960, margin: '24px auto', padding: '0 16px' }}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Title level={1} className="page-title">
          {t('movement.public.title')}
        </Typography.Title>
        {page.data && <Typography.Text type="secondary">{page.data.provinceName}</Typography.Text>}
        {page.error && <Alert type="info" showIcon title={errorMessage(page.error)} />}
        {page.data && (
          <List
            dataSource={page.data.models}
            locale={{ emptyText: t('movement.noModels') }}
            renderItem={(m) => (
              <List.Item>
                <Card title={m.name} style={{ width: '100%' }} size="small">
                  <Space orientation="vertical">
                    <Space wrap>
                      <Tag>{MODEL_FIELD_LABELS[m.field]}</Tag>
                      <Typography.Text>{m.unitName}</Typography.Text>
                    </Space>
                    <Typography.Paragraph>{m.problem}</Typography.Paragraph>
                    {m.outputs && <Typography.Paragraph>{m.outputs}</Typography.Paragraph>}
                    <Typography.Text type="secondary">
                      {t('movement.model.decisionText', {
                        number: m.decisionNumber,
                        date: showDate(m.decisionDate),
                        issuer: m.decisionIssuer ?? '',
                        level: m.recognitionLevel ? RECOGNITION_LEVEL_LABELS[m.recognitionLevel] : '',
                      })}
                    </Typography.Text>
                  </Space>
                </Card>
              </List.Item>
            )}
          />
        )}
      </Space>
    </div>
  );
}
