/**
 * Registrable domains ("the site" of a URL): `baotinh.vn` for
 * `english.baotinh.vn`, `yenbinh.gov.vn` for `www.yenbinh.gov.vn`. A page may
 * name a canonical URL only on its own site; this is how "its own site" is
 * told. A small table of public suffixes stands in for the whole Public
 * Suffix List: Vietnam's second levels (com.vn, gov.vn, the provinces'
 * hanoi.vn …), a few common country second levels (co.uk, com.au …) and
 * shared hosts whose subdomains belong to different people (github.io,
 * blogspot.com …). Any other name's suffix is its last label.
 */

/** Vietnam's second-level public suffixes: the generic ones and the provinces'. */
const VN = [
  'ac', 'ai', 'biz', 'com', 'edu', 'gov', 'health', 'id', 'info', 'int', 'io', 'name', 'net', 'org', 'pro',
  'angiang', 'bacgiang', 'backan', 'baclieu', 'bacninh', 'baria-vungtau', 'bentre', 'binhdinh', 'binhduong',
  'binhphuoc', 'binhthuan', 'camau', 'cantho', 'caobang', 'daklak', 'daknong', 'danang', 'dienbien', 'dongnai',
  'dongthap', 'gialai', 'hagiang', 'haiduong', 'haiphong', 'hanam', 'hanoi', 'hatinh', 'haugiang', 'hoabinh',
  'hungyen', 'khanhhoa', 'kiengiang', 'kontum', 'laichau', 'lamdong', 'langson', 'laocai', 'longan', 'namdinh',
  'nghean', 'ninhbinh', 'ninhthuan', 'phutho', 'phuyen', 'quangbinh', 'quangnam', 'quangngai', 'quangninh',
  'quangtri', 'soctrang', 'sonla', 'tayninh', 'thaibinh', 'thainguyen', 'thanhhoa', 'thanhphohochiminh',
  'thuathienhue', 'tiengiang', 'travinh', 'tuyenquang', 'vinhlong', 'vinhphuc', 'yenbai',
].map((s) => `${s}.vn`);

/** Other suffixes of more than one label that readers' extra sites may sit under. */
const OTHER = [
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'co.jp', 'or.jp', 'ne.jp',
  'co.kr', 'or.kr', 'com.cn', 'org.cn', 'gov.cn', 'com.tw', 'org.tw', 'com.hk', 'org.hk', 'com.sg', 'org.sg',
  'com.my', 'co.th', 'or.th', 'com.kh', 'org.kh', 'com.la', 'co.nz', 'co.in', 'com.br', 'com.fr', 'co.za',
  // Shared hosts: each subdomain is somebody else's site.
  'blogspot.com', 'wordpress.com', 'github.io', 'gitlab.io', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app',
  'firebaseapp.com', 'herokuapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 's3.amazonaws.com',
];

const SUFFIXES = new Set([...VN, ...OTHER]);

/** Is `host` an IPv4 or IPv6 address (as the URL parser writes them)? */
function isIp(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/**
 * The registrable domain of a host name: the public suffix plus one label
 * (`thoisu.baotinh.vn` → `baotinh.vn`, `ubnd.hanoi.vn` → `ubnd.hanoi.vn`).
 * IP addresses, single-label names (`localhost`) and bare suffixes are their
 * own site. Lower-cased, without a trailing dot.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isIp(h)) return h;
  const labels = h.split('.');
  if (labels.length < 2) return h;
  // The longest listed suffix wins; otherwise the last label is the suffix.
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i + 1).join('.');
    if (SUFFIXES.has(suffix)) return labels.slice(i).join('.');
  }
  return labels.slice(-2).join('.');
}

/** The site of a URL: its scheme family and registrable domain; null when it is not an http(s) or file URL. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return 'file:';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  return registrableDomain(u.hostname);
}

/**
 * Are `a` and `b` on the same site (same registrable domain; http and https
 * alike, any port)? False when either does not parse.
 */
export function sameSite(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = siteOf(a);
  return x !== null && x === siteOf(b);
}
