// A small DER reader for what we need from an X.509 certificate: its serial number, its validity
// dates and its SubjectPublicKeyInfo (which WebCrypto imports as 'spki'). Forty lines we can read beat a
// certificate library in the worker bundle (and @peculiar/x509 needs a reflect-metadata polyfill).
type Tlv = { tag: number; start: number; contentStart: number; end: number };

function readTlv(der: Uint8Array, at: number): Tlv {
  if (at + 2 > der.length) throw new Error('DER: truncated');
  const tag = der[at]!;
  let len = der[at + 1]!;
  let contentStart = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error('DER: unsupported length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[contentStart + i]!;
    contentStart += n;
  }
  const end = contentStart + len;
  if (end > der.length) throw new Error('DER: truncated');
  return { tag, start: at, contentStart, end };
}

function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end;) {
    const t = readTlv(der, at);
    out.push(t);
    at = t.end;
  }
  return out;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const VERSION = 0xa0; // [0] EXPLICIT

const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

/** UTCTime "YYMMDDHHMMSSZ" (years 1950–2049) or GeneralizedTime "YYYYMMDDHHMMSSZ", as ms since 1970. */
function readTime(der: Uint8Array, t: Tlv): number {
  const text = new TextDecoder().decode(der.subarray(t.contentStart, t.end));
  const m =
    t.tag === UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : t.tag === GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (!m) throw new Error('DER: unsupported time');
  const [, y, mo, d, h, mi, sec] = m.map(Number) as number[];
  const year = t.tag === UTC_TIME ? (y! < 50 ? 2000 + y! : 1900 + y!) : y!;
  return Date.UTC(year, mo! - 1, d!, h!, mi!, sec!);
}

export type Certificate = {
  serialHex: string;
  /** ms since 1970: the certificate is valid from notBefore to notAfter inclusive. */
  notBefore: number;
  notAfter: number;
  spki: Uint8Array<ArrayBuffer>;
};

/** Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version?, serialNumber, signature, issuer, validity, subject, spki, … }, … } */
export function readCertificate(der: Uint8Array): Certificate {
  const cert = readTlv(der, 0);
  const tbs = children(der, cert)[0];
  if (cert.tag !== SEQUENCE || tbs?.tag !== SEQUENCE) throw new Error('DER: not a certificate');
  const fields = children(der, tbs);
  const rest = fields[0]?.tag === VERSION ? fields.slice(1) : fields;
  const [serial, , , validity, , spki] = rest;
  if (serial?.tag !== INTEGER || validity?.tag !== SEQUENCE || spki?.tag !== SEQUENCE)
    throw new Error('DER: unexpected certificate layout');
  let serialBytes = der.subarray(serial.contentStart, serial.end);
  while (serialBytes.length > 1 && serialBytes[0] === 0) serialBytes = serialBytes.subarray(1); // sign byte
  const serialHex = [...serialBytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  const [from, until] = children(der, validity);
  if (!from || !until) throw new Error('DER: unexpected validity');
  return {
    serialHex,
    notBefore: readTime(der, from),
    notAfter: readTime(der, until),
    spki: der.slice(spki.start, spki.end),
  };
}
