// What staff type as a site → the origin to register. Staff paste the address of a page they are
// on (https://news.example.cn/col/1.html) or type a bare host (news.example.cn); both mean the
// site, so the origin is kept and the rest said to be dropped. null: not a web address at all.
export interface SiteOrigin {
  origin: string;
  /** The path, query or fragment typed after it ('' when there was none). */
  dropped: string;
}

export function siteOrigin(input: string): SiteOrigin | null {
  const typed = input.trim();
  if (!typed || /\s/.test(typed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return null;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
  // A word is not a site ("新闻网"); a host has a dot, or is this machine or an IPv6 address.
  if (!u.hostname.includes('.') && u.hostname !== 'localhost' && !u.hostname.startsWith('[')) return null;
  const rest = `${u.pathname === '/' ? '' : u.pathname}${u.search}${u.hash}`;
  return { origin: u.origin, dropped: rest };
}
