// What a person needs to know about a certificate: whose it is (name, organisation), who issued it
// and when it is valid. Vietnamese CAs write names as UTF8String or BMPString; both read back here.
import type * as pkijs from 'pkijs';

export interface CertificateInfo {
  /** CN: the person's or the organisation's name, e.g. "Nguyễn Văn An". */
  commonName: string | null;
  /** O: "Ủy ban nhân dân tỉnh Tây Ninh". */
  organisation: string | null;
  /** OU: the division. */
  organisationalUnit: string | null;
  /** L / ST: the locality. */
  locality: string | null;
  email: string | null;
  /** The whole subject, "CN=…, OU=…, O=…, C=VN". */
  subject: string;
  issuer: string;
  issuerCommonName: string | null;
  /** Hexadecimal, upper case. */
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
}

const NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.11': 'OU',
  '2.5.4.10': 'O',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.6': 'C',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.12': 'T',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
};

type Name = pkijs.RelativeDistinguishedNames;

function attributes(name: Name): { key: string; value: string }[] {
  return name.typesAndValues.map((tv) => {
    const block = tv.value.valueBlock as { value?: unknown };
    const value = typeof block.value === 'string' ? block.value : '';
    return { key: NAMES[tv.type] ?? tv.type, value: value.normalize('NFC') };
  });
}

function first(name: Name, key: string): string | null {
  return attributes(name).find((attribute) => attribute.key === key)?.value || null;
}

/** "CN=Nguyễn Văn An, O=Ủy ban nhân dân tỉnh Tây Ninh, C=VN" (most specific first, as read aloud). */
export function distinguishedName(name: Name): string {
  return attributes(name)
    .reverse()
    .map((attribute) => `${attribute.key}=${attribute.value}`)
    .join(', ');
}

export function certificateInfo(certificate: pkijs.Certificate): CertificateInfo {
  const serial = [...certificate.serialNumber.valueBlock.valueHexView].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return {
    commonName: first(certificate.subject, 'CN'),
    organisation: first(certificate.subject, 'O'),
    organisationalUnit: first(certificate.subject, 'OU'),
    locality: first(certificate.subject, 'L') ?? first(certificate.subject, 'ST'),
    email: first(certificate.subject, 'E'),
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    issuerCommonName: first(certificate.issuer, 'CN'),
    serialNumber: serial.replace(/^0+(?=.)/, '').toUpperCase(),
    validFrom: certificate.notBefore.value,
    validTo: certificate.notAfter.value,
  };
}
