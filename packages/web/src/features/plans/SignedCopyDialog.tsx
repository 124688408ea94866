// "Kiểm tra chữ ký số": the signed PDF of a plan as the server checked it — who signed, for which
// organisation, when, whether the file changed after signing, and the chain (or plainly that it was
// not validated because no trust anchors are configured).
import { Alert, Button, Descriptions, Modal, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { FileSignatureCheckDto } from '@dvcq/shared';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { showDateTime } from '../../lib/format.ts';
import { planKeys, plansApi } from './plansApi.ts';
import '../../i18n/vi/plans.ts';

type Signature = FileSignatureCheckDto['signatures'][number];

const CHAIN_COLOURS = { valid: 'green', invalid: 'red', not_validated: 'default' } as const;

function SignatureCard({ s }: { s: Signature }) {
  return (
    <Descriptions size="small" bordered column={1} title={t('plans.signature.number', { index: s.index })} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('plans.signature.signer')}>{s.signerName ?? t('plans.signature.unknown')}</Descriptions.Item>
      <Descriptions.Item label={t('plans.signature.organisation')}>
        {[s.organisationalUnit, s.organisation].filter(Boolean).join(', ') || t('plans.signature.unknown')}
      </Descriptions.Item>
      <Descriptions.Item label={t('plans.signature.time')}>
        {s.signingTime ? showDateTime(s.signingTime) : t('plans.signature.unknown')}
      </Descriptions.Item>
      <Descriptions.Item label={t('plans.signature.intact')}>
        <Tag color={s.intact ? 'green' : 'red'}>{s.intact ? t('plans.signature.intactYes') : t('plans.signature.intactNo')}</Tag>
        {s.changedAfterSigning && <Tag color="orange">{t('plans.signature.changedAfter')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('plans.signature.chain')}>
        <Space direction="vertical" size={2}>
          <Tag color={CHAIN_COLOURS[s.chainStatus]}>{t(`plans.signature.chain.${s.chainStatus}`)}</Tag>
          <Typography.Text type="secondary">{s.chainMessage}</Typography.Text>
        </Space>
      </Descriptions.Item>
      {s.certificateIssuer && <Descriptions.Item label={t('plans.signature.issuer')}>{s.certificateIssuer}</Descriptions.Item>}
    </Descriptions>
  );
}

export function SignedCopyDialog({ fileId, open, onClose }: { fileId: string; open: boolean; onClose: () => void }) {
  const check = useQuery({
    queryKey: planKeys.signatures(fileId),
    queryFn: () => plansApi.checkSignatures(fileId),
    enabled: open,
    retry: false,
  });
  const data = check.data;
  return (
    <Modal
      open={open}
      width={680}
      title={t('plans.signature.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      {check.isError && <Alert type="error" showIcon title={errorMessage(check.error)} />}
      {check.isFetching && !data && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {data && (
        <>
          <Alert
            type={data.allValid ? 'success' : data.signatures.length ? 'error' : 'warning'}
            showIcon
            title={data.summary}
            style={{ marginBottom: 12 }}
            data-testid="signature-summary"
          />
          {data.signatures.map((s) => (
            <SignatureCard key={s.index} s={s} />
          ))}
        </>
      )}
    </Modal>
  );
}
