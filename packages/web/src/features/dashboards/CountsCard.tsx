// The row of headline figures at the top of a dashboard: one small card per figure, a count or a rate,
// in red when it is a count that should be zero and is not.
import { Card, Col, Row, Statistic } from 'antd';
import { showNumber } from '../../lib/format.ts';

export interface Count {
  title: string;
  /** A number (shown with Vietnamese separators) or a ready-made text such as a rate. */
  value: number | string;
  /** A count that should be zero: red when it is not. */
  alarm?: boolean;
}

export function CountsCard({ counts }: { counts: Count[] }) {
  return (
    <Row gutter={[16, 16]} className="dashboard-stats">
      {counts.map((c) => (
        <Col key={c.title} xs={12} md={24 / counts.length}>
          <Card>
            <Statistic
              title={c.title}
              value={c.value}
              {...(typeof c.value === 'number' ? { formatter: (v) => showNumber(Number(v)) } : {})}
              {...(c.alarm ? { valueStyle: { color: c.value ? '#cf1322' : undefined } } : {})}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
