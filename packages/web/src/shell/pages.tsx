import { Button, Card, Col, List, Row, Tag, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Link } from 'react-router';
import { ROLE_LABELS, UNIT_KIND_LABELS } from '@dvcq/shared';
import type { RoleAssignmentDto } from '../api/types.ts';
import { t } from '../i18n/index.ts';
import { isAdmin, unitsWithRole } from '../features/auth/roles.ts';
import { useCurrentUser } from '../features/auth/session.ts';
import { showDate } from '../lib/format.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { MyUnitPanel } from '../features/dashboards/MyUnitPanel.tsx';
import { MyAssignmentsCard } from '../features/plans/MyAssignmentsCard.tsx';
import { ObligationsPanel } from '../features/plans/ObligationsPanel.tsx';
import '../i18n/vi/auth.ts';
import '../i18n/vi/plans.ts';

function validity(r: RoleAssignmentDto): string {
  if (!r.validFrom && !r.validTo) return t('home.indefinite');
  return [r.validFrom ? t('home.from', { date: showDate(r.validFrom) }) : '', r.validTo ? t('home.to', { date: showDate(r.validTo) }) : '']
    .filter(Boolean)
    .join(' ');
}

export function HomePage() {
  const user = useCurrentUser();
  usePageTitle(t('nav.home'));
  const admin = isAdmin(user);
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t('home.greeting', { name: user.fullName })}
      </Typography.Title>
      <MyUnitPanel />
      {unitsWithRole(user, ['officer', 'leader']).length > 0 && <MyAssignmentsCard style={{ marginBottom: 16 }} />}
      {unitsWithRole(user, ['officer', 'leader']).length > 0 && (
        <Card title={t('obligations.tab')} style={{ marginBottom: 16 }} extra={<Link to="/ke-hoach">{t('nav.plans')}</Link>}>
          <ObligationsPanel units={unitsWithRole(user, ['officer', 'leader'])} />
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('home.rolesTitle')}>
            {user.roles.length === 0 ? (
              <Typography.Text>{t('home.noRoles')}</Typography.Text>
            ) : (
              <List<RoleAssignmentDto>
                dataSource={user.roles}
                renderItem={(r) => (
                  <List.Item key={r.id}>
                    <div>
                      <Tag color="blue">{ROLE_LABELS[r.role]}</Tag>
                      <div style={{ marginTop: 4 }}>
                        {r.unitName} <Typography.Text type="secondary">({UNIT_KIND_LABELS[r.unitKind]})</Typography.Text>
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {t('home.validity')}: {validity(r)}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('home.availableNow')}>
            <div className="quick-links">
              <Link to="/ke-hoach">
                <Button icon={<FileTextOutlined />} block>
                  {t('nav.plans')}
                </Button>
              </Link>
              <Link to="/bao-cao">
                <Button icon={<FileDoneOutlined />} block>
                  {t('nav.reports')}
                </Button>
              </Link>
              <Link to="/cham-diem">
                <Button icon={<TrophyOutlined />} block>
                  {t('nav.scoring')}
                </Button>
              </Link>
              <Link to="/bang-dieu-khien">
                <Button icon={<DashboardOutlined />} block>
                  {t('nav.dashboards')}
                </Button>
              </Link>
              <Link to="/don-vi">
                <Button icon={<ApartmentOutlined />} block>
                  {t('nav.org')}
                </Button>
              </Link>
              {admin && (
                <Link to="/nguoi-dung">
                  <Button icon={<TeamOutlined />} block>
                    {t('nav.users')}
                  </Button>
                </Link>
              )}
              {admin && (
                <Link to="/nhat-ky">
                  <Button icon={<AuditOutlined />} block>
                    {t('nav.audit')}
                  </Button>
                </Link>
              )}
            </div>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
