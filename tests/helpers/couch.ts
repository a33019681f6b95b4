/**
 * A CouchDB-compatible server for the tests, on 127.0.0.1 inside the test
 * run: express-pouchdb (the HTTP layer of pouchdb-server) over PouchDB's
 * memory adapter, with CouchDB's users, an admin and per-database members.
 * `stop()` closes the port and drops every open connection (the server is
 * gone for the browsers) while the data stays in this process, so
 * `start()` again is a server that was down and came back.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A team account on the test server. */
export interface Account {
  name: string;
  password: string;
}

/** The running test server. */
export interface CouchServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The team database's address. */
  db: string;
  admin: Account;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Close for good. */
  close(): Promise<void>;
  /**
   * What the server saw of CORS: preflight (`OPTIONS`) requests, and answers
   * carrying an `Access-Control-Allow-Origin` header (express-pouchdb has no
   * CORS layer, so a browser that needed CORS could not replicate with it).
   */
  cors: { preflights: number; allowOrigin: number; requests: number };
  /** A request as the admin: `path` under the origin. */
  admin$(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; json: unknown }>;
}

/** Start a server with database `dbName` whose members are `members` (each a user of its own). */
export async function startCouch(dbName: string, members: Account[]): Promise<CouchServer> {
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'))
    .defaults({ adapter: 'memory' });
  const app = require('express-pouchdb')(PouchDB, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  let server: Server | null = null;
  let port = 0;
  const sockets = new Set<Socket>();
  const admin: Account = { name: 'quantri', password: 'mat-khau-quan-tri' };
  const cors = { preflights: 0, allowOrigin: 0, requests: 0 };

  async function start() {
    server = createServer((req, res) => {
      cors.requests++;
      if (req.method === 'OPTIONS') cors.preflights++;
      res.on('finish', () => {
        if (res.getHeader('access-control-allow-origin') !== undefined) cors.allowOrigin++;
      });
      app(req, res);
    });
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  }
  async function stop() {
    if (!server) return;
    const s = server;
    server = null;
    const closed = once(s, 'close');
    s.close();
    for (const sock of sockets) sock.destroy();
    await closed;
  }
  const origin = () => `http://127.0.0.1:${port}`;
  async function request(path: string, init: { method?: string; body?: unknown } = {}, auth: Account | null = admin) {
    const res = await fetch(`${origin()}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}` } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: res.status, json: await res.json().catch(() => null) };
  }

  await start();
  // Leave the "admin party": an admin, the users, and a database only its members may use.
  await request(`/_config/admins/${admin.name}`, { method: 'PUT', body: admin.password }, null);
  for (const m of members) {
    await request(`/_users/org.couchdb.user:${m.name}`, { method: 'PUT', body: { _id: `org.couchdb.user:${m.name}`, name: m.name, password: m.password, roles: [], type: 'user' } });
  }
  const made = await request(`/${dbName}`, { method: 'PUT' });
  if (made.status >= 300) throw new Error(`could not create ${dbName}: ${JSON.stringify(made.json)}`);
  await request(`/${dbName}/_security`, { method: 'PUT', body: { admins: { names: [], roles: [] }, members: { names: members.map((m) => m.name), roles: [] } } });
  return {
    get origin() {
      return origin();
    },
    get db() {
      return `${origin()}/${dbName}`;
    },
    admin,
    cors,
    start,
    stop,
    close: stop,
    admin$: (path, init) => request(path, init),
  };
}
