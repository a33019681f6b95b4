/**
 * A local web server for the fixture pages, answering by host name and path
 * so Chromium (with --host-resolver-rules) sees them at real-looking
 * addresses. Loopback only; closed by the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared';

/** host + path → fixture file under tests/fixtures/pages (`@long`: a long article generated from our fixture articles). */
export const ROUTES: Record<string, string> = {
  'baotinh.vn/chinh-tri/tong-hop-hoat-dong-dan-van-nam-2024-a11111.html': '@long',
  'baotinh.vn/chinh-tri/giao-ban-cong-tac-dan-van-6-thang-dau-nam-a12345.html': 'baotinh-giao-ban.html',
  'baotinh.vn/chinh-tri/': 'baotinh-chuyen-muc.html',
  'baotinh.vn/': 'baotinh-trang-chu.html',
  'danvan.baotinh.vn/gioi-thieu/chuc-nang-nhiem-vu': 'bandanvan-chuc-nang.html',
  'baotinh.vn/kinh-te/gia-lua-tang-nong-dan-phan-khoi-a13579.html': 'baotinh-kinh-te.html',
  'english.baotinh.vn/politics/mass-mobilisation-work-must-stay-close-to-the-people-a24680.html': 'english-edition.html',
  'baodantocmiennui.vn/phat-huy-vai-tro-nguoi-co-uy-tin-trong-dong-bao-dtts-a204518.html': 'baodantoc-nguoi-uy-tin.html',
  'mattran.tinh.vn/tin-hoat-dong/mat-tran-xa-tan-lap-doi-thoai-voi-nhan-dan-12345.html': 'mattran-doi-thoai.html',
  'yenbinh.gov.vn/tin-tuc/khoi-van-huyen-van-dong-nhan-dan-chung-tay-giam-ngheo-ben-vung-a5678.html': 'congthongtin-giam-ngheo.html',
  // A site outside the built-in list: annotated only once the reader adds it in the options page.
  'www.tapchidanvan.org/bai-viet/giao-ban-cong-tac-dan-van.html': 'baotinh-giao-ban.html',
  'tinhuy.dcs.vn/dan-van/huyen-uy-son-dong-tuyen-duong-dien-hinh-dan-van-kheo-2021-2025.html': 'dcs-huyen-uy.html',
  // A district Party site and a ward Front site: short undated reports, and the pages around them that are not articles.
  'huyenuytanphong.dcs.vn/cong-tac-dan-van/ban-dan-van-huyen-uy-kiem-tra-thuc-hien-quy-che-dan-chu-tai-xa-phu-loc-a1842.html': 'huyenuy-kiem-tra-dan-chu.html',
  'mttq.phuongtanmai.vn/hoat-dong-mat-tran/ra-mat-mo-hinh-dan-van-kheo-giu-gin-ve-sinh-moi-truong-o-khu-dan-cu-so-3': 'mattran-phuong-mo-hinh.html',
  'huyenuytanphong.dcs.vn/': 'huyenuy-trang-chu.html',
  'huyenuytanphong.dcs.vn/cong-tac-dan-van/': 'huyenuy-cong-tac-dan-van.html',
  'huyenuytanphong.dcs.vn/tim-kiem': 'huyenuy-tim-kiem.html',
  'huyenuytanphong.dcs.vn/gioi-thieu/lich-su-dang-bo-huyen': 'huyenuy-gioi-thieu.html',
  'huyenuytanphong.dcs.vn/ban-dan-van/chuc-nang-nhiem-vu': 'huyenuy-ban-dan-van-chuc-nang.html',
  'huyenuytanphong.dcs.vn/lien-he': 'huyenuy-lien-he.html',
};

/** Start the server on a free loopback port. */
export async function startServer(): Promise<{ server: Server; port: number; url: (hostPath: string) => string; requests: string[] }> {
  // Every request that reached the server, as "METHOD host/path?query": with every host name mapped
  // here, this is every HTTP request the browser made (the privacy test reads it).
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push(`${req.method} ${host}${req.url ?? '/'}`);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const file = ROUTES[`${host}${path}`];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(file === '@long' ? longPage() : readFileSync(join(ROOT, 'tests/fixtures/pages', file)));
  });
  // A TLS handshake or a WebSocket upgrade aimed at any host lands here too: log those as well.
  server.on('clientError', (_e, socket) => {
    requests.push('CLIENT-ERROR (TLS or malformed request)');
    socket.destroy();
  });
  server.on('upgrade', (req, socket) => {
    requests.push(`UPGRADE ${req.headers.host ?? ''}${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, port, url: (hostPath) => `http://${hostPath}`, requests };
}

/** A long article page (~60 KB of text): our Vietnamese fixture articles, several times over, as paragraphs. */
export function longPage(): string {
  const dir = join(ROOT, 'tests/fixtures/articles');
  const paragraphs: string[] = [];
  for (let round = 0; round < 6; round++) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.includes('english')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).slice(1, -1);
      paragraphs.push(...text);
    }
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tổng hợp hoạt động dân vận năm 2024 - Báo Tỉnh</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-12-30T08:00:00+07:00"></head>
<body><header><nav><a href="/">Trang chủ</a></nav></header><main><article><h1>Tổng hợp hoạt động dân vận năm 2024</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer>Báo Tỉnh</footer></body></html>`;
}
