// Keys, certificates and signed PDFs made inside the test: a test CA, a signer certificate with a
// Vietnamese name and organisation, and PDFs signed with @signpdf the way signing software does it
// (a /ByteRange placeholder, then a detached CMS signature in /Contents).
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';

export interface TestIdentity {
  certificate: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  /** The certificate as PEM, as an administrator would configure a trust anchor. */
  pem: string;
}

interface NameParts {
  CN: string;
  O?: string;
  OU?: string;
  L?: string;
  C?: string;
}

function keyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  // Node's native generator: forge's pure-JS one takes seconds for 2048 bits.
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(pair.privateKey) as forge.pki.rsa.PrivateKey,
    publicKey: forge.pki.publicKeyFromPem(pair.publicKey) as forge.pki.rsa.PublicKey,
  };
}

/** Vietnamese names go in as UTF8String, as Vietnamese CAs issue them (forge encodes the UTF-8). */
function attributes(name: NameParts): forge.pki.CertificateField[] {
  return Object.entries(name).map(([shortName, value]) => ({
    shortName,
    value,
    valueTagClass: (shortName === 'C' ? forge.asn1.Type.PRINTABLESTRING : forge.asn1.Type.UTF8) as unknown as forge.asn1.Class,
  }));
}

let serial = 0x1000;

function issue(subject: NameParts, issuer: TestIdentity | null, ca: boolean, validFrom: Date, validTo: Date): TestIdentity {
  const { privateKey, publicKey } = keyPair();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  serial += 1;
  certificate.serialNumber = `01${serial.toString(16)}`;
  certificate.validity.notBefore = validFrom;
  certificate.validity.notAfter = validTo;
  certificate.setSubject(attributes(subject));
  certificate.setIssuer(issuer ? issuer.certificate.subject.attributes : attributes(subject));
  certificate.setExtensions(
    ca
      ? [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
          { name: 'subjectKeyIdentifier' },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
          { name: 'subjectKeyIdentifier' },
        ],
  );
  certificate.sign(issuer ? issuer.key : privateKey, forge.md.sha256.create());
  return { certificate, key: privateKey, pem: forge.pki.certificateToPem(certificate) };
}

const YEAR = 365 * 24 * 3600 * 1000;

/** A CA; `organisation` defaults to an ASCII name, as most CA names are. */
export function testCa(name: string, organisation = 'Ban Co yeu Chinh phu (thu nghiem)', now = new Date()): TestIdentity {
  return issue({ CN: name, O: organisation, C: 'VN' }, null, true, new Date(now.getTime() - YEAR), new Date(now.getTime() + 5 * YEAR));
}

export function testSigner(ca: TestIdentity, subject: NameParts, now = new Date()): TestIdentity {
  return issue({ C: 'VN', ...subject }, ca, false, new Date(now.getTime() - YEAR / 2), new Date(now.getTime() + 2 * YEAR));
}

/** PKCS#12 bytes holding the signer's key and certificate chain, as a USB token export would. */
export function pkcs12(signer: TestIdentity, chain: readonly TestIdentity[], passphrase: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(signer.key, [signer.certificate, ...chain.map((c) => c.certificate)], passphrase, {
    algorithm: '3des',
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** A PDF text string in UTF-16BE with its byte-order mark, the way PDFs carry non-Latin text. */
function pdfTextString(text: string): string {
  let out = '\u00fe\u00ff';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += String.fromCharCode(code >> 8, code & 0xff);
  }
  return out;
}

export interface SignOptions {
  signer: TestIdentity;
  chain: readonly TestIdentity[];
  signingTime: Date;
  subFilter?: 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached';
  /** Shown in the PDF's /Name, as signing software writes it. */
  displayName: string;
}

/** A one-page PDF standing for the signed plan, signed with the given identity. */
export async function signedTestPdf(options: SignOptions): Promise<Buffer> {
  const pdfDoc = await PDFDocument.create();
  pdfDoc.setTitle('Ke hoach 696/KH-UBND');
  const page = pdfDoc.addPage([595, 842]);
  const font = await pdfDoc.embedFont(StandardFonts.TimesRoman);
  page.drawText('KE HOACH 696/KH-UBND - ban da ky so', { x: 72, y: 760, size: 14, font });
  pdflibAddPlaceholder({
    pdfDoc,
    reason: pdfTextString('Phê duyệt kế hoạch'),
    contactInfo: 'vanthu@tayninh.gov.vn',
    name: pdfTextString(options.displayName),
    location: pdfTextString('Tây Ninh'),
    signingTime: options.signingTime,
    ...(options.subFilter ? { subFilter: options.subFilter } : {}),
  });
  const unsigned = Buffer.from(await pdfDoc.save({ useObjectStreams: false }));
  const p12 = pkcs12(options.signer, options.chain, 'matkhau');
  return signpdf.sign(unsigned, new P12Signer(p12, { passphrase: 'matkhau' }), options.signingTime);
}
